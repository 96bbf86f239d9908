#!/usr/bin/env bash
# ctest `sarif.schema`: validates against the official SARIF 2.1.0 schema the golden log of the unit
# tests, a live `atscan scan --format sarif` of examples/, and `atscan merge` of the two.
# Usage: run-validation.sh ATSCAN_BINARY SOURCE_DIR
set -euo pipefail
atscan=$1 src=$2
here=$src/tests/sarif
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

command -v node >/dev/null || { echo "sarif.schema: node is not installed (run scripts/setup)"; exit 1; }

# Exit 1 only means "findings at or above --fail-on"; anything else is a failure of the scan.
rc=0
"$atscan" scan --format sarif --output "$out/examples.sarif" "$src/examples" || rc=$?
[ "$rc" -le 1 ] || { echo "sarif.schema: atscan scan exited $rc"; exit 1; }
"$atscan" merge "$out/examples.sarif" "$here/golden.sarif" --output "$out/merged.sarif"

node "$here/validate.mjs" "$here/golden.sarif" "$out/examples.sarif" "$out/merged.sarif"
