#!/usr/bin/env bash
# Builds the libFuzzer targets (Swift's -sanitize=fuzzer, with AddressSanitizer) and runs
# each for FUZZ_SECONDS from its seed corpus in Fuzz/corpus. Inputs libFuzzer finds new
# go to a scratch corpus (FUZZ_WORK, default a temporary folder), never into the seeds;
# a crashing input is kept as FUZZ_WORK/<Target>/crash-* and the script exits 1 naming it.
#
# Usage: Fuzz/run.sh [TARGET...]            (default: every target)
#   FUZZ_SECONDS=20  per target (the CI run; 600 or more for a long run)
#   FUZZ_JOBS=1      fuzzing processes per target (more than 1: libFuzzer -fork)
#   FUZZ_WORK=DIR    keep the grown corpora and any crashes in DIR
# The build goes to Fuzz/.build, apart from the main package's .build.
set -euo pipefail
cd "$(dirname "$0")"

seconds=${FUZZ_SECONDS:-20}
jobs=${FUZZ_JOBS:-1}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzJSON FuzzNDJSON FuzzFHIR FuzzCSV FuzzDrChrono FuzzX12 FuzzValidator)
work=${FUZZ_WORK:-$(mktemp -d)}
mkdir -p "$work"

swift build -c debug -Xswiftc -sanitize=fuzzer,address 2>&1 | tail -3
bin=$(swift build -c debug -Xswiftc -sanitize=fuzzer,address --show-bin-path)

# The same for AddressSanitizer's own check at exit. Swift's backtracer is off: under
# AddressSanitizer it can hang on a trap instead of reporting it.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}

# One process, or -fork=N children (a crash in any stops the run).
parallel=()
[ "$jobs" -le 1 ] || parallel=(-fork="$jobs" -ignore_crashes=0)

status=0
for target in "${targets[@]}"; do
  [ -d "corpus/$target" ] || { echo "fuzz: no seed corpus Fuzz/corpus/$target" >&2; exit 2; }
  mkdir -p "$work/$target/corpus"
  # A dictionary of the format's tokens (Fuzz/dict) helps the mutations reach deep.
  case $target in
    FuzzX12) dict=(-dict=dict/x12.dict) ;;
    FuzzCSV) dict=(-dict=dict/csv.dict) ;;
    *) dict=(-dict=dict/json.dict) ;;
  esac
  echo "fuzz: $target for ${seconds} s"
  # -max_len bounds inputs (a reader's line limit is tested by unit tests, not here);
  # -timeout flags an input that takes 10 s (a hang); -rss_limit_mb a memory blow-up;
  # -detect_leaks=0: lazily made globals (the record specs) and the Swift runtime's
  # caches are allocated by the first input and kept, which LeakSanitizer takes for leaks.
  if ! "$bin/$target" "$work/$target/corpus" "corpus/$target" \
    -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 \
    "${dict[@]}" "${parallel[@]}" -artifact_prefix="$work/$target/" -print_final_stats=1 \
    >"$work/$target/log" 2>&1; then
    status=1
    echo "fuzz: $target FOUND A CRASH: $(ls "$work/$target"/crash-* "$work/$target"/timeout-* "$work/$target"/oom-* 2>/dev/null | tr '\n' ' ')" >&2
    grep -m 5 -E "Fatal error|ERROR: |SUMMARY" "$work/$target/log" >&2 || tail -20 "$work/$target/log" >&2
  fi
  grep -E "^#[0-9]+.*DONE|stat::number_of_executed_units|Done [0-9]+ runs" "$work/$target/log" | tail -1 || true
done
[ -n "${FUZZ_WORK:-}" ] || [ "$status" -ne 0 ] || rm -rf "$work"
exit "$status"
