#!/usr/bin/env bash
# intake-check, coverage-check and records-track speed on the demo clinic: each worklist
# against `paindesk export` of the kinds it reads (the cost of just reading them), in
# the same run; prints the times and ratios.
# Usage: bench/backoffice.sh   (BENCH_BIN=.build/debug for a debug build)
# Measured 2026-11 on the shared 2-core machine, debug build, demo clinic: export 0.07 s,
# intake-check 0.29 s, coverage-check 1.12 s, records-track 0.14 s.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_tmp
l="$out/demo.sqlite"
"$bench_bin/paindesk" demo --ledger "$l" --as-of 2026-11-29 >/dev/null
reads="--kind patient --kind payer --kind location --kind coverage --kind case --kind auth --kind procedure --kind appointment --kind referral --kind records_request --kind document --kind assessment --kind outreach"
# shellcheck disable=SC2086
measure "paindesk export (the kinds read)" "$bench_bin/paindesk" export --ledger "$l" $reads
peer=$LAST_SECONDS
for tool in intake-check coverage-check records-track; do
  measure "$tool" "$bench_bin/$tool" --ledger "$l" --as-of 2026-11-29 --format ndjson
  echo "ratio $tool / export: $(ratio "$LAST_SECONDS" "$peer")"
done
