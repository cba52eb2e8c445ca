#!/usr/bin/env bash
# Installs the Debian packages BeatPaxos needs that this machine lacks; does nothing when all are there.
# Usage: scripts/install-deps.sh [--tests]   (--tests adds what the end-to-end tests use: the window under Xvfb,
# python3 to check the diagram's XML against its recording, librsvg2-bin to render the diagram)
set -euo pipefail

packages=(libsdl2-dev libsdl2-ttf-dev fonts-dejavu-core pkg-config)
if [ "${1:-}" = "--tests" ]; then
  packages+=(xvfb xdotool imagemagick x11-utils python3 librsvg2-bin time)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if ! command -v swift >/dev/null 2>&1 && [ ! -x /opt/swift/usr/bin/swift ]; then
  echo "Swift is not installed: get Swift 6 for Linux from swift.org and put it on PATH." >&2
  exit 1
fi
