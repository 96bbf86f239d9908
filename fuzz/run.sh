#!/usr/bin/env bash
# `make fuzz`: builds the fuzz preset (clang, libFuzzer, ASan, UBSan) and runs every target for
# FUZZ_SECONDS (default 60) of wall time, one after another, each on its own corpus
# (build/fuzz/corpus/<target>, seeded from the fixtures by fuzz/seed-corpus.sh) with its dictionary
# (fuzz/dicts/<target>.dict). An input that crashes, hangs (FUZZ_TIMEOUT, default 10 s) or exceeds
# the memory limit (FUZZ_RSS_MB, default 2048) is copied to tests/fuzz/regressions/<target>/, which the
# unit tests replay. Prints per target: executions, CPU seconds, findings; exits 1 if any.
#   fuzz/run.sh [TARGET ...]           default: every target
# Environment: FUZZ_SECONDS, FUZZ_TIMEOUT, FUZZ_RSS_MB, FUZZ_JOBS (parallel targets, default 1),
#   FUZZ_BUILD (default build/fuzz), FUZZ_NO_BUILD=1 (use the binaries as they are).
set -uo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${FUZZ_BUILD:-$src/build/fuzz}
seconds=${FUZZ_SECONDS:-60}
timeout_s=${FUZZ_TIMEOUT:-10}
rss=${FUZZ_RSS_MB:-2048}
export ATSCAN_RULES=$src/rules
if [ -z "${FUZZ_NO_BUILD:-}" ]; then
  [ -f "$build/build.ninja" ] || cmake --preset fuzz >/dev/null || exit 2
  cmake --build --preset fuzz || exit 2
fi
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for b in "$build"/fuzz/fuzz_*; do [ -x "$b" ] && targets+=("$(basename "$b" | sed 's/^fuzz_//')"); done
fi
[ ${#targets[@]} -gt 0 ] || { echo "fuzz: no fuzz binaries under $build/fuzz" >&2; exit 2; }
corpus=$build/corpus
if [ ! -d "$corpus" ]; then "$src/fuzz/seed-corpus.sh" "$corpus" || exit 2; fi
logs=$build/logs
mkdir -p "$logs"
found=0
total_cpu=0
printf '%-11s %10s %9s %s\n' target execs cpu_s findings
for t in "${targets[@]}"; do
  bin=$build/fuzz/fuzz_$t
  [ -x "$bin" ] || { echo "fuzz: no binary for target '$t'" >&2; exit 2; }
  mkdir -p "$corpus/$t" "$logs/$t-artifacts"
  dict=()
  [ -f "$src/fuzz/dicts/$t.dict" ] && dict=(-dict="$src/fuzz/dicts/$t.dict")
  # -fork keeps going after a crash so that one run reports every distinct problem.
  TIMEFORMAT='%U %S'
  cpu=$( { time "$bin" "$corpus/$t" "${dict[@]}" -max_total_time="$seconds" -timeout="$timeout_s" -rss_limit_mb="$rss" \
      -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 -artifact_prefix="$logs/$t-artifacts/" \
      -print_final_stats=1 > "$logs/$t.log" 2>&1; } 2>&1 | awk '{print $1 + $2}')
  execs=$(grep -ao 'stat::number_of_executed_units: *[0-9]*' "$logs/$t.log" | awk '{s += $2} END {print s + 0}')
  [ "$execs" -gt 0 ] || execs=$(grep -ao 'exec/s' "$logs/$t.log" >/dev/null && grep -aoE '#[0-9]+' "$logs/$t.log" | tail -1 | tr -d '#')
  # Each artifact is replayed once on its own: a timeout that does not come back (a machine busy with
  # other work stalls the fuzzer, and -timeout is wall time) or a slow input that replays cleanly is
  # reported and dropped, not kept.
  n=0
  unconfirmed=0
  for a in "$logs/$t-artifacts"/*; do
    [ -f "$a" ] || continue
    # slow-unit-* (an input over -report_slow_units) is a finding only if it also fails on replay.
    if "$bin" -timeout="$timeout_s" -rss_limit_mb="$rss" "$a" > "$logs/$t-replay.log" 2>&1 &&
      [[ $(basename "$a") == timeout-* || $(basename "$a") == slow-unit-* ]]; then
      unconfirmed=$((unconfirmed + 1))
      mv "$a" "$logs/$t-unconfirmed-$(basename "$a")"
      continue
    fi
    mkdir -p "$src/tests/fuzz/regressions/$t"
    cp "$a" "$src/tests/fuzz/regressions/$t/$(basename "$a")"
    rm -f "$a"
    n=$((n + 1))
  done
  found=$((found + n))
  total_cpu=$(echo "$total_cpu + $cpu" | bc -l)
  printf '%-11s %10s %9.1f %s%s\n' "$t" "${execs:-?}" "$cpu" "$n" "$([ "$unconfirmed" -gt 0 ] && echo " ($unconfirmed timeouts or slow inputs not reproduced)")"
done
printf 'total CPU: %.1f s; findings: %d%s\n' "$total_cpu" "$found" \
  "$([ "$found" -gt 0 ] && echo " (saved under tests/fuzz/regressions/; logs in $logs)")"
[ "$found" -eq 0 ]
