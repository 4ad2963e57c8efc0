#!/usr/bin/env bash
# Runs one node of a KRaft Kafka cluster (broker and controller in one process) from the Wirewatch jar,
# which carries the Apache Kafka broker classes. Writes server.properties from the environment, formats the
# log dir once (a node whose volume already holds meta.properties keeps its data), then execs the broker.
#
# Required env: KAFKA_NODE_ID, KAFKA_CLUSTER_ID (the same 22-character id on every node),
#               KAFKA_CONTROLLER_QUORUM_VOTERS (e.g. 1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093).
# Optional env: KAFKA_ADVERTISED_HOST (default: the container's host name), KAFKA_EXTERNAL_ADVERTISED
#               (host:port for a third listener on 19092, for clients outside the Compose network),
#               KAFKA_LOG_DIRS (default /var/lib/kafka/data), KAFKA_HEAP_OPTS (default -Xms512m -Xmx512m),
#               KAFKA_JVM_OPTS, and KAFKA_CFG_<NAME> for any other broker setting
#               (KAFKA_CFG_NUM_PARTITIONS=6 sets num.partitions=6; '_' becomes '.').
set -euo pipefail

JAR="${WIREWATCH_JAR:-/app/wirewatch.jar}"
CONF_DIR="${KAFKA_CONF_DIR:-/etc/kafka}"
: "${KAFKA_NODE_ID:?set KAFKA_NODE_ID (unique per node)}"
: "${KAFKA_CLUSTER_ID:?set KAFKA_CLUSTER_ID (same on every node; 22 chars, base64 UUID)}"
: "${KAFKA_CONTROLLER_QUORUM_VOTERS:?set KAFKA_CONTROLLER_QUORUM_VOTERS (id@host:9093,...)}"
host="${KAFKA_ADVERTISED_HOST:-$(hostname)}"
log_dirs="${KAFKA_LOG_DIRS:-/var/lib/kafka/data}"
voters_count=$(awk -F, '{print NF}' <<<"$KAFKA_CONTROLLER_QUORUM_VOTERS")
# Internal topics replicate to every node up to 3, and need a majority of them in sync.
rf=$(( voters_count < 3 ? voters_count : 3 ))
min_isr=$(( rf > 1 ? rf - 1 : 1 ))

listeners="PLAINTEXT://0.0.0.0:9092,CONTROLLER://0.0.0.0:9093"
advertised="PLAINTEXT://${host}:9092"
protocols="PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"
if [[ -n "${KAFKA_EXTERNAL_ADVERTISED:-}" ]]; then
  listeners="${listeners},EXTERNAL://0.0.0.0:19092"
  advertised="${advertised},EXTERNAL://${KAFKA_EXTERNAL_ADVERTISED}"
  protocols="${protocols},EXTERNAL:PLAINTEXT"
fi

mkdir -p "$CONF_DIR" "$log_dirs"
conf="$CONF_DIR/server.properties"
{
  echo "# Written by kafka-entrypoint.sh at $(date -u +%FT%TZ); edit the Compose environment, not this file."
  echo "process.roles=broker,controller"
  echo "node.id=${KAFKA_NODE_ID}"
  echo "controller.quorum.voters=${KAFKA_CONTROLLER_QUORUM_VOTERS}"
  echo "listeners=${listeners}"
  echo "advertised.listeners=${advertised}"
  echo "listener.security.protocol.map=${protocols}"
  echo "controller.listener.names=CONTROLLER"
  echo "inter.broker.listener.name=PLAINTEXT"
  echo "log.dirs=${log_dirs}"
  echo "offsets.topic.replication.factor=${rf}"
  echo "transaction.state.log.replication.factor=${rf}"
  echo "transaction.state.log.min.isr=${min_isr}"
  echo "share.coordinator.state.topic.replication.factor=${rf}"
  echo "share.coordinator.state.topic.min.isr=${min_isr}"
  echo "default.replication.factor=${rf}"
  echo "min.insync.replicas=${min_isr}"
  # Wirewatch creates its topics explicitly; a misspelt topic must fail, not appear.
  echo "auto.create.topics.enable=false"
  # KAFKA_CFG_FOO_BAR=x -> foo.bar=x (later lines win, so these override the defaults above).
  env | { grep -E '^KAFKA_CFG_[A-Z0-9_]+=' || true; } | sort | while IFS='=' read -r name value; do
    key=$(tr 'A-Z_' 'a-z.' <<<"${name#KAFKA_CFG_}")
    echo "${key}=${value}"
  done
} > "$conf"

# Kafka's broker needs a log4j2 configuration; this one logs INFO to stdout like the Kafka distribution's.
log_opts="-Dlog4j2.configurationFile=${KAFKA_LOG4J2_CONFIG:-/opt/wirewatch/kafka-log4j2.xml}"

if [[ ! -f "${log_dirs%%,*}/meta.properties" ]]; then
  echo "kafka-entrypoint: formatting ${log_dirs} for cluster ${KAFKA_CLUSTER_ID}, node ${KAFKA_NODE_ID}"
  java -Xmx256m $log_opts -cp "$JAR" kafka.tools.StorageTool format \
    --cluster-id "$KAFKA_CLUSTER_ID" --config "$conf" --ignore-formatted
fi

echo "kafka-entrypoint: starting node ${KAFKA_NODE_ID} (advertised ${advertised})"
# shellcheck disable=SC2086 # heap/JVM options are word lists on purpose
exec java ${KAFKA_HEAP_OPTS:--Xms512m -Xmx512m} -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
  ${KAFKA_JVM_OPTS:-} $log_opts -cp "$JAR" kafka.Kafka "$conf"
