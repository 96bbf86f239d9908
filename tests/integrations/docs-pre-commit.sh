#!/usr/bin/env bash
# Runs the examples of docs/integrations/pre-commit.md: the .pre-commit-config.yaml (with `repo` pointed at
# this checkout, as there is no network) and the try-repo command.
set -uo pipefail
atscan=$(realpath "$1") src=$(realpath "$2")
. "$src/tests/integrations/lib/docs.sh"
doc=$src/docs/integrations/pre-commit.md
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export PRE_COMMIT_HOME=$tmp/cache PATH="$(dirname "$atscan"):$PATH" ATSCAN_RULES=$src/rules NO_COLOR=1
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@t GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@t
make_fixture "$tmp/proj" "$src"
cd "$tmp/proj"

extract_block "$doc" .pre-commit-config.yaml >.pre-commit-config.yaml || exit 1
# The documented rev follows the tag scheme: v<project version>.
version=$(sed -n 's/^project(atscan VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
check 'grep -q "rev: v$version$" .pre-commit-config.yaml' "the documented rev is not v$version: $(grep rev: .pre-commit-config.yaml)"
sed -i "s|repo: .*|repo: $src|; s|rev: .*|rev: $(git -C "$src" rev-parse HEAD)|" .pre-commit-config.yaml
git add app/upload.py certs/legacy-ca.pem
out=$(pre-commit run --files app/upload.py certs/legacy-ca.pem 2>&1)
check '[ $? != 0 ]' "the documented config did not block a breaking change: $out"
check 'grep -q "\[ats-custom-ca-bundle\]" <<<"$out"' "finding not shown: $out"
out=$(pre-commit run --files app/clean.py 2>&1)
check '[ $? = 0 ]' "the documented config blocked a clean file: $out"

# The try-repo line, with the documented path replaced by this checkout.
cmd=$(grep -m1 '^pre-commit try-repo' "$doc" | sed "s|/path/to/atscan|$src|")
out=$(eval "$cmd" 2>&1)
check '[ $? != 0 ] && grep -q "Failed" <<<"$out"' "documented try-repo did not fail on the breaking change: $out"
[ $status = 0 ] && echo "docs pre-commit: ok"
exit $status
