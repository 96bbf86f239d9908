#!/usr/bin/env bash
# Output is the same whatever the thread count: scan examples/ with -j1, -j2 and -j8 in every
# structured format and compare byte for byte.
set -euo pipefail
atscan=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src/examples"
for fmt in text jsonl sarif; do
  for j in 1 2 8; do
    "$atscan" scan . --format "$fmt" -j "$j" --fail-on never >"$tmp/$fmt.$j"
  done
  cmp "$tmp/$fmt.1" "$tmp/$fmt.2" || { echo "$fmt output differs between -j1 and -j2"; exit 1; }
  cmp "$tmp/$fmt.1" "$tmp/$fmt.8" || { echo "$fmt output differs between -j1 and -j8"; exit 1; }
  [ -s "$tmp/$fmt.1" ] || { echo "$fmt output is empty"; exit 1; }
done
grep -q '"ruleId"' "$tmp/jsonl.1" || { echo "no findings in examples/"; exit 1; }
echo "deterministic across -j1/-j2/-j8 for text, jsonl, sarif"
