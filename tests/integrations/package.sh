#!/usr/bin/env bash
# `cmake --install` into a fresh prefix and the CPack Debian package unpacked into a fresh root
# (dpkg-deb -x): each installed atscan, run from an empty folder without ATSCAN_RULES, finds its catalog,
# scans examples/ to the same findings as the build tree, explains a rule, and ships its man page.
# Usage: package.sh ATSCAN_BINARY SOURCE_DIR (the build folder is the binary's grandparent).
set -uo pipefail
atscan=$(realpath "$1") src=$(realpath "$2")
build=$(dirname "$(dirname "$atscan")")
. "$src/tests/integrations/lib/docs.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ -f "$build/cmake_install.cmake" ] || { echo "no cmake_install.cmake in $build"; exit 1; }
want=$(cd "$src" && "$atscan" scan --now 2026-06-01 --format jsonl examples 2>/dev/null | jq -c 'del(.fingerprint)' | sort)
check '[ -n "$want" ]' "the build tree found nothing in examples/"

# scan_with BIN LABEL: run the installed binary from an empty folder, as a user would.
scan_with() {
  local bin=$1 label=$2 empty
  empty=$(mktemp -d "$tmp/empty.XXXX")
  got=$(cd "$empty" && env -u ATSCAN_RULES "$bin" scan --now 2026-06-01 --format jsonl "$src/examples" 2>"$tmp/err"; echo "rc=$?")
  check 'grep -q "^rc=1$" <<<"$got"' "$label: exit status is not 1 (findings): $(tail -1 <<<"$got") $(cat "$tmp/err")"
  got=$(grep -v '^rc=' <<<"$got" | jq -c 'del(.fingerprint)' | sed "s|$src/||g" | sort)
  check '[ "$got" = "$want" ]' "$label: findings differ from the build tree's: $(diff <(echo "$want") <(echo "$got") | head -5)"
  out=$(cd "$empty" && env -u ATSCAN_RULES "$bin" explain ats-custom-ca-bundle 2>&1)
  check 'grep -q "^# ats-custom-ca-bundle" <<<"$out"' "$label: explain does not find the rule docs: $(head -2 <<<"$out")"
  out=$(cd "$empty" && env -u ATSCAN_RULES "$bin" rules 2>&1)
  check 'grep -q "ats-certificate-pinning" <<<"$out"' "$label: rules does not list the catalog"
}

# 1. cmake --install into a prefix.
cmake --install "$build" --prefix "$tmp/prefix" >"$tmp/install.log" 2>&1
check '[ $? = 0 ]' "cmake --install failed: $(tail -5 "$tmp/install.log")"
check '[ -x "$tmp/prefix/bin/atscan" ] && [ -f "$tmp/prefix/share/atscan/rules/ats-custom-ca-bundle.yaml" ]' "installed tree lacks bin/atscan or the catalog"
check 'grep -q "^\.TH ATSCAN 1" "$tmp/prefix/share/man/man1/atscan.1" && grep -q "atscan scan" "$tmp/prefix/share/man/man1/atscan.1" && grep -q -- "--select" "$tmp/prefix/share/man/man1/atscan.1"' "man page missing or without the scan options"
if grep -q "ATSCAN_WITH_CLANG:BOOL=ON" "$build/CMakeCache.txt"; then
  check '[ -f "$tmp/prefix/lib/atscan/atscan-clang-scan.so" ] && [ -f "$tmp/prefix/lib/atscan/atscan-tidy-19.so" ]' "Clang modules not installed in lib/atscan"
fi
scan_with "$tmp/prefix/bin/atscan" "cmake --install"
if command -v man >/dev/null; then
  # man-db's seccomp sandbox refuses libfaketime's semaphores (make test-faketime); rendering needs no sandbox here.
  check 'MAN_DISABLE_SECCOMP=1 MANWIDTH=80 man -l "$tmp/prefix/share/man/man1/atscan.1" 2>/dev/null | grep -q "SYNOPSIS"' "man cannot render the page"
fi

# 2. The Debian package (CPack), unpacked into a fresh root.
(cd "$build" && cpack -G DEB -B "$tmp/pkg" >"$tmp/cpack.log" 2>&1)
deb=$(ls "$tmp"/pkg/atscan_*.deb 2>/dev/null | head -1)
check '[ -n "$deb" ]' "cpack wrote no .deb: $(tail -5 "$tmp/cpack.log")"
if [ -n "$deb" ]; then
  info=$(dpkg-deb -I "$deb")
  check 'grep -q "^ Package: atscan" <<<"$info" && grep -q "^ Depends:.*libssl3" <<<"$info"' "package metadata lacks Package or Depends: $info"
  dpkg-deb -x "$deb" "$tmp/root"
  check '[ -x "$tmp/root/usr/bin/atscan" ] && [ -f "$tmp/root/usr/share/man/man1/atscan.1.gz" -o -f "$tmp/root/usr/share/man/man1/atscan.1" ]' "package lacks /usr/bin/atscan or the man page"
  scan_with "$tmp/root/usr/bin/atscan" "Debian package"
fi
[ $status = 0 ] && echo "package: ok"
exit $status
