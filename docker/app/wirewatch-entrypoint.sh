#!/usr/bin/env bash
# Runs a Wirewatch command (stream, sink, ingest, tail, ...) from the fat jar: the container's command is
# the wirewatch arguments. JAVA_OPTS sets heap and JVM flags (default -Xmx512m); settings come from
# WIREWATCH_* variables (WIREWATCH_TOPIC_REPLICATION_FACTOR=3 sets topic.replication.factor).
set -euo pipefail
# shellcheck disable=SC2086 # JAVA_OPTS is a word list on purpose
exec java ${JAVA_OPTS:--Xmx512m} -Djava.awt.headless=true -jar "${WIREWATCH_JAR:-/app/wirewatch.jar}" "$@"
