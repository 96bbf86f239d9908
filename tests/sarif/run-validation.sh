#!/usr/bin/env bash
# ctest `sarif.schema`: validates against the official SARIF 2.1.0 schema the golden log of the unit
# tests, a live `atscan scan --format sarif` of examples/ (which must rank its rules with
# security-severity and link absolute help URIs), and `atscan merge` of the two (different roots:
# refused, then merged with --rebase-root).
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
if "$atscan" merge "$out/examples.sarif" "$here/golden.sarif" --output "$out/refused.sarif" 2>"$out/merge.err"; then
  echo "sarif.schema: runs with different %SRCROOT%s were merged without --rebase-root"; exit 1
fi
grep -q -- "--rebase-root" "$out/merge.err" || { echo "sarif.schema: the refusal does not say how to merge:"; cat "$out/merge.err"; exit 1; }
"$atscan" merge --rebase-root / "$out/examples.sarif" "$here/golden.sarif" --output "$out/merged.sarif"

# GitHub ranks alerts by security-severity; help links must be absolute URIs.
node -e '
const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const rules = log.runs[0].tool.driver.rules;
const bad = rules.filter(r => !/^[0-9]+(\.[0-9]+)?$/.test((r.properties || {})["security-severity"] || "") ||
                              !(r.properties.tags || []).includes("security") || !/^https:\/\//.test(r.helpUri || ""));
if (rules.length === 0 || bad.length) { console.error("sarif.schema: rules without security-severity/security tag/absolute helpUri:", bad.map(r => r.id)); process.exit(1); }
' "$out/examples.sarif"

node "$here/validate.mjs" "$here/golden.sarif" "$out/examples.sarif" "$out/merged.sarif"
