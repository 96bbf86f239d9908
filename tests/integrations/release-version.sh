#!/usr/bin/env bash
# The version scheme of docs/releasing.md: every place that names atscan's version or its release tag
# agrees with the CMake project version. Usage: release-version.sh ATSCAN_BINARY SOURCE_DIR
set -uo pipefail
atscan=$(realpath "$1") src=$(realpath "$2")
. "$src/tests/integrations/lib/docs.sh"
export ATSCAN_RULES=$src/rules NO_COLOR=1
version=$(sed -n 's/^project(atscan VERSION \([0-9]*\.[0-9]*\.[0-9]*\).*/\1/p' "$src/CMakeLists.txt")
check '[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]' "no MAJOR.MINOR.PATCH version in the project() line of CMakeLists.txt"
tag=v$version repo=https://github.com/atscan/atscan
base=$repo/blob/$tag/

out=$("$atscan" --version)
check '[ "$out" = "atscan $version" ]' "atscan --version says '$out', not 'atscan $version'"

# The default docs base URL, unless this build was configured with another one.
cache=$(dirname "$atscan")/../CMakeCache.txt
configured=$(sed -n 's/^ATSCAN_DOCS_BASE_URL:STRING=//p' "$cache" 2>/dev/null)
if [ -z "$configured" ] || [ "$configured" = "$base" ]; then
  check 'grep -qF "(default: $base)" <<<"$("$atscan" scan --help)"' "scan --help does not name the default docs base URL $base"
  sarif=$("$atscan" scan --now 2026-06-01 --fail-on never --format sarif "$src/examples")
  uris=$(jq -r '.runs[0].tool.driver.rules[] | .helpUri' <<<"$sarif")
  check '[ -n "$uris" ]' "the SARIF of examples/ has no rules"
  while read -r uri; do
    check '[[ $uri == "$base"docs/rules/*.md ]]' "helpUri $uri is not under $base"
    check '[ -f "$src/${uri#"$base"}" ]' "helpUri $uri names no file of the repository"
  done <<<"$uris"
  info=$(jq -r '.runs[0].tool.driver.informationUri' <<<"$sarif")
  check '[ "$info" = "${base}README.md" ]' "informationUri is $info, not ${base}README.md"
else
  echo "release-version: docs base URL configured as $configured; default not checked"
fi

# The versions written by hand in the docs.
revs=$(grep -rhoE --exclude=releasing.md '^\s*rev: \S+' "$src/docs" "$src/README.md" | awk '{print $2}' | sort -u)
check '[ "$revs" = "$tag" ]' "documented pre-commit revs are '$(echo $revs)', not $tag"
repos=$(grep -rhoE --exclude=releasing.md '^\s*- repo: https://\S+' "$src/docs" "$src/README.md" | awk '{print $3}' | sort -u)
check '[ "$repos" = "$repo" ]' "documented pre-commit repos are '$(echo $repos)', not $repo"
uses=$(grep -rhoE --exclude=releasing.md 'uses: atscan/atscan@\S+' "$src/docs" "$src/README.md" | sed 's/.*@//' | sort -u)
check '[ "$uses" = "$tag" ]' "documented action refs are '$(echo $uses)', not $tag"
urls=$(grep -rhoE --exclude=releasing.md 'https://github\.com/[A-Za-z0-9_.-]+/atscan\b' "$src/docs" "$src/README.md" "$src/action.yml" | sort -u)
check '[ "$urls" = "$repo" ]' "the docs name other repositories than $repo: $(echo $urls)"
clones=$(grep -rhE --exclude=releasing.md 'git clone .*atscan' "$src/docs" "$src/README.md" | grep -vF -- "--branch $tag $repo")
check '[ -z "$clones" ]' "a documented clone of atscan is not pinned to $tag: $clones"
id=$(jq -r '."$id"' "$src/docs/atscan-config.schema.json")
check '[ "$id" = "${base}docs/atscan-config.schema.json" ]' "schema \$id is $id, not ${base}docs/atscan-config.schema.json"
check 'grep -q "vMAJOR.MINOR.PATCH" "$src/docs/releasing.md"' "docs/releasing.md does not state the tag scheme"

# A tagged checkout: the tag is the version's.
if here_tags=$(git -C "$src" tag --points-at HEAD 'v*' 2>/dev/null) && [ -n "$here_tags" ]; then
  check 'grep -qx "$tag" <<<"$here_tags"' "HEAD is tagged '$(echo $here_tags)' but CMakeLists.txt says $version"
fi

[ $status = 0 ] && echo "release-version: ok ($tag)"
exit $status
