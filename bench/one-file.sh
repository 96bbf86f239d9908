#!/usr/bin/env bash
# One-file scans (what a pre-commit run parses after an edit): the whole language's queries against
# the part the file can match (QueryParts, scanners/treesitter/query_library.h). For one file per
# language (the first fixture of tests/fixtures/<language>, and examples/uploader/upload.cpp), hyperfine
# times `atscan scan FILE --no-cache` with ATSCAN_QUERY_PARTS=whole and with the default, and --stats
# gives the queries' compile time of each (median of 3). Then the pre-commit case: examples/ copied to a scratch
# folder, scanned once with the cache, upload.cpp edited, and `atscan scan --context . upload.cpp`
# timed again after each edit (the last outcome is stored, so the rescan expects few files).
#   bench/one-file.sh
# Environment: ATSCAN (default build/release, then build/dev), RUNS (default 10).
# Writes bench/results/one-file.md.
set -euo pipefail
. "$(dirname "$0")/lib/corpus.sh"
here=$bench_root/bench
bench_require_atscan one-file.sh
command -v hyperfine >/dev/null || { echo "one-file.sh: hyperfine is not installed (scripts/setup)" >&2; exit 2; }
runs=${RUNS:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The compile time --stats reports for a scan ("cpp queries compiled 0.090 s" → 0.090), median of 3.
compile_s() {
  local i
  for i in 1 2 3; do env "$@" 2>&1 >/dev/null | sed -n 's/.*queries compiled \([0-9.]*\) s.*/\1/p' | head -1; done | sort -n | sed -n 2p
}
# hyperfine's mean in seconds for one command line.
mean_s() {
  hyperfine -N -i --warmup 2 --runs "$runs" --export-json "$work/h.json" "$1" >/dev/null 2>&1
  python3 -c "import json; print(f\"{json.load(open('$work/h.json'))['results'][0]['mean']:.3f}\")"
}

files=("$bench_root/examples/uploader/upload.cpp")
for dir in "$bench_root"/tests/fixtures/*/; do
  lang=$(basename "$dir")
  [ -d "$bench_root/rules/queries/$lang" ] || continue
  f=$(find "$dir" -type f | sort | head -1)
  [ -n "$f" ] && files+=("$f")
done

rows=""
for f in "${files[@]}"; do
  rel=${f#"$bench_root"/}
  w=$(mean_s "env ATSCAN_QUERY_PARTS=whole $atscan scan $f --no-cache --fail-on never")
  p=$(mean_s "$atscan scan $f --no-cache --fail-on never")
  cw=$(compile_s ATSCAN_QUERY_PARTS=whole "$atscan" scan "$f" --no-cache --fail-on never --stats)
  cp_=$(compile_s X=1 "$atscan" scan "$f" --no-cache --fail-on never --stats)
  rows+="| \`$rel\` | $w | $p | ${cw:-–} | ${cp_:-–} |"$'\n'
done

# Pre-commit: a rescan of examples/ after an edit of upload.cpp, medians of RUNS edits.
precommit() {
  local mode=$1 tree=$work/pc-$1 cache=$work/cache-$1 i t times=()
  cp -r "$bench_root/examples" "$tree"
  (cd "$tree" && env XDG_CACHE_HOME="$cache" ATSCAN_QUERY_PARTS="$mode" "$atscan" scan --context . uploader/upload.cpp --fail-on never >/dev/null 2>&1)
  for ((i = 0; i < runs; i++)); do
    echo "// edit $i" >>"$tree/uploader/upload.cpp"
    (cd "$tree" && /usr/bin/time -f '%e' -o "$work/t" env XDG_CACHE_HOME="$cache" ATSCAN_QUERY_PARTS="$mode" "$atscan" scan --context . uploader/upload.cpp --fail-on never >/dev/null 2>&1)
    times+=("$(tail -1 "$work/t")")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}
pc_whole=$(precommit whole)
pc_parts=$(precommit first)

out=$here/results/one-file.md
{
  echo "# One-file scans: the whole language's queries against the part a file can match"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git -C "$bench_root" rev-parse --short HEAD)"
  echo "- machine: $(bench_machine 2>/dev/null || uname -srm)"
  echo "- atscan: $("$atscan" --version); hyperfine --warmup 2 --runs $runs, mean wall seconds; compile: the \"queries compiled\" seconds of \`--stats\` (median of 3)"
  echo "- whole: \`ATSCAN_QUERY_PARTS=whole\`; parts: the default (a walk of at most 32 files compiles the part its first file can match)"
  echo
  echo "| file | whole s | parts s | compile whole s | compile parts s |"
  echo "|---|---|---|---|---|"
  printf '%s' "$rows"
  echo
  echo "Pre-commit (\`atscan scan --context . uploader/upload.cpp\` in a copy of examples/, the cache filled by a first run,"
  echo "upload.cpp edited before each run; median of $runs): whole $pc_whole s, parts $pc_parts s."
} >"$out"
echo "one-file.sh: wrote $out"
