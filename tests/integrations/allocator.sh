#!/usr/bin/env bash
# The CLI runs on mimalloc when the build says so (ATSCAN_MIMALLOC, off in sanitizer builds): the
# library is a dependency of the binary ahead of libc, and it is the allocator actually in use. Its
# heap asks for transparent huge pages from the start (cli/main.cpp), unless MIMALLOC_LARGE_OS_PAGES
# says otherwise.
# Usage: allocator.sh ATSCAN_BINARY SOURCE_DIR
set -uo pipefail
atscan=$(realpath "$1")
if [ "${ATSCAN_BUILT_WITH_MIMALLOC:-OFF}" != "ON" ]; then
  echo "allocator.sh: this build does not link mimalloc (ATSCAN_MIMALLOC=${ATSCAN_BUILT_WITH_MIMALLOC:-OFF}); skipped"
  exit 77
fi
fail=0
needed=$(readelf -d "$atscan" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
mi=$(grep -n '^libmimalloc' <<<"$needed" | cut -d: -f1)
libc=$(grep -n '^libc\.so' <<<"$needed" | cut -d: -f1)
if [ -z "$mi" ]; then
  echo "FAIL: $atscan does not depend on libmimalloc; NEEDED: $(tr '\n' ' ' <<<"$needed")"
  fail=1
elif [ -n "$libc" ] && [ "$mi" -gt "$libc" ]; then
  echo "FAIL: libmimalloc comes after libc in NEEDED, so libc's malloc wins: $(tr '\n' ' ' <<<"$needed")"
  fail=1
fi
# mimalloc prints its statistics at exit when asked: only the allocator in use can.
stats=$(MIMALLOC_SHOW_STATS=1 "$atscan" --version 2>&1 >/dev/null)
if ! grep -q "heap stats" <<<"$stats"; then
  echo "FAIL: MIMALLOC_SHOW_STATS=1 printed no mimalloc statistics: mimalloc is not the allocator in use"
  fail=1
fi
# mimalloc lists its options as it starts, when verbose: large OS pages are on before it starts, and
# the environment still decides when it names them.
option() { env "$@" MIMALLOC_VERBOSE=1 "$atscan" --version 2>&1 >/dev/null | sed -n "s/^mimalloc: option 'large_os_pages': //p"; }
on=$(option) off=$(option MIMALLOC_LARGE_OS_PAGES=0)
if [ "$on" != "1" ]; then
  echo "FAIL: large OS pages are not on when mimalloc starts (option large_os_pages: '$on')"
  fail=1
fi
if [ "$off" != "0" ]; then
  echo "FAIL: MIMALLOC_LARGE_OS_PAGES=0 did not turn large OS pages off (option large_os_pages: '$off')"
  fail=1
fi
[ $fail -eq 0 ] && echo "allocator.sh: mimalloc is linked ahead of libc and in use, with large OS pages"
exit $fail
