#!/usr/bin/env bash
# Shards keep flows: `scan --shard 1/2` + `scan --shard 2/2` + `atscan merge` gives byte for byte the
# SARIF of one unsharded scan on examples/, the multi-file flow cases (whose findings need files of both
# shards) and the fixtures; the merge parses nothing the shards parsed. With a shard missing the merge
# scans its files itself and the report is still the same; shards of different commands are refused.
# Usage: shard-merge.sh ATSCAN_BINARY SOURCE_DIR. No cache is used (--no-cache), so every file a shard
# did not cover must be parsed by the merge, which --stats shows.
. "$(dirname "$0")/lib/report_trees.sh"
report_script_init "$@"
export XDG_CACHE_HOME=$tmp/xdg

copy_report_trees
common=(--now 2026-06-01 --fail-on never --no-cache --format sarif)

for tree in $(ls "$tmp/trees"); do
  cd "$tmp/trees/$tree"
  out=$tmp/$tree
  "$atscan" scan . "${common[@]}" -o "$out.one.sarif" --stats 2>"$out.one.err"
  "$atscan" scan . "${common[@]}" --shard 1/2 -o "$out.s1.sarif" 2>/dev/null
  "$atscan" scan . "${common[@]}" --shard 2/2 -o "$out.s2.sarif" 2>/dev/null
  "$atscan" merge "$out.s2.sarif" "$out.s1.sarif" --no-cache --stats -o "$out.merged.sarif" 2>"$out.merge.err" || fail "$tree: merge failed: $(cat "$out.merge.err")"
  cmp -s "$out.one.sarif" "$out.merged.sarif" || { fail "$tree: merged SARIF differs from one scan"; diff "$out.one.sarif" "$out.merged.sarif" | head -20; }
  grep -q atscanShard "$out.merged.sarif" && fail "$tree: the merged log still carries shard results"
  grep -q atscanShard "$out.s1.sarif" || fail "$tree: a shard's log carries no results"
  # The front-ends ran in the shards, not in the merge (files that read other files are the exception).
  merge_parsed=$(parsed "$out.merge.err")
  others=$(( $(find . -name 'Dockerfile*' -o -path '*/res/xml/*' | wc -l) + $(warned "$out.one.sarif") ))
  [ "$merge_parsed" -le "$others" ] || fail "$tree: the merge parsed $merge_parsed files"
  [ "$merge_parsed" -lt "$(parsed "$out.one.err")" ] || fail "$tree: the merge parsed as much as one scan ($merge_parsed)"
done

# The findings that need both shards are there: a flow case with an error in one scan has it merged too.
grep -q '"level": "error"' "$tmp/flow-c-macro-struct-three-files.merged.sarif" || fail "flow-c-macro-struct-three-files: no error in the merged log"

# A missing shard: its files are scanned by the merge; same report.
cd "$tmp/trees/flow-python-modules"
out=$tmp/flow-python-modules
"$atscan" scan . "${common[@]}" --shard 1/3 -o "$out.t1.sarif" 2>/dev/null
"$atscan" scan . "${common[@]}" --shard 3/3 -o "$out.t3.sarif" 2>/dev/null
"$atscan" merge "$out.t1.sarif" "$out.t3.sarif" --no-cache -o "$out.t.sarif" 2>"$out.t.err" || fail "merge with a missing shard failed"
grep -q "shard 2/3 was not given" "$out.t.err" || fail "the missing shard was not named: $(cat "$out.t.err")"
cmp -s "$out.one.sarif" "$out.t.sarif" || fail "merge with a missing shard differs from one scan"

# Shards of different commands, or a mix with plain SARIF, are refused (exit 2) with the file named.
"$atscan" scan . "${common[@]}" --shard 2/2 --exclude '*.md' -o "$out.other.sarif" 2>/dev/null
set +e
"$atscan" merge "$out.s1.sarif" "$out.other.sarif" -o "$tmp/x.sarif" 2>"$tmp/x.err"; rc=$?
set -e
[ $rc = 2 ] && grep -q "other.sarif: scanned with other options" "$tmp/x.err" || fail "shards of different commands: exit $rc, $(cat "$tmp/x.err")"
set +e
"$atscan" merge "$out.s1.sarif" "$out.one.sarif" -o "$tmp/x.sarif" 2>"$tmp/x.err"; rc=$?
set -e
[ $rc = 2 ] && grep -q "carries no shard results" "$tmp/x.err" || fail "shard mixed with a plain log: exit $rc, $(cat "$tmp/x.err")"

[ $status = 0 ] && echo "shard merge: sharded scans merged equal one scan"
exit $status
