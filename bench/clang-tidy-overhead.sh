#!/usr/bin/env bash
# Overhead of the atscan clang-tidy module: the same TUs with a cheap baseline check, with and without
# the ats-* checks (hyperfine). Goal: the ats- checks add ≤ 3% per TU. Results: bench/results/clang-tidy-overhead.md.
#   bench/clang-tidy-overhead.sh [BUILD_DIR] [FILES…]
# BUILD_DIR holds clang-plugin/atscan-tidy-19.so (default build/dev). FILES default to bench/clang-corpus
# (real system headers: libstdc++, OpenSSL, libcurl). Two shapes are measured:
#   "one process": clang-tidy FILE… (all C++ files in one process, as an editor or `clang-tidy a b c`);
#   "per TU":      one clang-tidy process per file, as run-clang-tidy does (what the module loads is
#                  paid by every process: the catalog, profile and host databases parsed at build time
#                  are checked against rules/; the trust oracle is built only for a certificate, pin or
#                  callback fact).
# Both wall and CPU (user+sys) are printed; on a shared machine CPU time is the steadier figure.
# RUNS (default 10) sets hyperfine's run count; OUT=FILE also writes hyperfine's markdown tables there.
# INSTRUCTIONS=1 also counts instructions per TU under valgrind (callgrind): slow (~1 min a TU) but the
# same on a busy machine, where a few percent of time is noise. Valgrind cannot read lld's debug info,
# so a stripped copy of the module is used.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build/dev}
shift || true
module=$build/clang-plugin/atscan-tidy-19.so
[ -f "$module" ] || { echo "no $module: build target atscan-tidy-19 first" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "hyperfine is required (scripts/setup installs it)" >&2; exit 2; }
files=("$@")
[ ${#files[@]} -gt 0 ] || files=("$here"/bench/clang-corpus/*.cpp "$here"/bench/clang-corpus/*.c)
cpp=() c=()
for f in "${files[@]}"; do case $f in *.c) c+=("$f") ;; *) cpp+=("$f") ;; esac; done
base='-*,readability-braces-around-statements'
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tidy() {  # tidy CHECKS FILE… → one clang-tidy command line
  local checks=$1 lang_args
  shift
  case $1 in *.c) lang_args='-std=c11' ;; *) lang_args='-std=c++17' ;; esac
  echo "clang-tidy-19 --load=$module -checks='$checks' --quiet $* -- $lang_args >/dev/null 2>&1"
}

per_tu() {  # per_tu CHECKS → a shell loop, one process per file
  local cmd=""
  for f in "${files[@]}"; do cmd+="$(tidy "$1" "$f"); "; done
  echo "$cmd"
}

measure() {  # measure NAME BASELINE_CMD ATS_CMD
  hyperfine --warmup 1 --runs "${RUNS:-10}" --export-json "$work/$1.json" --export-markdown "$work/$1.md" \
    -n "$1: no ats- checks" "$2" -n "$1: with ats-*" "$3" >/dev/null
  python3 - "$work/$1.json" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
b, a = r[0], r[1]
cpu = lambda x: x["user"] + x["system"]
print(f"{b['command'].split(':')[0]:12} wall {b['mean']:.3f}s -> {a['mean']:.3f}s ({(a['mean']/b['mean']-1)*100:+.1f}%)   "
      f"cpu {cpu(b):.3f}s -> {cpu(a):.3f}s ({(cpu(a)/cpu(b)-1)*100:+.1f}%)")
EOF
  [ -z "${OUT:-}" ] || cat "$work/$1.md" >> "$OUT"
}

instructions() {  # instructions CHECKS FILE → instructions executed by clang-tidy (callgrind "Collected")
  local lang_args=-std=c++17
  case $2 in *.c) lang_args=-std=c11 ;; esac
  valgrind --tool=callgrind --callgrind-out-file=/dev/null clang-tidy-19 --load="$work/stripped.so" -checks="$1" --quiet "$2" -- $lang_args 2>&1 |
    sed -n 's/.*Collected : //p'
}

echo "files: ${files[*]##*/}"
if [ -n "${INSTRUCTIONS:-}" ]; then
  llvm-strip-19 -g "$module" -o "$work/stripped.so"
  total_b=0 total_a=0
  for f in "${files[@]}"; do
    b=$(instructions "$base" "$f") a=$(instructions "$base,ats-*" "$f")
    total_b=$((total_b + b)) total_a=$((total_a + a))
    python3 -c "import sys; b,a=int(sys.argv[2]),int(sys.argv[3]); print(f'{sys.argv[1]:18} instructions {b:,} -> {a:,} ({(a/b-1)*100:+.2f}%)')" "${f##*/}" "$b" "$a"
  done
  python3 -c "import sys; b,a=int(sys.argv[1]),int(sys.argv[2]); print(f'{\"per-TU total\":18} instructions {b:,} -> {a:,} ({(a/b-1)*100:+.2f}%)')" "$total_b" "$total_a"
fi
[ ${#cpp[@]} -eq 0 ] || measure "one-process" "$(tidy "$base" "${cpp[@]}")" "$(tidy "$base,ats-*" "${cpp[@]}")"
measure "per-TU" "$(per_tu "$base")" "$(per_tu "$base,ats-*")"
