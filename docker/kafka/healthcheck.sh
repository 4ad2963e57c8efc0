#!/usr/bin/env bash
# Healthy = the broker on this node answers a Kafka ApiVersions request. Kafka only serves requests once the
# node has caught up with the cluster metadata, which needs a controller quorum (2 of 3 nodes), so "healthy"
# means more than "port open". Plain bash (/dev/tcp), no JVM: a check every few seconds costs nothing.
port="${1:-9092}"
exec 3<>"/dev/tcp/127.0.0.1/${port}" || exit 1
# ApiVersionsRequest v0: size 10 | api_key 18 | api_version 0 | correlation_id 0x57575757 | client_id null (-1)
printf '\x00\x00\x00\x0a\x00\x12\x00\x00\x57\x57\x57\x57\xff\xff' >&3
# Response: size (4 bytes) | correlation_id (4) | error_code (2)
reply=$(timeout 5 head -c 10 <&3 | od -An -tx1 | tr -d ' \n')
exec 3>&-
[[ "${reply:8:8}" == "57575757" && "${reply:16:4}" == "0000" ]]
