#!/usr/bin/env bash
# Builds the base image wirewatch/base:bookworm-jre17 (Debian bookworm + OpenJDK 17 JRE) WITHOUT an image
# registry: debootstrap fetches the Debian packages from the apt mirror this machine already uses, and
# `docker import` turns the root filesystem into an image. Where a registry is reachable you do not need this:
# build with `--build-arg BASE_IMAGE=eclipse-temurin:17-jre` instead (see docker/README.md).
#
# Needs root (debootstrap), debootstrap and a running Docker engine. Takes a few minutes; ~300 MB image.
# Usage: sudo docker/build-base-image.sh [IMAGE_TAG]      (env DEBIAN_MIRROR overrides the mirror)
set -euo pipefail

TAG="${1:-wirewatch/base:bookworm-jre17}"
SUITE=bookworm

if [[ $(id -u) -ne 0 ]]; then
  echo "build-base-image: debootstrap needs root; run with sudo" >&2
  exit 1
fi
command -v debootstrap >/dev/null || { echo "build-base-image: install debootstrap first (apt-get install -y debootstrap)" >&2; exit 1; }
docker info >/dev/null 2>&1 || { echo "build-base-image: no Docker engine answers (is dockerd running?)" >&2; exit 1; }

# The Debian mirror apt already uses (deb822 "URIs:" or one-line "deb URL suite ..."), else the default one.
mirror="${DEBIAN_MIRROR:-}"
if [[ -z "$mirror" ]]; then
  mirror=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null \
    | grep -Eo '(URIs:[[:space:]]*|^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?)https?://[^[:space:]]+/debian/?([[:space:]]|$)' \
    | grep -Eo 'https?://[^[:space:]]+' | grep -v security | head -n1 || true)
  mirror="${mirror:-http://deb.debian.org/debian}"
fi

work=$(mktemp -d /tmp/wirewatch-rootfs.XXXXXX)
rootfs="$work/rootfs"
# Unmount /proc first (if the java check below was interrupted) so rm never walks into it.
trap 'umount "$rootfs/proc" 2>/dev/null || true; rm -rf --one-file-system "$work"' EXIT

echo "build-base-image: debootstrap $SUITE from $mirror into $rootfs"
debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates "$SUITE" "$rootfs" "$mirror" \
  > "$work/debootstrap.log" 2>&1 || { tail -n 30 "$work/debootstrap.log" >&2; exit 1; }

# Nothing a container needs: package caches, docs, man pages, translations.
rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* \
       "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* "$rootfs"/usr/share/locale/*
# java finds libjli.so through RPATH $ORIGIN/../lib, and glibc resolves $ORIGIN through /proc/self/exe: without
# /proc in the chroot the check fails ("libjli.so: cannot open shared object file") although the image is fine.
mount -t proc proc "$rootfs/proc"
java_ok=0
chroot "$rootfs" java -version >/dev/null 2>&1 || java_ok=$?
umount "$rootfs/proc"
[[ $java_ok -eq 0 ]] || { echo "build-base-image: java does not run in the new root filesystem" >&2; exit 1; }

echo "build-base-image: importing as $TAG"
tar -C "$rootfs" --numeric-owner -c . | docker import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV LANG=C.UTF-8' \
  --change 'CMD ["bash"]' \
  --message "Debian $SUITE minbase + openjdk-17-jre-headless (debootstrap from $mirror)" \
  - "$TAG"
docker run --rm "$TAG" java -version
echo "build-base-image: done: $TAG"
