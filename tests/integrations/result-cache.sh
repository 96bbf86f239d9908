#!/usr/bin/env bash
# The result cache never changes a report: on examples/, the multi-file flow cases and the fixtures, a
# scan without the cache, a cold one and a warm one give byte-identical SARIF and text. A warm scan parses
# nothing it can take from the cache; after editing one file only that file is parsed again; a damaged
# entry is reported, ignored and rewritten. Every run uses a temporary cache folder (--cache-dir or
# XDG_CACHE_HOME), never ~/.cache. The runs pass --no-memo: this script tests the per-file results, which a
# replayed whole outcome would hide (scan-memo.sh tests the memo). Usage: result-cache.sh ATSCAN_BINARY SOURCE_DIR.
. "$(dirname "$0")/lib/report_trees.sh"
report_script_init "$@"
# The numbers of the --stats cache line (parsed(): lib/report_trees.sh).
from_cache() { sed -n 's/.*stats: cache .*: \([0-9]*\) files from cache.*/\1/p' "$1"; }
damaged() { sed -n 's/.*stored, \([0-9]*\) damaged entries.*/\1/p' "$1"; }
cheap() { sed -n 's/.*ignored, \([0-9]*\) files cheaper to scan again.*/\1/p' "$1"; }

copy_report_trees

scan() {  # scan TREE OUT-PREFIX [options…]: the SARIF report and --stats
  local tree=$1 out=$2
  shift 2
  (cd "$tmp/trees/$tree" && "$atscan" scan . --now 2026-06-01 --fail-on never --no-memo --format sarif -o "$out.sarif" --stats "$@" 2>"$out.err")
}
text() {  # text TREE OUT-PREFIX [options…]: the text report
  local tree=$1 out=$2
  shift 2
  (cd "$tmp/trees/$tree" && "$atscan" scan . --now 2026-06-01 --fail-on never --no-memo "$@" >"$out.txt" 2>"$out.txt.err")
}

for tree in $(ls "$tmp/trees"); do
  cache=$tmp/cache-$tree
  scan "$tree" "$tmp/$tree.none" --no-cache
  scan "$tree" "$tmp/$tree.cold" --cache-dir "$cache"
  scan "$tree" "$tmp/$tree.warm" --cache-dir "$cache"
  text "$tree" "$tmp/$tree.none" --no-cache
  text "$tree" "$tmp/$tree.warm" --cache-dir "$cache"
  for run in cold warm; do
    cmp -s "$tmp/$tree.none.sarif" "$tmp/$tree.$run.sarif" || { fail "$tree: $run SARIF differs from the uncached scan"; diff "$tmp/$tree.none.sarif" "$tmp/$tree.$run.sarif" | head -20; }
  done
  cmp -s "$tmp/$tree.none.txt" "$tmp/$tree.warm.txt" || fail "$tree: warm text report differs from the uncached scan"
  cold_parsed=$(parsed "$tmp/$tree.cold.err") warm_parsed=$(parsed "$tmp/$tree.warm.err") warm_hits=$(from_cache "$tmp/$tree.warm.err")
  [ "$(from_cache "$tmp/$tree.cold.err")" = 0 ] || fail "$tree: a cold cache served results"
  [ "$warm_hits" -gt 0 ] || fail "$tree: the warm scan took nothing from the cache"
  [ $((warm_parsed + warm_hits)) = "$cold_parsed" ] || fail "$tree: warm parsed $warm_parsed + $warm_hits from cache, cold parsed $cold_parsed"
  # Only files whose result depends on other files (Dockerfiles, Android configs), carries a warning
  # (a malformed file) or costs less to scan than to cache (READMEs, .env: counted by --stats) are parsed again.
  [ -n "$(cheap "$tmp/$tree.warm.err")" ] || fail "$tree: no 'cheaper to scan again' count in --stats"
  others=$(( $(find "$tmp/trees/$tree" -name 'Dockerfile*' -o -path '*/res/xml/*' | wc -l) + $(warned "$tmp/$tree.none.sarif") + $(cheap "$tmp/$tree.warm.err") ))
  [ "$warm_parsed" -le "$others" ] || fail "$tree: warm scan parsed $warm_parsed files"
done
grep -q "ats-" "$tmp/flow-python-modules.none.txt" || fail "flow-python-modules: the reference scan found nothing (test would prove nothing)"

# Editing one file re-parses that file only, and the report is that of an uncached scan of the edited tree.
tree=flow-c-macro-struct-three-files
edited=$(cd "$tmp/trees/$tree" && grep -rl "x509_crt_parse\|X509_STORE_add_cert" . | head -1)
[ -n "$edited" ] || fail "$tree: no file to edit"
printf '\n/* edited */\n' >>"$tmp/trees/$tree/$edited"
scan "$tree" "$tmp/edit.warm" --cache-dir "$tmp/cache-$tree"
scan "$tree" "$tmp/edit.none" --no-cache
[ "$(parsed "$tmp/edit.warm.err")" = 1 ] || fail "$tree: after editing $edited the scan parsed $(parsed "$tmp/edit.warm.err") files, not 1"
[ "$(from_cache "$tmp/edit.warm.err")" = $(( $(parsed "$tmp/edit.none.err") - 1 )) ] || fail "$tree: the other files were not taken from the cache"
cmp -s "$tmp/edit.none.sarif" "$tmp/edit.warm.sarif" || fail "$tree: after an edit the cached SARIF differs from the uncached one"

# A damaged entry (truncated, or bytes changed) is ignored with a note and recomputed; the findings stay.
tree=flow-python-modules
cache=$tmp/cache-$tree
damage() {
  local entries first second
  entries=$(find "$cache" -type f | sort)
  first=$(echo "$entries" | head -1) second=$(echo "$entries" | sed -n 2p)
  head -c 40 "$first" >"$first.cut" && mv "$first.cut" "$first"
  printf 'X' | dd of="$second" bs=1 seek=$(( $(stat -c %s "$second") - 3 )) conv=notrunc 2>/dev/null
}
damage
text "$tree" "$tmp/bad" --cache-dir "$cache"
grep -q "damaged entry" "$tmp/bad.txt.err" || fail "$tree: no note about the damaged entry on stderr: $(cat "$tmp/bad.txt.err")"
cmp -s "$tmp/$tree.none.txt" "$tmp/bad.txt" || fail "$tree: a damaged entry changed the findings"
damage
scan "$tree" "$tmp/bad" --cache-dir "$cache"
[ "$(damaged "$tmp/bad.err")" = 2 ] || fail "$tree: 2 damaged entries, $(damaged "$tmp/bad.err") noticed"
scan "$tree" "$tmp/again" --cache-dir "$cache"
[ "$(damaged "$tmp/again.err")" = 0 ] && [ "$(parsed "$tmp/again.err")" = 0 ] || fail "$tree: damaged entries were not rewritten"
cmp -s "$tmp/$tree.none.sarif" "$tmp/again.sarif" || fail "$tree: SARIF after rewriting damaged entries differs"

# The default folder is $XDG_CACHE_HOME/atscan; --no-cache writes nothing.
(cd "$tmp/trees/$tree" && XDG_CACHE_HOME=$tmp/xdg "$atscan" scan . --now 2026-06-01 --fail-on never --no-cache >/dev/null 2>&1)
[ ! -e "$tmp/xdg/atscan" ] || fail "--no-cache created the cache folder"
(cd "$tmp/trees/$tree" && XDG_CACHE_HOME=$tmp/xdg "$atscan" scan . --now 2026-06-01 --fail-on never >/dev/null 2>&1)
[ -n "$(find "$tmp/xdg/atscan" -type f 2>/dev/null)" ] || fail "no entries under \$XDG_CACHE_HOME/atscan"
[ "$(stat -c %a "$tmp/xdg/atscan")" = 700 ] || fail "the cache folder is not private (mode $(stat -c %a "$tmp/xdg/atscan"))"

[ $status = 0 ] && echo "result cache: reports identical with and without the cache; edits and damaged entries handled"
exit $status
