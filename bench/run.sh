#!/usr/bin/env bash
# End-to-end benchmark: `atscan scan --format jsonl` against `rg -l -i -F -e <each trigger literal>`
# on the same synthetic trees, timed with hyperfine (warmup 1, runs 3), peak RSS from /usr/bin/time -v.
#   bench/run.sh [FILES:MEGABYTES ...]      default: 10000:100 50000:500
# Environment: ATSCAN=path/to/atscan (default: build/release, then build/dev), KEEP_CORPUS=1 keeps the
# generated trees under bench/corpus/ (git-ignored). Results: bench/corpus/results.md (also printed).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(dirname "$here")
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000:100 50000:500)
atscan=${ATSCAN:-}
if [ -z "$atscan" ]; then
  for b in release dev; do
    [ -x "$src/build/$b/cli/atscan" ] && { atscan=$src/build/$b/cli/atscan; break; }
  done
fi
[ -x "${atscan:-}" ] || { echo "run.sh: no atscan binary; build one or set ATSCAN=" >&2; exit 2; }
for tool in hyperfine rg python3; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is required" >&2; exit 2; }
done
export ATSCAN_RULES=$src/rules NO_COLOR=1
work=$here/corpus
mkdir -p "$work"

# Peak resident set size in KiB of one run of "$@".
peak_rss() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print $2}'
  else  # no GNU time: sample VmHWM of the process until it ends
    "$@" >/dev/null 2>&1 &
    local pid=$! hwm=0 v
    while kill -0 "$pid" 2>/dev/null; do
      v=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
      [ -n "$v" ] && [ "$v" -gt "$hwm" ] && hwm=$v
      sleep 0.05
    done
    wait "$pid" || true
    echo "$hwm"
  fi
}

# rg gets the same trigger literals as the prefilter, from the same catalog.
rg_script=$work/rg-triggers.sh
python3 "$src/bench/lib/rg_triggers.py" "$src/rules" >"$rg_script"
chmod +x "$rg_script"

results=$work/results.md
{
  echo "# atscan vs ripgrep ($(date -u +%Y-%m-%d), $(nproc) cores, $("$atscan" --version 2>/dev/null | head -1))"
  echo
  echo "| files | MB | atscan mean s | rg mean s | ratio | atscan peak RSS MiB | rg peak RSS MiB | findings | rg files |"
  echo "|---|---|---|---|---|---|---|---|---|"
} >"$results"

for spec in "${sizes[@]}"; do
  files=${spec%%:*} mb=${spec##*:}
  tree=$work/tree-$files
  [ -d "$tree" ] || "$here/gen-corpus.sh" "$files" "$mb" "$tree"
  json=$work/hyperfine-$files.json
  hyperfine --warmup 1 --runs 3 --ignore-failure --export-json "$json" \
    -n atscan "$atscan scan --format jsonl --fail-on never -o /dev/null $tree" \
    -n rg "$rg_script $tree"
  read -r t_atscan t_rg < <(python3 -c '
import json, sys
r = {x["command"]: x["mean"] for x in json.load(open(sys.argv[1]))["results"]}
print("%.3f %.3f" % (r["atscan"], r["rg"]))' "$json")
  rss_atscan=$(peak_rss "$atscan" scan --format jsonl --fail-on never -o /dev/null "$tree")
  rss_rg=$(peak_rss "$rg_script" "$tree")
  findings=$("$atscan" scan --format jsonl --fail-on never "$tree" | grep -c '"rule' || true)
  rg_files=$("$rg_script" "$tree" | wc -l)
  ratio=$(python3 -c "print('%.2f' % ($t_atscan / $t_rg))")
  echo "| $files | $mb | $t_atscan | $t_rg | $ratio | $((rss_atscan / 1024)) | $((rss_rg / 1024)) | $findings | $rg_files |" >>"$results"
done

[ -f "$work/tree-${sizes[0]%%:*}.planted" ] && { echo; echo "Planted (first tree):"; sed 's/^/    /' "$work/tree-${sizes[0]%%:*}.planted"; } >>"$results"
cat "$results"
if [ "${KEEP_CORPUS:-}" != 1 ]; then
  for spec in "${sizes[@]}"; do rm -rf "$work/tree-${spec%%:*}" "$work/tree-${spec%%:*}.planted"; done
fi
