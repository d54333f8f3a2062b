#!/usr/bin/env bash
# The one place that installs what abifuzz needs. Used by the README quick start, .ci/run
# and the Dockerfile, so all three install exactly the same toolchains. Which Debian
# packages those are is the tool's own knowledge (`abifuzz doctor --packages`, from
# src/toolchains/ and the target): adding a compiler version to abifuzz adds it here too.
set -euo pipefail
cd "$(dirname "$0")/.."

# `npm install`, not `npm ci`: npm 11 writes lock files without other platforms' optional
# packages and then refuses them in `npm ci`. The committed lock still pins versions.
npm install --no-audit --no-fund --loglevel=error
npm run --silent build

read -r _ required < <(node dist/src/cli/main.js doctor --packages | grep '^required')
read -r _ optional < <(node dist/src/cli/main.js doctor --packages | grep '^optional' || echo optional)

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
missing=()
for p in $required $optional; do installed "$p" || missing+=("$p"); done

if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  want=()
  for p in $required; do installed "$p" || want+=("$p"); done
  [ ${#want[@]} -eq 0 ] || $SUDO apt-get install -y -qq --no-install-recommends "${want[@]}" >/dev/null
  # Optional packages: newer distributions dropped some (gcc 11); abifuzz runs without them.
  for p in $optional; do
    installed "$p" || $SUDO apt-get install -y -qq --no-install-recommends "$p" >/dev/null 2>&1 \
      || echo "install: $p is not available here; continuing without it" >&2
  done
fi
