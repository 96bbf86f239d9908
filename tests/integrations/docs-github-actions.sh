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
# The action (action.yml): its documented use parses, its scan steps run with `docker run IMAGE` replaced by
# the binary (the step commands are taken from action.yml, inputs from the documented `with:`).
extract_block "$doc" .github/workflows/atscan-action.yml >"$tmp/action-wf.yml" || exit 1
python3 - "$src/action.yml" "$tmp/action-wf.yml" "$src/CMakeLists.txt" >"$tmp/action-steps.sh" <<'PY' || { echo "FAIL: action.yml"; status=1; }
import re, shlex, sys, yaml
action = yaml.safe_load(open(sys.argv[1]))
wf = yaml.safe_load(open(sys.argv[2]))
version = re.search(r"project\(atscan VERSION ([0-9.]+)", open(sys.argv[3]).read()).group(1)
use = [s for s in wf["jobs"]["atscan"]["steps"] if "atscan/atscan" in s.get("uses", "")][0]
assert use["uses"] == "atscan/atscan@v" + version, "documented action version %s is not v%s" % (use["uses"], version)
inputs = {k: str(v.get("default", "")) for k, v in action["inputs"].items()}
inputs.update({k: str(v) for k, v in use.get("with", {}).items()})
inputs["diff-base"] = "main"  # the pull request's base in the fixture
assert action["runs"]["using"] == "composite"
assert any("upload-sarif" in s.get("uses", "") for s in action["runs"]["steps"]), "no SARIF upload step"
for step in action["runs"]["steps"]:
    run = step.get("run", "")
    if "docker run" not in run:
        continue
    env = {k: re.sub(r"\$\{\{ inputs\.([a-z-]+) \}\}", lambda m: inputs[m.group(1)], str(v)) for k, v in step.get("env", {}).items()}
    exports = " ".join("%s=%s" % (k, shlex.quote(v)) for k, v in env.items())
    # docker run … IMAGE ARGS → atscan ARGS
    cmd = re.sub(r'^docker run .*?"atscan-action:[^"]*"\s*', "atscan ", run.strip())
    print("%s GITHUB_WORKSPACE=. bash -c %s" % (exports, shlex.quote(cmd)))
PY
mapfile -t steps <"$tmp/action-steps.sh"
check '[ ${#steps[@]} = 2 ]' "expected 2 docker run steps in action.yml, found ${#steps[@]}"
rm -f atscan.sarif
out=$(eval "${steps[0]}" 2>&1); rc=$?
check '[ $rc = 0 ] && jq -e "(.runs[0].results | length) > 0 and (.runs[0].tool.driver.rules[0].properties[\"security-severity\"] != null)" atscan.sarif >/dev/null' "action SARIF step: exit $rc: $out"
out=$(eval "${steps[1]}" 2>&1); rc=$?
check '[ $rc = 1 ] && grep -q "^::error file=app/upload.py,line=2" <<<"$out"' "action annotation step: exit $rc: $out"
check '! grep -q "clean.py" <<<"$out"' "action annotation step reported an unchanged file: $out"
[ $status = 0 ] && echo "docs github-actions: ok"
exit $status
