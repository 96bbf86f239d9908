#!/usr/bin/env bash
# Runs the commands of docs/integrations/reviewdog.md with a stand-in `reviewdog` that validates its input
# (reviewdog itself is not packaged for Debian and needs a forge to post to).
set -uo pipefail
atscan=$(realpath "$1") src=$(realpath "$2")
. "$src/tests/integrations/lib/docs.sh"
doc=$src/docs/integrations/reviewdog.md
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin"
cat >"$tmp/bin/reviewdog" <<'SH'
#!/usr/bin/env bash
# Stand-in: keeps stdin and the -f format for the test to inspect.
fmt=""
for a in "$@"; do case $a in -f=*) fmt=${a#-f=} ;; esac; done
cat >"$REVIEWDOG_CAPTURE.$fmt"
SH
chmod +x "$tmp/bin/reviewdog"
export PATH="$tmp/bin:$(dirname "$atscan"):$PATH" ATSCAN_RULES=$src/rules NO_COLOR=1 REVIEWDOG_CAPTURE=$tmp/capture
make_fixture "$tmp/proj" "$src"
cd "$tmp/proj"

extract_block "$doc" "example: reviewdog" >"$tmp/rd.sh" || exit 1
bash "$tmp/rd.sh"
check '[ -s "$tmp/capture.rdjsonl" ]' "reviewdog got no rdjsonl input"
check 'jq -e -s "length > 0 and all(.[]; has(\"message\") and (.location.path | type == \"string\"))" "$tmp/capture.rdjsonl" >/dev/null' \
  "rdjsonl lines are not reviewdog diagnostics: $(head -c 400 "$tmp/capture.rdjsonl" 2>/dev/null)"
check 'grep -q "\"app/upload.py\"" "$tmp/capture.rdjsonl"' "rdjsonl does not name app/upload.py"

extract_block "$doc" "example: reviewdog-fix-diff" >"$tmp/fix.sh" || exit 1
before=$(cat certs/legacy-ca.pem)
bash "$tmp/fix.sh"
check '[ "$(cat certs/legacy-ca.pem)" = "$before" ]' "--fix-diff changed a file"
check 'grep -q "^+++ b/certs/legacy-ca.pem" "$tmp/capture.diff"' "no diff for the legacy bundle: $(cat "$tmp/capture.diff" 2>/dev/null)"
check 'git apply --check -p1 "$tmp/capture.diff"' "the fix diff does not apply with git apply"
atscan fix . 2>/dev/null
check 'grep -c "BEGIN CERTIFICATE" certs/legacy-ca.pem | grep -qx 6' "atscan fix did not append the five anchors"
atscan fix --fix-diff . >"$tmp/again.diff" 2>/dev/null
check '[ ! -s "$tmp/again.diff" ]' "a second fix is not a no-op: $(cat "$tmp/again.diff")"
[ $status = 0 ] && echo "docs reviewdog: ok"
exit $status
