#!/usr/bin/env bash
# The whole-scan memo never changes a report: a second scan of an unchanged tree replays the first
# one's outcome (byte-identical SARIF and text), and anything the outcome depends on (a walked file, even
# at the same size; a file added; a bundle outside the walk that code names; the clock passing a
# certificate's expiry) makes it scan again, with the report of an uncached scan.
# Usage: scan-memo.sh ATSCAN_BINARY SOURCE_DIR.
. "$(dirname "$0")/lib/report_trees.sh"
report_script_init "$@"
memo() { sed -n 's/.*stats: memo: //p' "$1"; }
errors() { jq '[.runs[0].results[] | select(.level == "error")] | length' "$1"; }

scan() {  # scan TREE OUT-PREFIX [options…]: the SARIF report and --stats
  local tree=$1 out=$2
  shift 2
  (cd "$tmp/trees/$tree" && "$atscan" scan . --fail-on never --format sarif -o "$out.sarif" --stats "$@" 2>"$out.err")
}
text() {  # text TREE OUT-PREFIX [options…]: the text report
  local tree=$1 out=$2
  shift 2
  (cd "$tmp/trees/$tree" && "$atscan" scan . --fail-on never "$@" >"$out.txt" 2>"$out.txt.err")
}
same() {  # same WHAT A B: the two files are identical
  cmp -s "$2" "$3" || { fail "$1"; diff "$2" "$3" | head -10; }
}

copy_report_trees
# A memo is not kept when a folder the scan reads outside the walked files changed within the last two
# seconds (scan_memo.h: a timestamp that coarse cannot tell two writes apart); fixtures name folders of
# their own tree (an Android config's res/raw), which the copy above just wrote. Once scans got fast
# enough to start within that window, the cold scan of the fixtures kept no memo.
sleep 2.1
for tree in $(ls "$tmp/trees"); do
  cache=$tmp/cache-$tree
  scan "$tree" "$tmp/$tree.none" --now 2026-06-01 --no-cache
  scan "$tree" "$tmp/$tree.cold" --now 2026-06-01 --cache-dir "$cache"
  scan "$tree" "$tmp/$tree.warm" --now 2026-06-01 --cache-dir "$cache"
  text "$tree" "$tmp/$tree.none" --now 2026-06-01 --no-cache
  text "$tree" "$tmp/$tree.warm" --now 2026-06-01 --cache-dir "$cache"
  same "$tree: the replayed SARIF differs from the uncached scan" "$tmp/$tree.none.sarif" "$tmp/$tree.warm.sarif"
  same "$tree: the replayed text report differs from the uncached scan" "$tmp/$tree.none.txt" "$tmp/$tree.warm.txt"
  memo "$tmp/$tree.cold.err" | grep -q "this outcome is kept" || fail "$tree: the cold scan kept no memo: $(memo "$tmp/$tree.cold.err")"
  memo "$tmp/$tree.warm.err" | grep -q "^replayed" || fail "$tree: the warm scan did not replay: $(memo "$tmp/$tree.warm.err")"
  [ "$(parsed "$tmp/$tree.warm.err")" = 0 ] || fail "$tree: a replayed scan parsed files"
done

# A tree whose only bundle is left out of the walk (.atscanignore) but named by the code.
mkdir -p "$tmp/trees/ignored-bundle/certs"
cat >"$tmp/trees/ignored-bundle/app.py" <<'PY'
import requests

def fetch():
    return requests.get("https://example-bucket.s3.amazonaws.com/data.json", verify="certs/ca.pem")
PY
printf 'certs/\n' >"$tmp/trees/ignored-bundle/.atscanignore"
cp "$src/tests/data/certs/legacy_only.pem" "$tmp/trees/ignored-bundle/certs/ca.pem"
cache=$tmp/cache-ignored
scan ignored-bundle "$tmp/ib.cold" --now 2026-06-01 --cache-dir "$cache"
[ "$(errors "$tmp/ib.cold.sarif")" -gt 0 ] || fail "ignored-bundle: a legacy-only bundle for S3 is not an error"
cp "$src/tests/data/certs/ats_anchors.pem" "$tmp/trees/ignored-bundle/certs/ca.pem"
scan ignored-bundle "$tmp/ib.warm" --now 2026-06-01 --cache-dir "$cache"
scan ignored-bundle "$tmp/ib.none" --now 2026-06-01 --no-cache
memo "$tmp/ib.warm.err" | grep -q "^not replayed: .*certs/ca.pem changed" || fail "ignored-bundle: a changed bundle outside the walk was replayed: $(memo "$tmp/ib.warm.err")"
same "ignored-bundle: after the bundle changed the report differs from an uncached scan" "$tmp/ib.none.sarif" "$tmp/ib.warm.sarif"
[ "$(errors "$tmp/ib.warm.sarif")" = 0 ] || fail "ignored-bundle: an ATS bundle is still an error"

# The clock: past the expiry of the Amazon roots (2038) the memo of 2026 does not hold.
scan ignored-bundle "$tmp/ib.late" --now 2040-01-01 --cache-dir "$cache"
memo "$tmp/ib.late.err" | grep -q "^not replayed: a certificate" || fail "ignored-bundle: a scan in 2040 replayed a memo of 2026: $(memo "$tmp/ib.late.err")"
scan ignored-bundle "$tmp/ib.late.none" --now 2040-01-01 --no-cache
same "ignored-bundle: the 2040 report differs from an uncached scan" "$tmp/ib.late.none.sarif" "$tmp/ib.late.sarif"

# A walked file changed at the same size, then a file added: scanned again, as without the cache.
tree=flow-python-modules
cache=$tmp/cache-$tree
edited=$(cd "$tmp/trees/$tree" && grep -rl "verify" --include=*.py . | head -1)
sed -i 's/verify/VERIFY/' "$tmp/trees/$tree/$edited"
scan "$tree" "$tmp/edit.warm" --now 2026-06-01 --cache-dir "$cache"
scan "$tree" "$tmp/edit.none" --now 2026-06-01 --no-cache
memo "$tmp/edit.warm.err" | grep -q "^not replayed: .* changed" || fail "$tree: an edit at the same size was replayed: $(memo "$tmp/edit.warm.err")"
same "$tree: after an edit the report differs from an uncached scan" "$tmp/edit.none.sarif" "$tmp/edit.warm.sarif"
printf 'x = 1\n' >"$tmp/trees/$tree/added.py"
scan "$tree" "$tmp/add.warm" --now 2026-06-01 --cache-dir "$cache"
memo "$tmp/add.warm.err" | grep -q "^not replayed: files were added" || fail "$tree: an added file was replayed: $(memo "$tmp/add.warm.err")"

# The report written into the tree (-o) is not scanned, so it does not stop the next replay.
cp -r "$src/examples" "$tmp/trees/with-report"
(cd "$tmp/trees/with-report" && "$atscan" scan . --now 2026-06-01 --fail-on never --format sarif -o report.sarif --cache-dir "$tmp/cache-report" 2>/dev/null)
(cd "$tmp/trees/with-report" && "$atscan" scan . --now 2026-06-01 --fail-on never --format sarif -o report.sarif --cache-dir "$tmp/cache-report" --stats 2>"$tmp/report.err")
memo "$tmp/report.err" | grep -q "^replayed" || fail "a report written into the tree stopped the replay: $(memo "$tmp/report.err")"
grep -q '"uri": *"report.sarif"' "$tmp/trees/with-report/report.sarif" && fail "the report scanned itself"

# --no-memo scans (from the per-file results) even when nothing changed.
scan "$tree" "$tmp/nomemo" --now 2026-06-01 --cache-dir "$cache" --no-memo
[ -z "$(memo "$tmp/nomemo.err")" ] || fail "--no-memo: the memo was consulted: $(memo "$tmp/nomemo.err")"
same "--no-memo: the report differs" "$tmp/add.warm.sarif" "$tmp/nomemo.sarif"

[ $status = 0 ] && echo "scan memo: unchanged trees replayed byte for byte; edits, added files, bundles outside the walk and the clock rescan"
exit $status
