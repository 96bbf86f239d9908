#!/usr/bin/env bash
# The CLI's allocator: the same scan with an atscan built without mimalloc (-DATSCAN_MIMALLOC=OFF) and
# one built with it (the default), on one tree (default: the realworld corpus, laid out as accuracy.sh
# does). Each binary gets its own per-file cache, warmed first, and runs with --no-memo: what a scan
# after an edit does (cache hits, then flow records, the solver and the judge).
#   bench/allocator.sh GLIBC_ATSCAN MIMALLOC_ATSCAN [TREE]
# RUNS (default 3) sets hyperfine's run count. Writes bench/results/allocator.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib/corpus.sh"
[ $# -ge 2 ] || { echo "usage: bench/allocator.sh GLIBC_ATSCAN MIMALLOC_ATSCAN [TREE]" >&2; exit 2; }
glibc=$(realpath "$1") mi=$(realpath "$2")
tree=${3:-}
if [ -z "$tree" ]; then
  tree=$CORPUS_ROOT/realworld
  bench_realworld "$tree" || { echo "allocator.sh: no realworld corpus; give a TREE" >&2; exit 3; }
fi
command -v hyperfine >/dev/null || { echo "hyperfine is required (scripts/setup installs it)" >&2; exit 2; }
readelf -d "$mi" | grep -q libmimalloc || { echo "allocator.sh: $mi is not linked with mimalloc" >&2; exit 2; }
! readelf -d "$glibc" | grep -q libmimalloc || { echo "allocator.sh: $glibc is linked with mimalloc" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
scan() {  # scan NAME BINARY → the command line
  echo "XDG_CACHE_HOME=$work/$1 $2 scan $tree -j2 --format sarif -o $work/$1.sarif --fail-on never --no-memo -q"
}
for v in glibc mi; do eval "bin=\$$v"; bash -c "$(scan $v "$bin")" 2>/dev/null || true; done
hyperfine --runs "${RUNS:-3}" --export-json "$work/h.json" -n glibc "$(scan glibc "$glibc")" -n mimalloc "$(scan mi "$mi")" >&2
rss() { /usr/bin/time -f %M bash -c "$(scan "$1" "$2")" 2>&1 >/dev/null | tail -1; }
rss_glibc=$(rss glibc "$glibc") rss_mi=$(rss mi "$mi")
out=$here/results/allocator.md
{
  echo "# The CLI's allocator: glibc malloc against mimalloc"
  echo
  echo "- machine: $(bench_machine)"
  echo "- commit: $(bench_commit); tree: $(basename "$tree") ($(find "$tree" -type f | wc -l) files)"
  echo "- command: \`atscan scan TREE -j2 --format sarif --no-memo\` with a warm per-file cache, $(hyperfine --version)"
  echo
  echo "| allocator | wall (mean ± σ) | user | sys | peak RSS |"
  echo "|---|---|---|---|---|"
  python3 - "$work/h.json" "$rss_glibc" "$rss_mi" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
for res, rss in zip(r, sys.argv[2:]):
    print(f"| {res['command']} | {res['mean']:.2f} ± {res['stddev']:.2f} s | {res['user']:.2f} s | {res['system']:.2f} s | {int(rss) // 1024} MiB |")
print()
print(f"mimalloc ÷ glibc wall: {r[1]['mean'] / r[0]['mean']:.2f}")
PY
} >"$out"
cmp -s <(python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))["runs"][0]["results"], sort_keys=True))' "$work/glibc.sarif") \
       <(python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))["runs"][0]["results"], sort_keys=True))' "$work/mi.sarif") &&
  echo "- results: identical" >>"$out" || echo "- results: DIFFER" >>"$out"
cat "$out"
