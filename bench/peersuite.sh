#!/usr/bin/env bash
# The peers' own TLS-trust tests (Semgrep, CodeQL, gosec, Bandit, Checkov, mobsfscan, …) as a
# conformance suite: lay the suite out from the bare mirrors, scan it as test code at full level, and
# score each source with the suite's check_expect.py.
#   bench/peersuite.sh
# Environment: ATSCAN=path/to/atscan (default: build/release, then build/dev); PEERSUITE=the suite's
# tools (materialize.py, check_expect.py; default ../shared/peersuite next to the checkout or next to
# its parent); MIRROR_ROOT=folder of <owner>+<name>/repo mirrors (default .mirror beside shared/);
# OUT=where the suite is laid out (default bench/corpus/peersuite, git-ignored).
# Writes bench/results/peersuite.md (also printed). Without the tools or the mirrors it says so and
# exits 0; exit 2 on a broken setup (no binary, a failed scan).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(dirname "$here")
suite=${PEERSUITE:-}
if [ -z "$suite" ]; then
  for d in "$src/../shared/peersuite" "$src/../../shared/peersuite"; do
    [ -f "$d/materialize.py" ] && { suite=$(cd "$d" && pwd); break; }
  done
fi
if [ -z "$suite" ] || [ ! -f "$suite/materialize.py" ] || [ ! -f "$suite/check_expect.py" ]; then
  echo "peersuite.sh: skipped: no peer-suite tools (set PEERSUITE=folder with materialize.py and check_expect.py)"
  exit 0
fi
mirrors=${MIRROR_ROOT:-$(dirname "$(dirname "$suite")")/.mirror}  # the fetch tool's folder beside shared/
missing=()
while IFS=$'\t' read -r source repo _; do
  [ "$source" = source ] && continue
  [ "$source" = codeql ] && continue  # read from the suite's cache, not a mirror
  [ -d "$mirrors/${repo/\//+}/repo" ] || missing+=("$repo")
done < "$suite/manifest.tsv"
if [ ${#missing[@]} -gt 0 ]; then
  mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
  echo "peersuite.sh: skipped: mirrors absent under $mirrors: ${missing[*]}"
  exit 0
fi
atscan=${ATSCAN:-}
if [ -z "$atscan" ]; then
  for b in release dev; do
    [ -x "$src/build/$b/cli/atscan" ] && { atscan=$src/build/$b/cli/atscan; break; }
  done
fi
[ -x "${atscan:-}" ] || { echo "peersuite.sh: no atscan binary; build one or set ATSCAN=" >&2; exit 2; }
export ATSCAN_RULES=$src/rules NO_COLOR=1
out=${OUT:-$here/corpus/peersuite}
rm -rf "$out"
mkdir -p "$(dirname "$out")"
python3 "$suite/materialize.py" "$mirrors" "$out" > "$out.materialize.log" 2>&1 ||
  { cat "$out.materialize.log" >&2; echo "peersuite.sh: materialize.py failed" >&2; exit 2; }
sarif=$out.sarif
# Findings are the point here, so exit 1 (findings) is expected; 2 is a broken scan.
rc=0
(cd "$out" && "$atscan" scan . --test-code-same-level --fail-on never --format sarif -o "$sarif") || rc=$?
[ "$rc" -eq 0 ] || { echo "peersuite.sh: atscan scan failed ($rc)" >&2; exit 2; }
mkdir -p "$here/results"
python3 "$here/peersuite_score.py" "$suite/check_expect.py" "$out" "$sarif" "$atscan" > "$here/results/peersuite.md"
cat "$here/results/peersuite.md"
