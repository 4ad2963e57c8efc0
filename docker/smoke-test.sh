#!/usr/bin/env bash
# End-to-end check of docker-compose.yml on this machine: builds the image, starts the 3-node Kafka cluster
# and the Wirewatch services, waits for the brokers to be healthy, checks the cluster (brokers, KRaft quorum,
# replication and ISR of every topic), waits for the seeds to come out as alerts in the sink's JSONL and reads
# them back through the cluster with `wirewatch tail`; then `down -v` (KEEP=1 leaves everything running).
#
# Needs: app/target/wirewatch.jar, the base image (docker/build-base-image.sh, or WIREWATCH_BASE_IMAGE set),
# a running Docker engine with Compose v2 or docker-compose v1, and a JDK 17 on the host for the cluster check.
set -euo pipefail
cd "$(dirname "$0")/.."

if docker compose version >/dev/null 2>&1; then DC=(docker compose)
elif command -v docker-compose >/dev/null 2>&1; then DC=(docker-compose)
else echo "smoke-test: neither 'docker compose' nor 'docker-compose' is installed" >&2; exit 1; fi
[[ -f app/target/wirewatch.jar ]] || { echo "smoke-test: run ./mvnw -B -q package -DskipTests first" >&2; exit 1; }
base="${WIREWATCH_BASE_IMAGE:-wirewatch/base:bookworm-jre17}"
if [[ "$base" == wirewatch/base:* ]] && ! docker image inspect "$base" >/dev/null 2>&1; then
  echo "smoke-test: no image $base; run sudo docker/build-base-image.sh first" >&2; exit 1
fi

if [[ "${KEEP:-0}" != 1 ]]; then trap '"${DC[@]}" down -v --remove-orphans' EXIT; fi
stamp() { printf '[%4ds] %s\n' $(( $(date +%s) - t0 )) "$*"; }
t0=$(date +%s)

"${DC[@]}" build
stamp "image built"
"${DC[@]}" up -d
stamp "containers started"

for n in kafka-1 kafka-2 kafka-3; do
  id=$("${DC[@]}" ps -q "$n")
  for _ in $(seq 1 120); do
    [[ $(docker inspect --format '{{.State.Health.Status}}' "$id") == healthy ]] && break
    sleep 2
  done
  [[ $(docker inspect --format '{{.State.Health.Status}}' "$id") == healthy ]] \
    || { "${DC[@]}" logs --tail 50 "$n"; echo "smoke-test: $n did not become healthy" >&2; exit 1; }
  stamp "$n healthy"
done

# Alerts first: by then the services have created their topics, so the cluster check sees them too.
for _ in $(seq 1 90); do
  "${DC[@]}" exec -T sink test -s /data/alerts.jsonl && break
  sleep 4
done
sleep 10 # let the rest of the seeds through
"${DC[@]}" exec -T sink test -s /data/alerts.jsonl \
  || { "${DC[@]}" logs --tail 40 ingest stream sink; echo "smoke-test: no alert reached the sink" >&2; exit 1; }
stamp "alerts in the sink's JSONL: $("${DC[@]}" exec -T sink wc -l /data/alerts.jsonl)"
"${DC[@]}" exec -T sink head -c 600 /data/alerts.jsonl; echo

if command -v javac >/dev/null 2>&1; then
  java -cp app/target/wirewatch.jar docker/check/ClusterCheck.java localhost:19092,localhost:29092,localhost:39092 3
  stamp "cluster check passed"
else
  echo "smoke-test: no JDK on the host (javac), cluster check skipped"
fi

"${DC[@]}" exec -T -e JAVA_OPTS=-Xmx256m sink wirewatch-entrypoint.sh tail \
  --bootstrap-servers kafka-1:9092,kafka-2:9092,kafka-3:9092 --from-beginning --max 5 --idle-timeout 20
stamp "tail read the alerts back through the cluster"
"${DC[@]}" ps
