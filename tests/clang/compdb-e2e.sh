#!/usr/bin/env bash
# Runs an e2e case that needs a compilation database (absolute paths): copies the case to WORK, fills
# in its *.in files (@CASE_DIR@ = the copy, @HEADERS@ = the mock headers) and runs tests/e2e/run-case.sh
# on the copy. ATSCAN_UPDATE=1 copies `expected` and `exit` back to the source case.
#   compdb-e2e.sh ATSCAN CASE_DIR WORK_DIR HEADERS_DIR
set -euo pipefail
atscan=$1 case=$2 work=$3 headers=$4
here=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$work"
mkdir -p "$work"
cp -R "$case/." "$work/"
while IFS= read -r -d '' in; do
  sed -e "s|@CASE_DIR@|$work|g" -e "s|@HEADERS@|$headers|g" "$in" >"${in%.in}"
  rm "$in"
done < <(find "$work" -name '*.in' -print0)
status=0
bash "$here/e2e/run-case.sh" "$atscan" "$work" || status=$?
if [ "${ATSCAN_UPDATE:-}" = 1 ]; then
  cp "$work/expected" "$case/expected"
  if [ -f "$work/exit" ]; then cp "$work/exit" "$case/exit"; else rm -f "$case/exit"; fi
fi
exit $status
