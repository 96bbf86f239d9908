#!/usr/bin/env bash
# The floor of a cold scan against issue 12's speed goals. A cold scan must at least read every file of
# the tree (what `rg -l` over the trigger words does: its CPU time) and parse the files it scans (the
# parse alone, from `atscan scan --stats`: "front-end parts"; any tree-sitter tool pays it for the same
# files). The goals give a wall time: within 3x of rg, and 5x faster than ast-grep. On this machine's
# cores, kept busy the whole time (the most a scan could make of them), a wall time buys at most
# wall x cores CPU seconds. When the floor alone is above that, no change to queries, flow records or the
# judge reaches the goal on that tree: only parsing fewer bytes or more cores would.
#   bench/floor.sh [TREE ...]   default: every tree bench/real.sh has laid out (realworld freertos stm32 c-python python)
# Environment: ATSCAN (default build/release, then build/dev), RUNS (default 3: medians).
# Needs the trees laid out by bench/real.sh (a missing one is skipped with a message).
# Writes bench/results/floor.md.
set -euo pipefail
. "$(dirname "$0")/lib/corpus.sh"
here=$bench_root/bench

bench_require_atscan floor.sh
command -v rg >/dev/null || { echo "floor.sh: rg is required (scripts/setup)" >&2; exit 2; }
sg=$here/tools/node_modules/@ast-grep/cli-linux-x64-gnu/ast-grep
[ -x "$sg" ] || { sg=""; echo "floor.sh: ast-grep not installed (bench/real.sh installs it); its column is left out" >&2; }
runs=${RUNS:-3}
cores=$(nproc)

work=$CORPUS_ROOT/out/floor
mkdir -p "$work" "$here/results"
rg_script=$work/rg-triggers.sh
python3 "$here/lib/rg_triggers.py" "$bench_root/rules" >"$rg_script"
chmod +x "$rg_script"

names=("$@")
[ ${#names[@]} -gt 0 ] || names=(realworld freertos stm32 c-python python)

# "WALL CPU" (seconds, user+sys) of one run of the command; its output goes to $work/out.txt, stderr to $work/err.txt.
timed() {
  /usr/bin/time -f '%e %U %S' -o "$work/time.txt" "$@" >"$work/out.txt" 2>"$work/err.txt" || true
  awk '{printf "%s %.3f\n", $1, $2 + $3}' "$work/time.txt" | tail -1
}
median() { sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

rows=()
for name in "${names[@]}"; do
  tree=$CORPUS_ROOT/real/$name
  [ "$name" = realworld ] && tree=$CORPUS_ROOT/realworld
  [ -d "$tree" ] || { echo "floor.sh: $name skipped: not laid out at $tree (bench/real.sh $name)" >&2; continue; }
  echo "floor.sh: $name" >&2
  : >"$work/rg.txt"; : >"$work/sg.txt"; : >"$work/atscan.txt"
  for ((i = 0; i < runs; i++)); do
    timed "$rg_script" "$tree" >>"$work/rg.txt"
    # Cold: no cache; --stats splits the front-ends' time into parse, queries and flow records.
    read -r wall cpu < <(timed "$atscan" scan "$tree" --format sarif --no-cache --stats)
    parse=$(grep -m1 'front-end parts' "$work/err.txt" | grep -oE '[a-z+#]+( \(read for flows\))? parse [0-9.]+ s' |
            awk '{s += $(NF - 1)} END {printf "%.3f", s}')
    echo "$wall $cpu $parse" >>"$work/atscan.txt"
    [ -n "$sg" ] && timed "$sg" scan -c "$here/ast-grep/sgconfig.yml" --format sarif "$tree" >>"$work/sg.txt"
  done
  rg_wall=$(cut -d' ' -f1 "$work/rg.txt" | median); rg_cpu=$(cut -d' ' -f2 "$work/rg.txt" | median)
  a_wall=$(cut -d' ' -f1 "$work/atscan.txt" | median); a_cpu=$(cut -d' ' -f2 "$work/atscan.txt" | median)
  parse=$(cut -d' ' -f3 "$work/atscan.txt" | median)
  sg_wall=-; [ -s "$work/sg.txt" ] && sg_wall=$(cut -d' ' -f1 "$work/sg.txt" | median)
  rows+=("$(python3 - "$name" "$cores" "$rg_wall" "$rg_cpu" "$a_wall" "$a_cpu" "$parse" "$sg_wall" <<'PY'
import sys
name, cores, rg_wall, rg_cpu, a_wall, a_cpu, parse, sg_wall = sys.argv[1:]
cores, rg_wall, rg_cpu, a_wall, a_cpu, parse = int(cores), float(rg_wall), float(rg_cpu), float(a_wall), float(a_cpu), float(parse)
floor = rg_cpu + parse
b3 = 3 * rg_wall * cores
# The share of the budget the floor takes: over 100% is out of reach; near it leaves nothing for the rest.
verdict = lambda budget: "%.0f%%%s" % (100 * floor / budget, "" if floor <= budget else " (out of reach)")
if sg_wall != "-":
    b5 = float(sg_wall) / 5 * cores
    sg_cols = "%.2f | %.2f | %s" % (float(sg_wall), b5, verdict(b5))
else:
    sg_cols = "- | - | -"
print("| %s | %.2f / %.2f | %.2f / %.2f | %.2f | %.2f | %.2f | %s | %s |" % (
    name, rg_wall, rg_cpu, a_wall, a_cpu, parse, floor, b3, verdict(b3), sg_cols))
PY
)")
  echo "${rows[-1]}" >&2
done

{
  echo "# The floor of a cold scan against the speed goals (issue 12)"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(bench_commit)"
  echo "- machine: $(bench_machine); load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- versions: $("$atscan" --version | head -1), $(rg --version | head -1)${sg:+, $("$sg" --version)}"
  echo "- medians of $runs runs (page cache warm); wall and CPU (user+sys) seconds from /usr/bin/time"
  echo "- rg: \`rg -l -i -F -e <each trigger word>\` (reading every file once); atscan cold: \`atscan scan TREE --format sarif"
  echo "  --no-cache --stats\`; parse: its \"front-end parts\" parse seconds (scanned files and files read for flows);"
  echo "  floor = rg CPU + parse; a budget is the goal's wall time × $cores cores (every core busy all the time);"
  echo "  3× rg budget = 3 × rg wall × cores; 5× ast-grep budget = ast-grep wall ÷ 5 × cores"
  echo
  echo "| tree | rg wall / CPU s | atscan cold wall / CPU s | parse CPU s | floor CPU s | 3× rg budget CPU s | floor ÷ 3× rg budget | ast-grep wall s | 5× ast-grep budget CPU s | floor ÷ 5× ast-grep budget |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} >"$work/floor.md.new"
# The notes below the table (what the numbers mean for the project) are kept.
if [ -f "$here/results/floor.md" ]; then
  awk 'found {print} /^$/ && table {found = 1} /^\|/ {table = 1}' "$here/results/floor.md" >"$work/notes.md"
  [ -s "$work/notes.md" ] && { echo; cat "$work/notes.md"; } >>"$work/floor.md.new"
fi
mv "$work/floor.md.new" "$here/results/floor.md"
cat "$here/results/floor.md"
