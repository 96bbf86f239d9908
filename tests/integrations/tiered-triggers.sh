#!/usr/bin/env bash
# The tiered triggers never change the findings: the catalog narrows weak words (verify, ca:, cacert,
# pinning, authmode, mii) to the forms TLS code writes, and `scan --no-tiered-triggers` admits files by the
# plain words again. On examples/, the multi-file flow cases and the fixtures both give the same SARIF
# results (code flows included); only notifications about the extra files parsed (syntax errors) may
# differ. A file that holds a weak word only in prose is parsed with the switch and not without it, and a
# stored whole-scan memo is not replayed across the switch. Usage: tiered-triggers.sh ATSCAN_BINARY SOURCE_DIR.
. "$(dirname "$0")/lib/report_trees.sh"
report_script_init "$@"

copy_report_trees

scan() {  # scan TREE OUT-PREFIX [options…]: the SARIF report and --stats
  local tree=$1 out=$2
  shift 2
  (cd "$tmp/trees/$tree" && "$atscan" scan . --now 2026-06-01 --fail-on never --format sarif -o "$out.sarif" --stats "$@" 2>"$out.err")
}
results() { jq -S '.runs[0].results' "$1"; }

found=0
for tree in $(ls "$tmp/trees"); do
  scan "$tree" "$tmp/$tree.tiered" --no-cache
  scan "$tree" "$tmp/$tree.plain" --no-cache --no-tiered-triggers
  cmp -s <(results "$tmp/$tree.tiered.sarif") <(results "$tmp/$tree.plain.sarif") ||
    { fail "$tree: the findings differ with --no-tiered-triggers"; diff <(results "$tmp/$tree.tiered.sarif") <(results "$tmp/$tree.plain.sarif") | head -20; }
  [ "$(parsed "$tmp/$tree.plain.err")" -ge "$(parsed "$tmp/$tree.tiered.err")" ] ||
    fail "$tree: --no-tiered-triggers parsed fewer files ($(parsed "$tmp/$tree.plain.err") < $(parsed "$tmp/$tree.tiered.err"))"
  found=$((found + $(jq '.runs[0].results | length' "$tmp/$tree.tiered.sarif")))
done
[ "$found" -gt 100 ] || fail "only $found findings on the report trees (the comparison would prove little)"

# Weak words in prose and in names that are not TLS: parsed only with the switch. Beside them a file with
# a strong trigger, parsed either way.
mkdir -p "$tmp/trees/weak"
cat >"$tmp/trees/weak/queue.c" <<'EOF'
/* Verify that the queue is empty before the driver is stopped (see the CA manual). */
struct regs { unsigned FPCA:1; };
int atcacert_read(void);  /* CryptoAuthLib, not a trust store */
/* spinning until the RMII link is up; version pinning of the toolchain */
EOF
cat >"$tmp/trees/weak/client.py" <<'EOF'
import requests
requests.get("https://example.com", verify=False)
EOF
scan weak "$tmp/weak.tiered" --no-cache
scan weak "$tmp/weak.plain" --no-cache --no-tiered-triggers
[ "$(parsed "$tmp/weak.tiered.err")" = 1 ] || fail "weak: the tiered triggers parsed $(parsed "$tmp/weak.tiered.err") files, not 1 (client.py)"
[ "$(parsed "$tmp/weak.plain.err")" = 2 ] || fail "weak: --no-tiered-triggers parsed $(parsed "$tmp/weak.plain.err") files, not 2"
[ "$(jq '[.runs[0].results[] | select(.ruleId == "ats-verification-disabled" and .level == "warning")] | length' "$tmp/weak.tiered.sarif")" = 1 ] ||
  fail "weak: client.py's verify=False is not one ats-verification-disabled warning"
cmp -s <(results "$tmp/weak.tiered.sarif") <(results "$tmp/weak.plain.sarif") || fail "weak: the findings differ with --no-tiered-triggers"

# With the cache, the memo of a tiered scan is not replayed for a scan with the switch (it reads other files).
scan weak "$tmp/memo.first" --cache-dir "$tmp/cache"
scan weak "$tmp/memo.replay" --cache-dir "$tmp/cache"
scan weak "$tmp/memo.plain" --cache-dir "$tmp/cache" --no-tiered-triggers
[ "$(parsed "$tmp/memo.replay.err")" = 0 ] || fail "memo: an unchanged tree was parsed again ($(parsed "$tmp/memo.replay.err") files)"
[ "$(parsed "$tmp/memo.plain.err")" = 1 ] || fail "memo: --no-tiered-triggers parsed $(parsed "$tmp/memo.plain.err") files, not queue.c alone"

[ $status = 0 ] && echo "tiered triggers: the same findings with and without them on the report trees ($found findings)"
exit $status
