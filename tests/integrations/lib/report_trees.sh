# Shared by result-cache.sh and shard-merge.sh (both prove a mode never changes a report): the trees they
# compare on and the readers of --stats and SARIF. Sourced, not run; needs $src and $tmp.

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
