#!/usr/bin/env bash
# `atscan fix` repairs with the anchors of the selected profile: a bundle holding only DigiCert Global
# Root CA (G1) is rejected under digicert-g1-distrust, fixed with G2/G3 (never the Amazon anchors),
# and then accepted under that profile.
set -euo pipefail
atscan=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/tree/certs"
cp "$src/rules/profiles/digicert-g1-distrust/DigiCert_Global_Root_CA.pem" "$tmp/tree/certs/g1-only.pem"
cd "$tmp"
profile=(--profile digicert-g1-distrust)

before=$("$atscan" cert "${profile[@]}" --system-roots none tree/certs/g1-only.pem || true)
grep -q 'REJECTS' <<<"$before" || { echo "before the fix the G1-only bundle should REJECT:"; echo "$before"; exit 1; }
scan=$("$atscan" scan "${profile[@]}" tree --fail-on never)
grep -q 'certs/g1-only.pem:1:1: warning: .*REJECTS' <<<"$scan" || { echo "the scan should warn about the bundle:"; echo "$scan"; exit 1; }

"$atscan" fix "${profile[@]}" tree 2>"$tmp/fix.err" || { cat "$tmp/fix.err"; exit 1; }
grep -q 'fixed: append the digicert-g1-distrust anchors to this bundle: DigiCert Global Root G2, DigiCert Global Root G3' "$tmp/fix.err" ||
  { echo "unexpected fix output:"; cat "$tmp/fix.err"; exit 1; }
if grep -q 'Amazon' tree/certs/g1-only.pem; then echo "the digicert fix appended Amazon anchors"; exit 1; fi

after=$("$atscan" cert "${profile[@]}" --system-roots none tree/certs/g1-only.pem)
grep -q 'ACCEPTS (DigiCert Global Root G2, DigiCert Global Root G3)' <<<"$after" ||
  { echo "after the fix the bundle should ACCEPT under digicert-g1-distrust:"; echo "$after"; exit 1; }
rescan=$("$atscan" scan "${profile[@]}" tree --fail-on warning)
grep -q 'warning\|error' <<<"$rescan" && { echo "the fixed bundle still has findings above note:"; echo "$rescan"; exit 1; }

# A second fix changes nothing.
cp tree/certs/g1-only.pem once.pem
"$atscan" fix "${profile[@]}" tree 2>/dev/null
cmp -s once.pem tree/certs/g1-only.pem || { echo "a second fix changed the bundle"; exit 1; }
echo "fix --profile digicert-g1-distrust: G1-only bundle REJECTS, fixed with G2/G3, then ACCEPTS"
