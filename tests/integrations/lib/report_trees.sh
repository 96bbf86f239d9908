# Shared by the scripts that prove a mode never changes a report (result-cache.sh, scan-memo.sh,
# shard-merge.sh, tiered-triggers.sh): their set-up, the trees they compare on and the readers of --stats
# and SARIF. Sourced, not run:
#   . "$(dirname "$0")/lib/report_trees.sh"; report_script_init "$@"
# sets atscan and src (the script's two arguments, absolute), a scratch folder $tmp removed on exit, the
# checkout's rules and no colour, and status=0 (fail sets it to 1).

report_script_init() {
  set -euo pipefail
  atscan=$(realpath "$1") src=$(realpath "$2")
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  export ATSCAN_RULES=$src/rules NO_COLOR=1
  status=0
}

fail() { echo "FAIL: $*"; status=1; }
# The number of files parsed, from the --stats lines.
parsed() { sed -n 's/.*stats: files walked.*, parsed \([0-9]*\),.*/\1/p' "$1"; }

# Files with a warning or error notification (their results are not kept).
warned() {
  jq '[.runs[0].invocations[0].toolExecutionNotifications[] | select(.level != "note") | .locations[0].physicalLocation.artifactLocation.uri] | unique | length' "$1"
}
command -v jq >/dev/null || { echo "jq is not installed"; exit 1; }

# examples/, the fixtures and the multi-file flow cases, copied under $tmp/trees.
copy_report_trees() {
  mkdir -p "$tmp/trees"
  cp -r "$src/examples" "$tmp/trees/examples"
  cp -r "$src/tests/fixtures" "$tmp/trees/fixtures"
  for d in "$src"/tests/e2e/flow-*/; do cp -r "$d/tree" "$tmp/trees/$(basename "$d")"; done
}
