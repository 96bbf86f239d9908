#!/usr/bin/env bash
# Memory flatness (issue 12: peak RSS within 20% between a tree and four copies of it). Scans a tree and a
# folder that holds four hard-linked copies of it (cp -al: no extra disk, the same bytes four times), with
# `atscan scan DIR --format sarif --no-cache`, and reports the peak RSS of each (/usr/bin/time, median of
# RUNS), the peak after each phase (--stats), the wall time and the ratio.
#   bench/flatness.sh [TREE]     default: $CORPUS_ROOT/real/c-python (laid out by `bench/real.sh c-python`)
# Environment: ATSCAN (default build/release, then build/dev), RUNS (default 3), CORPUS_ROOT (bench/lib/corpus.sh).
# Writes bench/results/flatness.md.
set -euo pipefail
. "$(dirname "$0")/lib/corpus.sh"
here=$bench_root/bench

bench_require_atscan flatness.sh
if [ $# -gt 0 ]; then
  tree=$1
  [ -d "$tree" ] || { echo "flatness.sh: $tree is not a folder" >&2; exit 2; }
else
  tree=$CORPUS_ROOT/real/c-python
  # Like the other real-code benches: a corpus that is not laid out is a message, not a failure.
  [ -d "$tree" ] || { echo "flatness.sh: no tree at $tree; \`bench/real.sh c-python\` lays it out from the mirrors" >&2; exit 0; }
fi
tree=$(cd "$tree" && pwd)
runs=${RUNS:-3}

work=$CORPUS_ROOT/out/flatness
four=$work/four-$(basename "$tree")
if [ ! -d "$four/4" ]; then
  rm -rf "$four"
  mkdir -p "$four"
  for i in 1 2 3 4; do
    cp -al "$tree" "$four/$i" 2>/dev/null || cp -a "$tree" "$four/$i"  # hard links need the same file system
  done
fi

# One scan of $1: "peak_KiB wall_s after_scan after_flows after_judge" (the last three in MiB, from --stats).
measure() {
  local dir=$1
  /usr/bin/time -f '%M %e' -o "$work/time.txt" "$atscan" scan "$dir" --no-cache --format sarif -o "$work/out.sarif" \
    --fail-on never --stats 2>"$work/stats.txt" >/dev/null || true
  local phases
  phases=$(sed -n 's/.*peak RSS after scan \([0-9]*\) MiB, after files read for flows \([0-9]*\) MiB, after judge \([0-9]*\) MiB.*/\1 \2 \3/p' "$work/stats.txt")
  echo "$(tail -1 "$work/time.txt") ${phases:-? ? ?}"
}
# The median run by peak RSS.
median() {
  local dir=$1 i
  for ((i = 0; i < runs; i++)); do measure "$dir"; done | sort -n | sed -n "$(((runs + 1) / 2))p"
}

read -r one_kib one_s one_scan one_flows one_judge < <(median "$tree")
read -r four_kib four_s four_scan four_flows four_judge < <(median "$four")
files_one=$(find "$tree" -type f | wc -l)
ratio=$(python3 -c "print(f'{$four_kib / $one_kib:.2f}')")
verdict=$(python3 -c "print('flat (within 20%)' if $four_kib <= 1.2 * $one_kib else 'not flat')")

out=$here/results/flatness.md
{
  echo "# Peak memory: a tree against four copies of it"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(bench_commit)"
  echo "- machine: $(bench_machine)"
  echo "- atscan: $("$atscan" --version | head -1); \`atscan scan DIR --no-cache --format sarif --stats\`; median of $runs runs by peak RSS"
  echo "- tree: $tree ($files_one files); four copies: cp -al into $four"
  echo "- goal (issue 12): the four copies within 20% of the tree"
  echo
  echo "| scan | peak RSS MiB | after scan | after files read for flows | after judge | wall s |"
  echo "|---|---|---|---|---|---|"
  echo "| tree | $((one_kib / 1024)) | $one_scan | $one_flows | $one_judge | $one_s |"
  echo "| four copies | $((four_kib / 1024)) | $four_scan | $four_flows | $four_judge | $four_s |"
  echo
  echo "Four copies ÷ tree: **${ratio}×**, $verdict."
} >"$out"
cat "$out"
