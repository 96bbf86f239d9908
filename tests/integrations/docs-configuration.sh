#!/usr/bin/env bash
# Runs the examples of docs/configuration.md: the documented .atscan.yaml is valid for the JSON Schema,
# is found from a subfolder, changes what a scan reports, round-trips through `atscan config --dump`, and
# the documented error message for an unknown key is what atscan prints.
set -uo pipefail
atscan=$(realpath "$1") src=$(realpath "$2")
. "$src/tests/integrations/lib/docs.sh"
doc=$src/docs/configuration.md
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
to_json() { python3 -c 'import json,sys,yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))' "$1"; }

make_fixture "$tmp/proj" "$src"
cd "$tmp/proj"
mkdir -p src vendor
printf 'import requests\nrequests.get("https://example.com", verify=False)\n' >src/probe.py
cp src/probe.py vendor/lib.py
cp src/probe.py app/probe.py
extract_block "$doc" .atscan.yaml >.atscan.yaml || exit 1

# The documented file is valid for the schema.
to_json .atscan.yaml >"$tmp/doc.json"
check 'node "$src/tests/integrations/lib/validate-config.mjs" "$tmp/doc.json"' "documented .atscan.yaml does not validate against the schema"

# Found from a subfolder; vendor/ excluded; verification-disabled raised to error but only under src/.
out=$(cd app && "$atscan" scan --format jsonl .. 2>&1)
check 'grep -q "\"file\":\"../src/probe.py\"" <<<"$out"' "src/probe.py not reported with the config found upward: $out"
check '! grep -q "vendor/lib.py" <<<"$out"' "vendor/ not excluded: $out"
check '! grep -q "app/probe.py" <<<"$out"' "rule paths [src/] not honoured: $out"
check 'grep "src/probe.py" <<<"$out" | grep -q "\"severity\":\"error\""' "severity override not applied: $out"

# The dump is valid, and reads back to the same dump.
"$atscan" config --dump >"$tmp/dump1.yaml" 2>/dev/null
check '[ -s "$tmp/dump1.yaml" ]' "config --dump printed nothing"
to_json "$tmp/dump1.yaml" >"$tmp/dump1.json"
check 'node "$src/tests/integrations/lib/validate-config.mjs" "$tmp/dump1.json"' "the dump does not validate against the schema"
"$atscan" config --dump --config "$tmp/dump1.yaml" >"$tmp/dump2.yaml" 2>/dev/null
check 'cmp -s "$tmp/dump1.yaml" "$tmp/dump2.yaml"' "config --dump does not round-trip: $(diff "$tmp/dump1.yaml" "$tmp/dump2.yaml")"
out1=$("$atscan" scan --format jsonl . 2>/dev/null); out2=$("$atscan" scan --format jsonl --config "$tmp/dump1.yaml" . 2>/dev/null)
check '[ "$out1" = "$out2" ]' "a scan with the dumped config differs from one with the original"

# The documented error message.
want=$(grep -m1 "^atscan: error: config:" "$doc")
printf 'profile: aws-ats\n# a typo\nfail_on: warning\n' >.atscan.yaml
got=$("$atscan" scan . 2>&1 >/dev/null); rc=$?
check '[ $rc = 2 ]' "an unknown key did not exit 2 (got $rc)"
check '[ "$got" = "$want" ]' "error message differs from the docs: got '$got', documented '$want'"
[ $status = 0 ] && echo "docs configuration: ok"
exit $status
