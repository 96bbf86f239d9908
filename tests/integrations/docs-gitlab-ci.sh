#!/usr/bin/env bash
# Runs the scripts of the jobs in docs/integrations/gitlab-ci.md with GitLab's variables set.
set -uo pipefail
atscan=$(realpath "$1") src=$(realpath "$2")
. "$src/tests/integrations/lib/docs.sh"
doc=$src/docs/integrations/gitlab-ci.md
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export PATH="$(dirname "$atscan"):$PATH" ATSCAN_RULES=$src/rules NO_COLOR=1
make_fixture "$tmp/proj" "$src"
extract_block "$doc" .gitlab-ci.yml >"$tmp/ci.yml" || exit 1
extract_block "$doc" .gitlab-ci-sharded.yml >"$tmp/sharded.yml" || exit 1
cd "$tmp/proj"
export CI_MERGE_REQUEST_DIFF_BASE_SHA=$(git rev-parse main)

mapfile -t runs < <(yaml_runs "$tmp/ci.yml")
check '[ ${#runs[@]} = 2 ]' "expected 2 script lines, found ${#runs[@]}"
out=$(bash -c "${runs[0]}" 2>&1); rc=$?
check '[ $rc = 0 ]' "code quality step: exit $rc: $out"
check 'jq -e "type == \"array\" and length > 0 and (.[0] | has(\"fingerprint\") and has(\"location\"))" gl-code-quality-report.json >/dev/null' \
  "gl-code-quality-report.json is not a Code Quality report with issues"
check '! grep -q clean.py gl-code-quality-report.json' "diff-only report names an unchanged file"
out=$(bash -c "${runs[1]}" 2>&1); rc=$?
check '[ $rc = 1 ] && grep -q "app/upload.py:2:.*error" <<<"$out"' "job-log step: exit $rc, expected 1 with the finding: $out"

# An unknown base revision is a clear exit 2.
out=$(CI_MERGE_REQUEST_DIFF_BASE_SHA=0000000000000000000000000000000000000000 bash -c "${runs[1]}" 2>&1); rc=$?
check '[ $rc = 2 ] && grep -q "unknown revision" <<<"$out"' "unknown base: exit $rc: $out"

mapfile -t runs < <(yaml_runs "$tmp/sharded.yml")
for i in 1 2 3; do
  CI_NODE_INDEX=$i CI_NODE_TOTAL=3 bash -c "${runs[0]}" >/dev/null 2>&1
  check "[ -s atscan-$i.sarif ]" "parallel job $i wrote no SARIF"
done
[ $status = 0 ] && echo "docs gitlab-ci: ok"
exit $status
