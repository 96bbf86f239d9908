#!/usr/bin/env bash
# Runs the examples of docs/integrations/clang-tidy.md: the clang-tidy command line and the example
# .clang-tidy, with the module built next to atscan, on a small client that pins S3 to a legacy bundle.
set -uo pipefail
atscan=$(realpath "$1") src=$(realpath "$2")
. "$src/tests/integrations/lib/docs.sh"
module=$(realpath "$(dirname "$atscan")/../clang-plugin/atscan-tidy-19.so" 2>/dev/null)
if [ ! -f "$module" ]; then echo "skipped: built without ATSCAN_WITH_CLANG"; exit 77; fi
doc=$src/docs/integrations/clang-tidy.md
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/src" "$tmp/build" "$tmp/certs" "$tmp/include/curl"
cp "$src/rules/profiles/aws-ats/Baltimore_CyberTrust_Root.pem" "$tmp/certs/legacy.pem"
cat >"$tmp/include/curl/curl.h" <<'H'
typedef void CURL;
typedef enum { CURLOPT_URL = 10002, CURLOPT_CAINFO = 10065 } CURLoption;
CURL *curl_easy_init(void);
int curl_easy_setopt(CURL *curl, CURLoption option, ...);
H
cat >"$tmp/src/client.cpp" <<'C'
#include <curl/curl.h>
void upload() {
  CURL *curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, "https://reports.s3.us-west-2.amazonaws.com/a.csv");
  curl_easy_setopt(curl, CURLOPT_CAINFO, "certs/legacy.pem");
}
C
printf '[{"directory":"%s","file":"src/client.cpp","command":"clang++-19 -std=c++17 -I%s/include -c src/client.cpp"}]\n' \
  "$tmp" "$tmp" >"$tmp/build/compile_commands.json"
cd "$tmp"
export ATSCAN_RULES=$src/rules

cmd=$(extract_block "$doc" clang-tidy | grep -v '^#' | sed "s|/path/to/atscan-tidy-19.so|$module|")
out=$(bash -c "$cmd" 2>&1)
check 'grep -q "src/client.cpp:5:.*\[ats-custom-ca-bundle\]" <<<"$out"' "command line: no ats-custom-ca-bundle finding: $out"
check 'grep -q "Baltimore" <<<"$out"' "command line: the verdict does not name the legacy root: $out"

extract_block "$doc" .clang-tidy | sed "s|RulesDir: .*|RulesDir: $src/rules|" >.clang-tidy
out=$(clang-tidy-19 --load="$module" -p build/ src/client.cpp 2>&1); rc=$?
check '[ $rc != 0 ] && grep -q "error: .*\[ats-custom-ca-bundle" <<<"$out"' \
  ".clang-tidy example: expected an ats-custom-ca-bundle error (WarningsAsErrors), exit $rc: $out"
listed=$(clang-tidy-19 --load="$module" --list-checks 2>&1)
check 'grep -q "ats-verification-disabled" <<<"$listed"' ".clang-tidy example: the module's checks are not listed: $listed"
[ $status = 0 ] && echo "docs/integrations/clang-tidy.md examples pass"
exit $status
