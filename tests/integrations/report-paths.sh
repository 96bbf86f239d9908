#!/usr/bin/env bash
# Paths in every format, run from the repository top and from a subfolder: text shows them as typed,
# SARIF/rdjsonl/GitLab are relative to --root (default: the current directory) and `fix --fix-diff`
# output applies with `git apply` where atscan ran.
set -uo pipefail
atscan=$(realpath "$1") src=$(realpath "$2")
. "$src/tests/integrations/lib/docs.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@t GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@t
make_fixture "$tmp/proj" "$src"
cd "$tmp/proj"
git add -A && git commit -q -m fixture

# Text: as typed, from the top and from a subfolder.
out=$("$atscan" scan . 2>/dev/null)
check 'grep -q "^app/upload.py:2:[0-9]*: error:" <<<"$out"' "text from the top: $out"
out=$(cd app && "$atscan" scan . ../certs 2>/dev/null)
check 'grep -q "^upload.py:2:[0-9]*: error:" <<<"$out" && grep -q "^../certs/legacy-ca.pem:1:1: error:" <<<"$out"' "text from app/: $out"
out=$(cd app && "$atscan" scan "$tmp/proj/app" 2>/dev/null)
check 'grep -q "^$tmp/proj/app/upload.py:2:" <<<"$out"' "an absolute argument is shown absolute: $out"

# SARIF: %SRCROOT% is --root (default: here); artifact URIs relative to it.
sarif=$(cd app && "$atscan" scan --format sarif --root .. .. 2>/dev/null)
check '[ "$(jq -r ".runs[0].originalUriBaseIds[\"%SRCROOT%\"].uri" <<<"$sarif")" = "file://$tmp/proj/" ]' "SRCROOT is not --root"
uris=$(jq -r '[.runs[0].results[].locations[0].physicalLocation.artifactLocation | .uriBaseId + ":" + .uri] | unique | join(" ")' <<<"$sarif")
# app/clean.py: its S3 client is a note of the endpoint inventory (ats-s3-endpoint).
check '[ "$uris" = "%SRCROOT%:app/clean.py %SRCROOT%:app/upload.py %SRCROOT%:certs/legacy-ca.pem" ]' "SARIF URIs with --root ..: $uris"
sarif=$("$atscan" scan --format sarif . 2>/dev/null)
check '[ "$(jq -r ".runs[0].originalUriBaseIds[\"%SRCROOT%\"].uri" <<<"$sarif")" = "file://$tmp/proj/" ]' "SRCROOT is not the current directory"
sev=$(jq -r '[.runs[0].tool.driver.rules[].properties["security-severity"]] | map(select(. != null)) | length' <<<"$sarif")
check '[ "$sev" -ge 7 ]' "rules without security-severity: $sev"
help=$(jq -r '.runs[0].tool.driver.rules[0].helpUri' <<<"$sarif")
check '[[ "$help" == https://*/docs/rules/ats-*.md ]]' "helpUri not absolute: $help"
help=$("$atscan" scan --format sarif --docs-url https://docs.example.org/atscan . 2>/dev/null | jq -r '.runs[0].tool.driver.rules[0].helpUri')
check '[[ "$help" == https://docs.example.org/atscan/docs/rules/ats-*.md ]]' "--docs-url not used: $help"

# rdjsonl and GitLab: relative to the current directory (where reviewdog and GitLab run).
rd=$(cd app && "$atscan" scan --format rdjsonl --root .. .. 2>/dev/null | jq -r .location.path | sort -u | tr '\n' ' ')
check '[ "$rd" = "app/clean.py app/upload.py certs/legacy-ca.pem " ]' "rdjsonl paths: $rd"
url=$("$atscan" scan --format rdjsonl . 2>/dev/null | jq -r .code.url | head -1)
check '[[ "$url" == https://* ]]' "rdjsonl code.url not absolute: $url"
gl=$("$atscan" scan --format gitlab . 2>/dev/null | jq -r '.[].location.path' | sort -u | tr '\n' ' ')
check '[ "$gl" = "app/clean.py app/upload.py certs/legacy-ca.pem " ]' "GitLab paths: $gl"

# fix --fix-diff applies with git apply where it ran: at the top, and in a subfolder.
"$atscan" fix --fix-diff . >"$tmp/top.diff" 2>/dev/null
check 'git apply --check "$tmp/top.diff"' "the diff made at the top does not apply there: $(head -3 "$tmp/top.diff")"
(cd certs && "$atscan" fix --fix-diff . >"$tmp/sub.diff" 2>/dev/null)
check 'head -1 "$tmp/sub.diff" | grep -q "^--- a/legacy-ca.pem$"' "diff in certs/ is not relative to it: $(head -2 "$tmp/sub.diff")"
check '(cd certs && git apply "$tmp/sub.diff")' "the diff made in certs/ does not apply there"
check 'grep -q "Amazon Root CA 1" certs/legacy-ca.pem' "git apply in certs/ did not change the bundle"
git checkout -q -- certs
(cd app && "$atscan" fix --fix-diff --root .. .. >"$tmp/root.diff" 2>/dev/null)
check 'git apply --check "$tmp/root.diff"' "the diff made with --root .. does not apply at the top"
[ $status = 0 ] && echo "report paths: ok"
exit $status
