#!/usr/bin/env bash
# The `atscan-build` hook (language: script) through the real pre-commit, with no atscan on PATH: the first
# run builds atscan from the hook's checkout in pre-commit's cache and blocks a breaking commit, the second
# reuses that build. Slow (a cold Release build of atscan), so it runs only with ATSCAN_SLOW_TESTS=1;
# otherwise it is skipped (exit 77). Usage: pre-commit-build.sh ATSCAN_BINARY SOURCE_DIR
set -uo pipefail
[ "${ATSCAN_SLOW_TESTS:-}" = 1 ] || { echo "skipped: set ATSCAN_SLOW_TESTS=1 (builds atscan from scratch)"; exit 77; }
src=$(realpath "$2")
. "$src/tests/integrations/lib/docs.sh"
command -v pre-commit >/dev/null || { echo "pre-commit is not installed"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export PRE_COMMIT_HOME=$tmp/cache NO_COLOR=1 PATH=/usr/local/bin:/usr/bin:/bin
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@t GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@t
unset ATSCAN_RULES
command -v atscan >/dev/null && { echo "atscan is on PATH: this test needs a PATH without it"; exit 1; }
make_fixture "$tmp/proj" "$src"
cd "$tmp/proj"
# The documented example, with `repo` pointed at this checkout (no network) and `rev` at its commit.
extract_block "$src/docs/integrations/pre-commit.md" ".pre-commit-config.yaml (atscan-build)" >.pre-commit-config.yaml || exit 1
check 'grep -q "id: atscan-build" .pre-commit-config.yaml' "the documented example does not use atscan-build"
sed -i "s|repo: .*|repo: $src|; s|rev: .*|rev: $(git -C "$src" rev-parse HEAD)|" .pre-commit-config.yaml
git add app/upload.py
start=$(date +%s)
out=$(pre-commit run --files app/upload.py 2>&1); rc=$?
first=$(( $(date +%s) - start ))
check '[ $rc != 0 ] && grep -q "app/upload.py:2:.*error:.*\[ats-custom-ca-bundle\]" <<<"$out"' "first run did not block with the finding: $out"
check 'grep -q "first use of this hook version: building atscan" <<<"$out"' "first run did not say it builds: $out"
start=$(date +%s)
out=$(pre-commit run --files app/upload.py 2>&1); rc=$?
second=$(( $(date +%s) - start ))
check '[ $rc != 0 ] && ! grep -q "building atscan" <<<"$out"' "second run rebuilt or passed: $out"
echo "pre-commit-build: first run ${first}s (build), second ${second}s"
[ $status = 0 ] && echo "pre-commit-build: ok"
exit $status
