#!/usr/bin/env bash
# Accuracy on real code: scans the labelled realworld corpus (../shared/realworld) the way a user would and
# scores the SARIF with its score.py (recall, recall at level, breaks-ATS found at error, false alarms).
#   bench/accuracy.sh
# Lays the corpus out from the fetched mirrors first when needed (see bench/lib/corpus.sh for SHARED,
# MIRRORS, CORPUS_ROOT, ATSCAN). Without the shared folder or the mirrors it says so and exits 0.
# Writes bench/results/accuracy.md (tables, with date, commit and machine); the SARIF and the full
# --verbose score (every miss and false alarm) stay in $CORPUS_ROOT/out/. JOBS=N passes -j N.
set -euo pipefail
. "$(dirname "$0")/lib/corpus.sh"

[ -n "$SHARED" ] || { echo "accuracy.sh: no ../shared/realworld next to $bench_root (set SHARED=); skipped"; exit 0; }
bench_require_atscan accuracy.sh
corpus=$CORPUS_ROOT/realworld
rc=0; bench_realworld "$corpus" || rc=$?
[ $rc -eq 3 ] && { echo "accuracy.sh: skipped (no realworld mirrors)"; exit 0; }
[ $rc -eq 0 ] || { echo "accuracy.sh: laying out the realworld corpus failed" >&2; exit 2; }

out=$CORPUS_ROOT/out
mkdir -p "$out" "$bench_root/bench/results"
sarif=$out/accuracy.sarif
jobs=(); [ -n "${JOBS:-}" ] && jobs=(-j "$JOBS")
load=$(cut -d' ' -f1-3 /proc/loadavg)
/usr/bin/time -f '%e %U %S %M' -o "$out/accuracy.time" \
  "$atscan" scan "$corpus" "${jobs[@]}" --format sarif -o "$sarif" --fail-on never
read -r wall user sys rss <"$out/accuracy.time"
python3 "$SHARED/realworld/score.py" --corpus-root "$corpus" "$sarif" --verbose >"$out/accuracy-verbose.txt"
python3 "$SHARED/realworld/score.py" --corpus-root "$corpus" "$sarif" >"$out/accuracy-tables.txt"

md=$bench_root/bench/results/accuracy.md
{
  echo "# Accuracy on the realworld corpus"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- commit: $(bench_commit) ($("$atscan" --version 2>/dev/null | head -1), $(basename "$(dirname "$(dirname "$atscan")")") build)"
  echo "- machine: $(bench_machine); load average at start: $load (a busy machine stretches wall time, not user time)"
  echo "- command: \`atscan scan CORPUS ${jobs[*]} --format sarif -o rw.sarif --fail-on never\`, then \`score.py --corpus-root CORPUS rw.sarif\`"
  echo "- corpus: $(cut -f1 "$SHARED/realworld/repos.tsv" | sed 1d | wc -l) repository commits, $(du -sh "$corpus" | cut -f1), $(sed 1d "$SHARED/realworld/labels.tsv" | wc -l) labels"
  echo "- scan: ${wall} s wall, ${user} s user, ${sys} s sys, peak RSS $((rss / 1024)) MiB"
  echo
  echo '```'
  cat "$out/accuracy-tables.txt"
  echo '```'
  echo
  echo "Misses and false alarms, line by line: \`\$CORPUS_ROOT/out/accuracy-verbose.txt\` (score.py --verbose; CORPUS_ROOT is where bench/lib/corpus.sh lays the corpora out)."
  echo
  echo '## False alarms (warning/error on a true-negative label)'
  echo
  echo '```'
  sed -n '/^== false alarms/,/^== /p' "$out/accuracy-verbose.txt" | sed '1d;$d'
  echo '```'
} >"$md"
echo "accuracy.sh: wrote $md (scan ${wall} s, $((rss / 1024)) MiB)"
sed -n '/^category/,/^overall/p' "$out/accuracy-tables.txt"
