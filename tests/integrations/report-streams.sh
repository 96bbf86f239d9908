#!/usr/bin/env bash
# --output to a stream (/dev/null, a FIFO, /dev/stdout) is written in place, as a shell redirect would;
# a target that cannot be written is refused before the scan, with exit code 2.
set -uo pipefail
atscan=$(realpath "$1") src=$(realpath "$2")
. "$src/tests/integrations/lib/docs.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
make_fixture "$tmp/proj" "$src"
cd "$tmp/proj"

# /dev/null: the scan's own exit code (1: an error-level finding), no complaint, still a device.
"$atscan" scan . --format sarif -o /dev/null 2>"$tmp/err"
rc=$?
check '[ $rc = 1 ]' "-o /dev/null: exit $rc, expected 1 (findings): $(cat "$tmp/err")"
check '! grep -q "cannot write" "$tmp/err"' "-o /dev/null refused: $(cat "$tmp/err")"
check '[ -c /dev/null ]' "/dev/null is no longer a character device"

# A FIFO (as `-o >(jq …)` gives): the reader gets the whole report; the FIFO stays a FIFO.
mkfifo "$tmp/fifo"
cat "$tmp/fifo" >"$tmp/from-fifo" &
reader=$!
"$atscan" scan . --format sarif -o "$tmp/fifo" 2>"$tmp/err"
rc=$?
# A binary that refused the FIFO never opened it: end the waiting reader (bounded, should it be racing).
kill -0 $reader 2>/dev/null && timeout 5 bash -c ': >"$1"' _ "$tmp/fifo"
wait $reader
check '[ $rc = 1 ]' "-o FIFO: exit $rc, expected 1: $(cat "$tmp/err")"
levels=$(jq -r '[.runs[0].results[] | select(.locations[0].physicalLocation.artifactLocation.uri == "app/upload.py") | .level] | unique | join(",")' "$tmp/from-fifo")
check '[ "$levels" = "error,note" ]' "the report read from the FIFO: levels of app/upload.py '$levels'"
check '[ -p "$tmp/fifo" ]' "the FIFO was replaced by a file"

# /dev/stdout is a link to the process's stdout: the report arrives there.
out=$("$atscan" scan . --format sarif -o /dev/stdout 2>/dev/null)
check '[ "$(jq -r ".runs[0].results | length" <<<"$out")" -ge 1 ]' "-o /dev/stdout gave no SARIF results"

# Refused before the scan: no stats (the scan did not run), exit 2, the reason named.
"$atscan" scan . --stats -o "$tmp/missing/report.sarif" 2>"$tmp/err"
rc=$?
check '[ $rc = 2 ]' "-o into a missing folder: exit $rc, expected 2"
check 'grep -q "no such folder" "$tmp/err"' "-o into a missing folder: $(cat "$tmp/err")"
check '! grep -q "stats:" "$tmp/err"' "the scan ran before the output was refused: $(cat "$tmp/err")"

# A link to a regular file is still refused, and the file it points to is untouched.
printf 'precious\n' >"$tmp/victim"
ln -s "$tmp/victim" "$tmp/report.sarif"
"$atscan" scan . -o "$tmp/report.sarif" 2>"$tmp/err"
rc=$?
check '[ $rc = 2 ] && grep -q "is a symlink" "$tmp/err"' "-o through a link to a file: exit $rc: $(cat "$tmp/err")"
check '[ "$(cat "$tmp/victim")" = precious ]' "the linked file was written"

[ $status = 0 ] && echo "report streams: ok"
exit $status
