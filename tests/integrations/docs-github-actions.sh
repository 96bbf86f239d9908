#!/usr/bin/env bash
# Runs the atscan steps of the workflows in docs/integrations/github-actions.md in a fixture repository.
set -uo pipefail
atscan=$(realpath "$1") src=$(realpath "$2")
. "$src/tests/integrations/lib/docs.sh"
doc=$src/docs/integrations/github-actions.md
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export PATH="$(dirname "$atscan"):$PATH" ATSCAN_RULES=$src/rules NO_COLOR=1 GITHUB_BASE_REF=main
make_fixture "$tmp/proj" "$src"
extract_block "$doc" .github/workflows/atscan.yml >"$tmp/wf.yml" || exit 1
extract_block "$doc" .github/workflows/atscan-sharded.yml >"$tmp/sharded.yml" || exit 1
cd "$tmp/proj"

mapfile -t runs < <(yaml_runs "$tmp/wf.yml")
check '[ ${#runs[@]} = 2 ]' "expected 2 atscan steps in atscan.yml, found ${#runs[@]}"
# Step 1: annotations, diff-only against the base branch.
out=$(bash -c "${runs[0]}" 2>&1); rc=$?
check '[ $rc = 1 ]' "annotation step: exit $rc, expected 1: $out"
check 'grep -q "^::error file=app/upload.py,line=2" <<<"$out"' "no ::error annotation for app/upload.py:2: $out"
check '! grep -q "clean.py" <<<"$out"' "diff-only step reported an unchanged file: $out"
# Step 2: SARIF for upload.
out=$(bash -c "${runs[1]}" 2>&1); rc=$?
check '[ $rc = 0 ]' "SARIF step: exit $rc: $out"
check 'jq -e ".version == \"2.1.0\" and (.runs[0].results | length) > 0" atscan.sarif >/dev/null' "atscan.sarif is not a SARIF log with results"

# The sharded workflow: every matrix value, then the union equals the unsharded scan.
mapfile -t runs < <(yaml_runs "$tmp/sharded.yml")
for i in 1 2 3; do
  cmd=${runs[0]//'${{ matrix.shard }}'/$i}
  bash -c "$cmd" >/dev/null 2>&1
  check "[ -s atscan-$i.sarif ]" "shard $i wrote no SARIF"
done
all=$(jq -r '.runs[0].results[] | .partialFingerprints["atscan/v1"]' atscan-1.sarif atscan-2.sarif atscan-3.sarif | sort)
want=$(jq -r '.runs[0].results[] | .partialFingerprints["atscan/v1"]' atscan.sarif | sort)
check '[ -n "$want" ] && [ "$all" = "$want" ]' "the shards' results differ from the full scan"
[ $status = 0 ] && echo "docs github-actions: ok"
exit $status
