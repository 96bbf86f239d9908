#!/usr/bin/env bash
# Runs one e2e case: `atscan $(cat cmd)` in the case folder; compares stdout with `expected` and the
# exit code with `exit` (default 0), and stderr with `expected-stderr` when that file exists. A `cwd`
# file names a subfolder of the case to run from (paths as typed from a subdirectory).
# ATSCAN_UPDATE=1 rewrites the expected files.
set -u
atscan=$1 case=$2
cd "$case" || exit 2
want_exit=0
[ -f exit ] && want_exit=$(cat exit)
run_dir=.
[ -f cwd ] && run_dir=$(cat cwd)
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
eval "set -- $(cat cmd)"
(cd "$run_dir" && "$atscan" "$@") >"$actual" 2>"$actual.err"
got=$?
if [ "${ATSCAN_UPDATE:-}" = 1 ]; then
  cp "$actual" expected
  [ "$got" = 0 ] && rm -f exit || echo "$got" >exit
  [ -f expected-stderr ] && cp "$actual.err" expected-stderr
  rm -f "$actual.err"
  exit 0
fi
status=0
if ! diff -u expected "$actual"; then echo "e2e: stdout differs from $case/expected"; status=1; fi
if [ -f expected-stderr ] && ! diff -u expected-stderr "$actual.err"; then echo "e2e: stderr differs from $case/expected-stderr"; status=1; fi
if [ "$got" != "$want_exit" ]; then echo "e2e: exit $got, expected $want_exit"; cat "$actual.err"; status=1; fi
rm -f "$actual.err"
exit $status
