#!/usr/bin/env bash
# Judge scaling: one Python file of N lines (default 20,000), each an S3 request with its own custom
# CA bundle argument (`requests.get("https://bucketI.s3.amazonaws.com/k", verify="certs/caJ.pem")`,
# J cycling over 10 bundles in the tree), scanned once. Linking trust to endpoints and classifying
# endpoints must stay linear: the goal is under a second for 20,000 lines on one core.
#   bench/judge_scaling.sh [LINES]
# Environment: ATSCAN=path/to/atscan (default: build/release, then build/dev). Prints wall and CPU time
# of a cold scan (--no-cache: what the goal is about) and of a warm one (a second scan from the result cache).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(dirname "$here")
lines=${1:-20000}
atscan=${ATSCAN:-}
if [ -z "$atscan" ]; then
  for b in release dev; do
    [ -x "$src/build/$b/cli/atscan" ] && { atscan=$src/build/$b/cli/atscan; break; }
  done
fi
[ -x "${atscan:-}" ] || { echo "judge_scaling.sh: no atscan binary; build one or set ATSCAN=" >&2; exit 2; }
export ATSCAN_RULES=$src/rules NO_COLOR=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/certs"
for j in $(seq 0 9); do cp "$src/tests/data/certs/own_root.pem" "$work/certs/ca$j.pem"; done
awk -v n="$lines" 'BEGIN {
  print "import requests"
  for (i = 1; i < n; i++) printf "requests.get(\"https://bucket%d.s3.amazonaws.com/k\", verify=\"certs/ca%d.pem\")\n", i, i % 10
}' > "$work/app.py"
# Wall and CPU time (user+sys): on a shared machine the CPU figure is the one to compare.
TIMEFORMAT='%R %U %S'
run() {  # run LABEL ARGS...: one scan, its times and finding count
  local label=$1
  shift
  times=$( { time "$atscan" scan -j1 --format jsonl "$@" "$work" > "$work/out.jsonl" 2>/dev/null || true; } 2>&1 )
  read -r wall user sys <<< "$times"
  findings=$(wc -l < "$work/out.jsonl")
  printf '%s lines=%d findings=%s wall=%ss cpu=%.2fs\n' "$label" "$lines" "$findings" "$wall" "$(echo "$user + $sys" | bc -l)"
}
run cold --no-cache
run fill --cache-dir "$work/cache" > /dev/null
run warm --cache-dir "$work/cache"
