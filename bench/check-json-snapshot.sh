#!/usr/bin/env bash
# Writes `check --json` (and its exit status) for every corpus entry into DIR, so two
# builds can be compared byte for byte: a refactor that changes no behaviour leaves
# `diff -r BEFORE AFTER` empty. Usage: bench/check-json-snapshot.sh DIR [CORPUS]
# Entries under jit/ and seeds/ are also checked with every trampoline variant.
set -euo pipefail
out=${1:?usage: bench/check-json-snapshot.sh DIR [CORPUS]}
corpus=${2:-corpus}
cd "$(dirname "$0")/.."
mkdir -p "$out"
main=dist/src/cli/main.js
find "$corpus" -name '*.h' | sort | while read -r f; do
  name=$(echo "$f" | tr / _)
  status=0; node "$main" check "$f" --json > "$out/$name.json" 2>/dev/null || status=$?
  echo "$status" > "$out/$name.status"
  case "$f" in
    */jit/*|*/seeds/*)
      status=0; node "$main" check "$f" --json --profile kernel --jit all > "$out/$name.jit.json" 2>/dev/null || status=$?
      echo "$status" > "$out/$name.jit.status" ;;
  esac
done
echo "$(find "$out" -name '*.json' | wc -l) reports in $out"
