#!/usr/bin/env bash
# Overhead of the atscan clang-tidy module: the same TUs with a cheap baseline check set, with and
# without the ats-* checks (hyperfine). Goal: the ats- checks add ≤ 5%.
#   bench/clang-tidy-overhead.sh [BUILD_DIR] [FILES…]
# BUILD_DIR holds clang-plugin/atscan-tidy-19.so (default build/dev). FILES default to a generated
# corpus of realistic TUs (OpenSSL + libcurl + AWS SDK mock headers, plus ordinary code).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build/dev}
shift || true
module=$build/clang-plugin/atscan-tidy-19.so
[ -f "$module" ] || { echo "no $module: build target atscan-tidy-19 first" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "hyperfine is required (scripts/setup installs it)" >&2; exit 2; }
headers=$here/tests/clang/Inputs/Headers
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  # Each generated TU: the fixtures' API use plus 300 ordinary functions, so matching cost is measured
  # against real parsing work rather than an empty file.
  for i in $(seq 1 8); do
    f=$work/tu$i.cpp
    cat "$here/tests/clang/openssl.cpp" > "$f"
    sed 's/\bValid\b/Valid_curl/; s/\bverification_off\b/curl_verification_off/' "$here/tests/clang/curl.cpp" | grep -v '#include' >> "$f"
    echo '#include <curl/curl.h>' | cat - "$f" > "$f.tmp" && mv "$f.tmp" "$f"
    for j in $(seq 1 300); do
      echo "static int helper_${j}(int a, int b) { int s = 0; for (int k = a; k < b; ++k) s += k * $j; return s; }" >> "$f"
    done
    files+=("$f")
  done
fi
args=(-- -std=c++17 -isystem "$headers")
base_checks='-*,readability-braces-around-statements'
hyperfine --warmup 1 --runs "${RUNS:-10}" --export-markdown "${OUT:-/dev/stdout}" \
  -n "no ats- checks" "clang-tidy-19 --load=$module -checks='$base_checks' --quiet ${files[*]} ${args[*]} >/dev/null 2>&1" \
  -n "with ats-*"    "clang-tidy-19 --load=$module -checks='$base_checks,ats-*' --quiet ${files[*]} ${args[*]} >/dev/null 2>&1"
