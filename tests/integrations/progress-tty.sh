#!/usr/bin/env bash
# The progress line on a real terminal: `script` gives atscan a pseudo-terminal; the line appears on it
# (ATSCAN_PROGRESS_DELAY_MS=0 instead of waiting a second, so the test never depends on the clock), is
# erased before the report ends, and never appears when stderr is not a terminal or with -q.
# Usage: progress-tty.sh ATSCAN_BINARY SOURCE_DIR
set -uo pipefail
atscan=$(realpath "$1") src=$(realpath "$2")
. "$src/tests/integrations/lib/docs.sh"
command -v script >/dev/null || { echo "skipped: no script(1)"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export ATSCAN_RULES=$src/rules NO_COLOR=1 ATSCAN_PROGRESS_DELAY_MS=0
cd "$src"
# --no-memo: a replayed scan of an unchanged tree (the suite's second run) reads no file and shows no progress.
scan="'$atscan' scan --now 2026-06-01 --fail-on never --no-memo -o '$tmp/report.txt' examples"

script -qec "$scan" "$tmp/tty.log" >/dev/null 2>&1
check 'grep -qaE "atscan: scanning [0-9]+/[0-9]+ files \([0-9]+%\)" "$tmp/tty.log"' "no progress line on a terminal: $(cat -v "$tmp/tty.log")"
check 'grep -qaF "$(printf "\r\033[K")" "$tmp/tty.log"' "the progress line is not erased: $(cat -v "$tmp/tty.log")"
check 'grep -q "error: .*\[ats-" "$tmp/report.txt"' "the report has no findings: $(cat "$tmp/report.txt")"

script -qec "$scan -q" "$tmp/quiet.log" >/dev/null 2>&1
check '! grep -qa "atscan: scanning" "$tmp/quiet.log"' "-q still shows the progress line: $(cat -v "$tmp/quiet.log")"

"$atscan" scan --now 2026-06-01 --fail-on never -o "$tmp/report2.txt" examples 2>"$tmp/pipe.err"
check '! grep -q "atscan: scanning" "$tmp/pipe.err"' "progress line written to a stderr that is not a terminal: $(cat -v "$tmp/pipe.err")"
[ $status = 0 ] && echo "progress-tty: ok"
exit $status
