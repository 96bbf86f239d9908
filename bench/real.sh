#!/usr/bin/env bash
# Speed on real code: races, in one hyperfine run per tree, `atscan scan TREE --format sarif` (what a user
# types) against `rg -l` over the catalog's trigger words (the floor: reading every file once) and against
# `ast-grep scan` with bench/ast-grep/ (the catalog's patterns as ast-grep rules: a generic tree-sitter
# matcher doing comparable work). Peak RSS of each from /usr/bin/time.
#   bench/real.sh [TREE ...]          default: every tree below whose mirrors are present
# Trees (laid out from the fetched mirrors under $CORPUS_ROOT/real, once; see bench/lib/corpus.sh):
#   realworld   the labelled corpus of ../shared/realworld (36 commits of 23 repositories, C to Swift)
#   freertos    aws/amazon-freertos: embedded C (mbedTLS, PKCS#11, vendor SDKs)
#   stm32       STMicroelectronics/STM32CubeF4: a large C HAL and middleware tree
#   c-python    micropython and curl: C with Python tooling
#   python      numpy, sympy, ansible and pip: mostly Python
# A tree whose mirrors are missing is skipped with a message (fetch github:<owner>/<name>, then rerun).
# Environment: ATSCAN (default build/release, then build/dev; use a release build), RUNS (default 3),
# WARMUP (default 1). hyperfine and ripgrep come from scripts/setup; ast-grep is installed here by
# `npm ci` into bench/tools/ (pinned in bench/tools/package-lock.json) and skipped if that fails.
# When atscan has a result cache (--cache-dir), a second atscan command is timed with the cache emptied
# before every run ("cold"); the plain one then runs warm (an unchanged tree: the whole-scan memo replays
# it), and a third warm with --no-memo (per-file results from the cache, solver and judge run: what a
# scan after editing a file costs, less parsing that file). Peak RSS is that of a run without the cache
# (the most a scan holds). The warm report's results must equal the uncached one's, and so must those of an
# uncached scan with --no-tiered-triggers ("same" column: cache / tiers).
# Writes bench/results/real.md.
set -euo pipefail
. "$(dirname "$0")/lib/corpus.sh"
here=$bench_root/bench

bench_require_atscan real.sh
for tool in hyperfine rg python3 git; do
  command -v "$tool" >/dev/null || { echo "real.sh: $tool is required (scripts/setup)" >&2; exit 2; }
done
case $atscan in */build/release/*) ;; *) echo "real.sh: note: $atscan is not a release build" >&2 ;; esac

# ---- trees: name → repositories at pinned commits (newest snapshot commits when this was written)
declare -A tree_repos=(
  [freertos]="aws/amazon-freertos@41244b002675843d44fc79c8752a87c344eaa855"
  [stm32]="STMicroelectronics/STM32CubeF4@188426c4d5621a147236bf22d5d75e539db21d0c"
  [c-python]="micropython/micropython@1c3c201149f37fe8d81246191b3127bb198d6306 curl/curl@5c61e168698a72b87437d58ed728bcdea6d5db42"
  [python]="numpy/numpy@1f90bbb55e65e7de68921bc3f1a2d94492fdf689 sympy/sympy@e950d313a932bc6cccbc95376b3821cd2f8b5af4 ansible/ansible@c9ac477e53a99e95781f333eec3329a935c1bf95 pypa/pip@6d309205789d368b2749d93fd6193d584811efd5"
)
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(realworld freertos stm32 c-python python)

# Lays out tree $1; prints its path, or nothing when a mirror is missing.
lay_out_tree() {
  local name=$1 spec repo commit dest rc
  if [ "$name" = realworld ]; then
    [ -n "$SHARED" ] || { echo "real.sh: no ../shared/realworld (set SHARED=); realworld skipped" >&2; return; }
    rc=0; bench_realworld "$CORPUS_ROOT/realworld" || rc=$?
    [ $rc -eq 0 ] && echo "$CORPUS_ROOT/realworld"
    return
  fi
  [ -n "${tree_repos[$name]:-}" ] || { echo "real.sh: unknown tree $name" >&2; return; }
  for spec in ${tree_repos[$name]}; do
    repo=${spec%@*} commit=${spec#*@}
    [ -d "$MIRRORS/${repo/\//+}/repo" ] || { echo "real.sh: $name skipped: no mirror of $repo under $MIRRORS (fetch github:$repo)" >&2; return; }
  done
  for spec in ${tree_repos[$name]}; do
    repo=${spec%@*} commit=${spec#*@}
    dest=$CORPUS_ROOT/real/$name/${repo/\//+}
    python3 "$here/lib/layout.py" "$MIRRORS" "$repo" "$commit" "$dest" || return
  done
  echo "$CORPUS_ROOT/real/$name"
}

# ---- ast-grep, pinned (bench-only)
sg=$here/tools/node_modules/@ast-grep/cli-linux-x64-gnu/ast-grep
if [ ! -x "$sg" ] && command -v npm >/dev/null; then
  (cd "$here/tools" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) >&2 || true
fi
[ -x "$sg" ] || { sg=""; echo "real.sh: ast-grep unavailable (npm ci in bench/tools failed); racing atscan and rg only" >&2; }

# ---- rg over the catalog's trigger words (same literal set as bench/run.sh)
work=$CORPUS_ROOT/out/real
mkdir -p "$work" "$here/results"
rg_script=$work/rg-triggers.sh
python3 "$here/lib/rg_triggers.py" "$bench_root/rules" >"$rg_script"
chmod +x "$rg_script"

cache=""
if "$atscan" scan --help 2>/dev/null | grep -q -- '--cache-dir'; then
  cache=$work/atscan-cache
fi

# Peak RSS (KiB) and exit status of one run: "KIB STATUS".
peak() { /usr/bin/time -f '%M %x' -o "$work/peak.txt" "$@" >"$work/peak.out" 2>/dev/null || true; cat "$work/peak.txt" | tail -1; }

md=$here/results/real.md
commit=$(bench_commit)
rows=()
for name in "${names[@]}"; do
  laid_out_at=$(date +%s.%N)
  tree=$(lay_out_tree "$name")
  [ -n "$tree" ] || continue
  # A tree written just now: the whole-scan memo compares a file changed within two seconds of the scan
  # that made it by content (scan_memo.h), so every warm run would read and hash the whole tree
  # (bench/results/real.md, session 19: c-python warm 0.27 s instead of 0.10).
  if [ -n "$(find "$tree" -newermt "@$laid_out_at" -print -quit 2>/dev/null)" ]; then sleep 2.1; fi
  files=$(find "$tree" -type f | wc -l)
  mb=$(du -sm "$tree" | cut -f1)
  echo "real.sh: $name: $files files, $mb MB" >&2
  a_cmd="$atscan scan $tree --format sarif"
  cmds=(-n atscan "$a_cmd") prep=(--prepare true)
  if [ -n "$cache" ]; then
    cmds+=(-n atscan-cold "$atscan scan $tree --format sarif --cache-dir $cache"); prep+=(--prepare "rm -rf $cache")
    cmds[2]="$a_cmd --cache-dir $cache"
    if "$atscan" scan --help 2>/dev/null | grep -q -- '--no-memo'; then
      cmds+=(-n atscan-no-memo "$a_cmd --cache-dir $cache --no-memo"); prep+=(--prepare true)
    fi
  fi
  cmds+=(-n rg "$rg_script $tree"); prep+=(--prepare true)
  [ -n "$sg" ] && { cmds+=(-n ast-grep "$sg scan -c $here/ast-grep/sgconfig.yml --format sarif $tree"); prep+=(--prepare true); }
  json=$work/hyperfine-$name.json
  hyperfine --warmup "${WARMUP:-1}" --runs "${RUNS:-3}" --ignore-failure --export-json "$json" "${prep[@]}" "${cmds[@]}" >&2
  read -r a_rss a_rc < <(peak "$atscan" scan "$tree" --format sarif --no-cache)
  a_found=$(python3 -c 'import json,sys; print(sum(len(r.get("results", [])) for r in json.load(open(sys.argv[1]))["runs"]))' "$work/peak.out" 2>/dev/null || echo "?")
  same="-"
  if [ -n "$cache" ]; then  # the warm report (cache filled by the timed runs) against the uncached one
    "$atscan" scan "$tree" --format sarif --cache-dir "$cache" >"$work/warm.out" 2>/dev/null || true
    same=$(python3 -c 'import json,sys; r=lambda p: [x.get("results", []) for x in json.load(open(p))["runs"]]; print("yes" if r(sys.argv[1]) == r(sys.argv[2]) else "NO")' "$work/peak.out" "$work/warm.out" 2>/dev/null || echo "?")
  fi
  # The uncached report with --no-tiered-triggers (files admitted by the plain weak words too) against the tiered one.
  tiers="-"
  if "$atscan" scan --help 2>/dev/null | grep -q -- '--no-tiered-triggers'; then
    "$atscan" scan "$tree" --format sarif --no-cache --no-tiered-triggers >"$work/plain.out" 2>/dev/null || true
    tiers=$(python3 -c 'import json,sys; r=lambda p: [x.get("results", []) for x in json.load(open(p))["runs"]]; print("yes" if r(sys.argv[1]) == r(sys.argv[2]) else "NO")' "$work/peak.out" "$work/plain.out" 2>/dev/null || echo "?")
  fi
  same="$same / $tiers"
  [ "$a_rc" -le 1 ] 2>/dev/null || echo "real.sh: atscan exited $a_rc on $name" >&2
  read -r r_rss _ < <(peak "$rg_script" "$tree")
  r_found=$(wc -l <"$work/peak.out")
  s_rss="-" s_found="-"
  if [ -n "$sg" ]; then
    read -r s_rss _ < <(peak "$sg" scan -c "$here/ast-grep/sgconfig.yml" --format sarif "$tree")
    s_found=$(python3 -c 'import json,sys; print(sum(len(r.get("results", [])) for r in json.load(open(sys.argv[1]))["runs"]))' "$work/peak.out" 2>/dev/null || echo "?")
  fi
  rows+=("$(python3 - "$json" "$name" "$files" "$mb" "$a_rss" "$r_rss" "$s_rss" "$a_found" "$r_found" "$s_found" "$same" <<'PY'
import json, sys
js, name, files, mb, a_rss, r_rss, s_rss, a_n, r_n, s_n, same = sys.argv[1:]
r = {x["command"]: x for x in json.load(open(js))["results"]}
def t(k):
    return "%.2f ± %.2f" % (r[k]["median"], r[k]["stddev"] or 0) if k in r else "-"
def ratio(a, b):
    return "%.1f×" % (r[a]["median"] / r[b]["median"]) if a in r and b in r else "-"
def cpu(k):  # mean user+sys: on a shared machine the steadier figure
    return "%.2f" % (r[k]["user"] + r[k]["system"]) if k in r else "-"
def cpu_ratio(a, b):
    return "%.1f×" % ((r[a]["user"] + r[a]["system"]) / (r[b]["user"] + r[b]["system"])) if a in r and b in r else "-"
mib = lambda k: "%d" % (int(k) // 1024) if k.isdigit() else "-"
cold = t("atscan-cold") if "atscan-cold" in r else "(no cache)"
print("| %s | %s | %s | %s | %s | %s | %s | %s | %s / %s / %s | %s | %s / %s / %s | %s / %s | %s / %s / %s | %s / %s / %s | %s |" % (
    name, files, mb, t("atscan"), t("atscan-no-memo"), cold, t("rg"), t("ast-grep"),
    ratio("atscan", "rg"), ratio("atscan-no-memo", "rg"), ratio("atscan-cold", "rg"), ratio("ast-grep", "atscan-cold"),
    cpu("atscan"), cpu("rg"), cpu("ast-grep"), cpu_ratio("atscan", "rg"), cpu_ratio("ast-grep", "atscan"),
    mib(a_rss), mib(r_rss), mib(s_rss), a_n, r_n, s_n, same))
PY
)")
  echo "${rows[-1]}" >&2
done

{
  echo "# atscan on real code against ripgrep and ast-grep"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $commit"
  echo "- machine: $(bench_machine); load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- versions: $("$atscan" --version | head -1) ($(basename "$(dirname "$(dirname "$atscan")")") build), $(rg --version | head -1), ${sg:+$("$sg" --version), }$(hyperfine --version)"
  echo "- hyperfine --warmup ${WARMUP:-1} --runs ${RUNS:-3} (page cache warm for every tool); wall times are medians ± stddev in seconds;"
  echo "  CPU = mean user+sys seconds (steadier than wall time when other work shares the machine)"
  echo "- atscan: \`atscan scan TREE --format sarif\`; rg: \`rg -l -i -F -e <each trigger word of rules/*.yaml>\`;"
  echo "  ast-grep: \`ast-grep scan -c bench/ast-grep/sgconfig.yml --format sarif TREE\` ($(grep -h '^id:' "$here"/ast-grep/rules/*.yml | wc -l) rules, $(ls "$here"/ast-grep/rules | wc -l) languages)"
  echo "- atscan s: warm, an unchanged tree (the cache filled by the warm-up run: the whole-scan memo replays it); no-memo s: warm with"
  echo "  --no-memo (per-file results from the cache; the solver and the judge run: a scan after an edit, less parsing the edited file);"
  echo "  cold s: the cache emptied before every run; peak RSS: a run without the cache; same: the warm report's results equal the uncached one's,"
  echo "  and the uncached report's results with --no-tiered-triggers (files admitted by the plain weak words too) equal the tiered one's"
  echo "- results: atscan SARIF results / files rg lists / ast-grep SARIF results"
  echo
  echo "| tree | files | MB | atscan s | atscan no-memo s | atscan cold s | rg s | ast-grep s | atscan / no-memo / cold ÷ rg | ast-grep ÷ atscan cold | CPU s atscan / rg / ast-grep | CPU atscan/rg / ast-grep/atscan | peak RSS MiB atscan / rg / ast-grep | results atscan / rg / ast-grep | same: cache / tiers |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Trees: realworld = ../shared/realworld; freertos = aws/amazon-freertos; stm32 = STMicroelectronics/STM32CubeF4;"
  echo "c-python = micropython + curl; python = numpy + sympy + ansible + pip (commits pinned in bench/real.sh)."
} >"$md"
cat "$md"
