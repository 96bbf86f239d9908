#!/usr/bin/env bash
# The CLI runs on mimalloc when the build says so (ATSCAN_MIMALLOC, off in sanitizer builds): the
# library is a dependency of the binary ahead of libc, and it is the allocator actually in use. Its
# heap asks for transparent huge pages from the start, commits each segment whole and keeps freed memory
# (cli/main.cpp: only memory committed at once is given huge pages), unless the environment names the
# option.
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
# mimalloc lists its options as it starts, when verbose: they are set before it starts, and the
# environment still decides an option it names.
option() {
  local name=$1
  shift
  env "$@" MIMALLOC_VERBOSE=1 "$atscan" --version 2>&1 >/dev/null | sed -n "s/^mimalloc: option '$name': //p"
}
expect() {
  local name=$1 want=$2 got
  shift 2
  got=$(option "$name" "$@")
  if [ "$got" != "$want" ]; then
    echo "FAIL: option $name is '$got', not $want, when mimalloc starts${*:+ with $*}"
    fail=1
  fi
}
expect large_os_pages 1
expect large_os_pages 0 MIMALLOC_LARGE_OS_PAGES=0
# Segments are committed whole on machines with up to 8 CPUs (cli/heap_policy.h); mimalloc's default (1)
# is kept on larger ones.
if [ "$(getconf _NPROCESSORS_ONLN)" -le 8 ]; then expect eager_commit_delay 0; else expect eager_commit_delay 1; fi
expect eager_commit_delay 3 MIMALLOC_EAGER_COMMIT_DELAY=3
expect allow_decommit 0
expect allow_decommit 1 MIMALLOC_ALLOW_DECOMMIT=1
# The name is matched whole: another variable that starts with it changes nothing.
expect allow_decommit 0 MIMALLOC_ALLOW_DECOMMIT_X=1
[ $fail -eq 0 ] && echo "allocator.sh: mimalloc is linked ahead of libc and in use, with large OS pages committed whole"
exit $fail
