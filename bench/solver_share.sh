#!/usr/bin/env bash
# What the flow layer adds to a scan: `atscan scan TREE --stats` on the realworld corpus (and on any
# TREE given), cold (--no-cache) and with a warm per-file cache (--no-memo: the front-ends are served,
# the solver and the judge run). From --stats: wall time of the run, the flow solver's time (graph,
# queries, teardown) and the time reading files for their flow records only (demand parsing).
#   solver adds = solver ÷ (wall − solver)            (goal: ≤ 20%)
#   flow layer adds = (solver + flows) ÷ (wall − solver − flows)
#   bench/solver_share.sh [TREE …]     RUNS (default 1) runs each, the median is kept.
# Writes bench/results/solver-share.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib/corpus.sh"
bench_require_atscan solver_share.sh
trees=("$@")
if [ ${#trees[@]} -eq 0 ]; then
  bench_realworld "$CORPUS_ROOT/realworld" || { echo "solver_share.sh: no realworld corpus; give a TREE" >&2; exit 3; }
  trees=("$CORPUS_ROOT/realworld")
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() {  # run TREE MODE → "wall solver flows" (median of RUNS by wall)
  local tree=$1 mode=$2 flags=(--no-memo) i
  [ "$mode" = cold ] && flags+=(--no-cache)
  for ((i = 0; i < ${RUNS:-1}; i++)); do
    local start end err
    start=$(date +%s.%N)
    XDG_CACHE_HOME=$work/cache "$atscan" scan "$tree" -j2 --format sarif -o "$work/out.sarif" --fail-on never --stats "${flags[@]}" 2>"$work/err" >/dev/null || true
    end=$(date +%s.%N)
    python3 - "$start" "$end" "$work/err" <<'PY'
import re, sys
start, end, err = float(sys.argv[1]), float(sys.argv[2]), open(sys.argv[3]).read()
m = re.search(r"files read for flows ([0-9.]+) s, flow solver ([0-9.]+) s", err)
print(f"{end - start:.3f} {m.group(2)} {m.group(1)}")
PY
  done | sort -n | awk -v n="${RUNS:-1}" 'NR == int((n + 1) / 2)'
}
out=$here/results/solver-share.md
{
  echo "# What the flow solver adds to a scan"
  echo
  echo "- machine: $(bench_machine); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- commit: $(bench_commit) ($("$atscan" --version | head -1), $(basename "$(dirname "$(dirname "$atscan")")") build)"
  echo "- command: \`atscan scan TREE -j2 --format sarif --stats --no-memo\` (cold: also \`--no-cache\`), runs: ${RUNS:-1} (median)"
  echo
  echo "| tree | run | wall | flow solver | files read for flows | solver adds | flow layer adds |"
  echo "|---|---|---|---|---|---|---|"
  for tree in "${trees[@]}"; do
    XDG_CACHE_HOME=$work/cache "$atscan" scan "$tree" -j2 --format sarif -o "$work/out.sarif" --fail-on never --no-memo >/dev/null 2>&1 || true  # fills the cache for the warm run
    for mode in cold warm; do
      read -r wall solver flows < <(run "$tree" "$mode")
      python3 -c "
w, s, f = $wall, $solver, $flows
print(f'| $(basename "$tree") | $mode | {w:.2f} s | {s:.2f} s | {f:.2f} s | {s / (w - s) * 100:.1f}% | {(s + f) / (w - s - f) * 100:.1f}% |')"
    done
  done
} >"$out"
cat "$out"
