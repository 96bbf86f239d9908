#!/usr/bin/env bash
# Runs the examples of docs/integrations/clang-plugin.md with the plugin built next to atscan: the
# clang-19 -fplugin command line, and the CMake snippet in a small project (warnings while it builds;
# with ATSCAN_ENFORCE=ON the build fails), on a client that pins S3 to a legacy bundle.
set -uo pipefail
atscan=$(realpath "$1") src=$(realpath "$2")
. "$src/tests/integrations/lib/docs.sh"
plugin=$(realpath "$(dirname "$atscan")/../clang-plugin/atscan-clang-plugin-19.so" 2>/dev/null)
if [ ! -f "$plugin" ]; then echo "skipped: built without ATSCAN_WITH_CLANG"; exit 77; fi
doc=$src/docs/integrations/clang-plugin.md
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/certs" "$tmp/include/curl"
cp "$src/rules/profiles/aws-ats/Baltimore_CyberTrust_Root.pem" "$tmp/certs/legacy.pem"
cat >"$tmp/include/curl/curl.h" <<'H'
typedef void CURL;
typedef enum { CURLOPT_URL = 10002, CURLOPT_CAINFO = 10065 } CURLoption;
CURL *curl_easy_init(void);
int curl_easy_setopt(CURL *curl, CURLoption option, ...);
H
cat >"$tmp/client.cpp" <<'C'
#include <curl/curl.h>
void upload() {
  CURL *curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, "https://reports.s3.us-west-2.amazonaws.com/a.csv");
  curl_easy_setopt(curl, CURLOPT_CAINFO, "certs/legacy.pem");
}
C
cd "$tmp"
# The headers come through CPATH, so the documented command runs as written.
export ATSCAN_RULES=$src/rules CPATH=$tmp/include SOURCE_DATE_EPOCH=1780272000  # 2026-06-01

cmd=$(grep -m1 '^clang-19 -fplugin=' "$doc" | sed "s|/path/to/atscan-clang-plugin-19.so|$plugin|")
check '[ -n "$cmd" ]' "no clang-19 -fplugin command line in $doc"
out=$(bash -c "$cmd" 2>&1); rc=$?
check '[ $rc = 0 ] && [ -f client.o ]' "command line: the compile failed or left no object file (exit $rc): $out"
check 'grep -q "client.cpp:5:.*warning: .*\[ats-custom-ca-bundle\]" <<<"$out"' "command line: no ats-custom-ca-bundle warning: $out"

# The CMake snippet, with the plugin path of this build and a target named as in the snippet.
mkdir -p proj
cp client.cpp proj/
cp -r certs proj/
{
  printf 'cmake_minimum_required(VERSION 3.25)\nproject(demo CXX)\nadd_library(my_client STATIC client.cpp)\n'
  extract_block "$doc" "Run atscan on every C/C++ file of a target while it builds (Clang 19 only)." |
    sed "s|/opt/atscan/lib/atscan-clang-plugin-19.so|$plugin|"
} >proj/CMakeLists.txt
out=$(cmake -S proj -B proj/build -G Ninja -DCMAKE_CXX_COMPILER=clang++-19 2>&1 && cmake --build proj/build 2>&1); rc=$?
check '[ $rc = 0 ] && grep -q "warning: .*\[ats-custom-ca-bundle\]" <<<"$out"' "CMake snippet: no warning while building (exit $rc): $out"
out=$(cmake -S proj -B proj/build -DATSCAN_ENFORCE=ON 2>&1 && cmake --build proj/build --clean-first 2>&1); rc=$?
check '[ $rc != 0 ] && grep -q "error: .*\[ats-custom-ca-bundle\]" <<<"$out"' "CMake snippet with ATSCAN_ENFORCE=ON: the build did not fail on the finding (exit $rc): $out"
[ $status = 0 ] && echo "docs/integrations/clang-plugin.md examples pass"
exit $status
