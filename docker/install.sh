#!/usr/bin/env bash
# The one place that says what abifuzz needs. Used by the README quick start, .ci/run
# and the Dockerfile, so all three install exactly the same toolchains.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian/Ubuntu package names; each line is one toolchain abifuzz can use.
PACKAGES=(
  gcc-12-aarch64-linux-gnu      # gcc 12, the arm64 cross compiler (also the link driver)
  gcc-11-aarch64-linux-gnu      # gcc 11, where the distribution still ships it
  libc6-dev-arm64-cross         # arm64 libc headers and static libc for the harness runtime
  binutils-aarch64-linux-gnu    # as, ld, objdump for arm64
  clang-14 clang-16 clang-19    # three clang generations: their aarch64 ABI handling differs
  lld-14 lld-16 lld-19
  qemu-user                     # qemu-aarch64 runs the harness on this x86-64 machine
  dwarves                       # pahole: DWARF -> BTF, for the JIT's BTF-derived func model
)

have_all() {
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || return 1
  done
}

if ! have_all; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  # gcc-11 is optional: newer distributions dropped it, abifuzz then runs without it.
  optional=(gcc-11-aarch64-linux-gnu)
  required=()
  for p in "${PACKAGES[@]}"; do [[ " ${optional[*]} " == *" $p "* ]] || required+=("$p"); done
  $SUDO apt-get install -y -qq --no-install-recommends "${required[@]}" >/dev/null
  $SUDO apt-get install -y -qq --no-install-recommends "${optional[@]}" >/dev/null 2>&1 \
    || echo "install: gcc-11-aarch64-linux-gnu is not available here; continuing without gcc 11" >&2
fi

# `npm install`, not `npm ci`: npm 11 writes lock files without other platforms' optional
# packages and then refuses them in `npm ci`. The committed lock still pins versions.
npm install --no-audit --no-fund --loglevel=error
npm run --silent build
