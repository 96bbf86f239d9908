#!/usr/bin/env bash
# Seed corpora for the fuzz targets, from the project's own fixtures and test data:
#   fuzz/seed-corpus.sh OUT_DIR      → OUT_DIR/<target>/<seed files>
# Targets that cover several formats take a selector byte first (see fuzz/entries.cpp); each seed is
# written once per matching selector.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
out=$1
mkdir -p "$out"
# seed TARGET SELECTOR(-1 = none) FILE
# Seeds are named by their content hash, as libFuzzer names corpus files.
seed() {
  local target=$1 sel=$2 file=$3
  [ -f "$file" ] || return 0
  mkdir -p "$out/$target"
  local tmpf="$out/$target/.new"
  if [ "$sel" -ge 0 ]; then
    { printf "\\x$(printf '%02x' "$sel")"; cat "$file"; } > "$tmpf"
  else
    cp "$file" "$tmpf"
  fi
  mv "$tmpf" "$out/$target/$(sha1sum "$tmpf" | cut -c1-40)"
}
f=$src/tests/fixtures
d=$src/tests/data/certs

# certs: 0 any, 1 PEM, 2 DER, 3 PKCS#12, 4 JKS/JCEKS, 5 BKS, 6 judged by the oracle
for c in "$d"/*; do
  case "$c" in *.sh) continue ;; esac
  for sel in 0 6; do seed certs $sel "$c"; done
  case "$c" in
    *.pem | *.crt) seed certs 1 "$c" ;;
    *.der | *.p7b) seed certs 2 "$c" ;;
    *.p12) seed certs 3 "$c" ;;
    *.jks | *.jceks) seed certs 4 "$c" ;;
    *.bks) seed certs 5 "$c" ;;
  esac
done
find "$f/config" -name '*.pem' -o -name '*.crt' | while read -r c; do seed certs 0 "$c"; done

# pins: pin lines from fixtures, one file per fixture line that carries a pin-looking token
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
grep -rhoE "(sha256//|sha256/|sha1/|pin-sha256=|<pin digest)[^ ,;)]*[^ ]*" "$f" 2>/dev/null | head -200 | nl -ba | while read -r i line; do
  printf '%s\n' "$line" > "$tmp/pin$i"
  seed pins -1 "$tmp/pin$i"
done

# hosts: endpoints named in the profile and the fixtures
grep -rhoE "https?://[A-Za-z0-9.{}%$_*:-]+[^\"' )]*" "$f" 2>/dev/null | sort -u | head -300 | nl -ba | while read -r i line; do
  printf '%s' "$line" > "$tmp/host$i"
  seed hosts -1 "$tmp/host$i"
done

# plist: 0 binary, 1 XML, 2 Info.plist through the scanner
find "$f/config" -name '*.plist' | while read -r p; do
  if head -c 6 "$p" | grep -q bplist; then seed plist 0 "$p"; else seed plist 1 "$p"; fi
  seed plist 2 "$p"
done

# android: the network security configs, each followed by NUL and the fixture manifest
manifest=$(find "$f/config/android" -name AndroidManifest.xml | head -1)
find "$f/config/android" -path '*res/xml/*.xml' | while read -r x; do
  { cat "$x"; printf '\0'; cat "$manifest"; } > "$tmp/nsc"
  seed android -1 "$tmp/nsc"
  seed android -1 "$x"
done

# yaml: selector by kind (see kPaths in entries.cpp); every YAML fixture under every selector
find "$f/config" -name '*.yml' -o -name '*.yaml' | while read -r y; do
  for sel in 0 1 2 3 4 5 6; do seed yaml $sel "$y"; done
done

# config: 0 nginx 1 haproxy 2 pip 3 npmrc 4 curlrc 5 wgetrc 6 gitconfig 7 .env 8 properties 9 systemd
#         10 aws config 11 Dockerfile 12 yarnrc 13 Kconfig 14 settings.example 15 nginx template
pick() {  # pick SELECTOR FIND-ARGS...
  local sel=$1
  shift
  find "$f/config" "$@" | while read -r c; do seed config "$sel" "$c"; done
}
pick 0 -path '*nginx*' -type f
pick 1 -path '*haproxy*' -type f
pick 2 -name 'pip.conf' -o -name 'pip.ini'
pick 3 -name '.npmrc' -o -name 'npmrc'
pick 4 -name '.curlrc' -o -name 'curlrc'
pick 5 -name '.wgetrc' -o -name 'wgetrc'
pick 6 -name '.gitconfig' -o -name 'gitconfig'
pick 7 -name '.env*' -o -name '*.env'
pick 8 -name '*.properties'
pick 9 -name '*.service'
pick 10 -path '*aws*config*' -type f
pick 11 -iname '*dockerfile*' -type f
pick 12 -name '.yarnrc*'
pick 13 -name 'Kconfig*'
pick 14 -name 'settings.example' -o -name '*.sample' -o -name '*.dist'
pick 15 -name '*.conf.template'

# shell: scripts and Dockerfiles (their RUN lines are shell)
find "$f/config" -name '*.sh' -o -iname '*dockerfile*' -type f | while read -r s; do seed shell -1 "$s"; done

# treesitter: selector = language (see kPaths in entries.cpp)
langs=(c cpp csharp go java javascript kotlin python ruby swift typescript tsx)
for i in "${!langs[@]}"; do
  [ -d "$f/${langs[$i]}" ] || continue
  find "$f/${langs[$i]}" -type f | while read -r s; do seed treesitter "$i" "$s"; done
done

# judge: arbitrary bytes drive the fact maker; a few fixture files give it variety
for x in "$f"/python/*.py; do seed judge -1 "$x"; done

# pipeline: python NUL ci-yaml NUL pem NUL nginx
py=$(ls "$f"/python/*.py | head -3)
for p in $py; do
  {
    cat "$p"; printf '\0'; cat "$(find "$f/config" -name '*.yml' | head -1)"; printf '\0'; cat "$d/own_root.pem"; printf '\0';
    cat "$(find "$f/config" -path '*nginx*' -type f | head -1)"
  } > "$tmp/tree"
  seed pipeline -1 "$tmp/tree"
done
# queries: selector = grammar (0 c, 1 python, 2 go, see entries.cpp); the shipped query files
qlangs=(c python go)
for i in "${!qlangs[@]}"; do
  for q in "$src/rules/queries/${qlangs[$i]}"/*.scm; do seed queries "$i" "$q"; done
done

# memo: (16-bit offset, byte) triples that damage a recorded memo, or a JSON body
printf '\x00\x00\x00' > "$tmp/m1"; seed memo -1 "$tmp/m1"
printf '\x00\x40\xff\x01\x00\x7f\xff\xff\x00' > "$tmp/m2"; seed memo -1 "$tmp/m2"
printf '{"memo": 1, "root": "/fuzz/root", "files": [], "findings": [{}]}' > "$tmp/m3"; seed memo -1 "$tmp/m3"
echo "seed-corpus: $(find "$out" -type f | wc -l) seeds in $out"
