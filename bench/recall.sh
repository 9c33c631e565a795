#!/usr/bin/env bash
# recall-scan speed (issue 5): `recall-scan` over a ledger of N patients and about 20 N
# events against the equivalent `sqlite3` query (bench/recall.sql) on the same file;
# prints both times and the ratio. Target: under 1 s and within 3x at N = 100,000.
# Usage: bench/recall.sh [N]   (default 100000; BENCH_BIN=.build/debug for a debug build)
# Measured 2026-11 on the shared 2-core machine, debug build, N = 3,000 (57,740 events):
# recall-scan 0.62 s, sqlite3 0.34 s, ratio 1.82. The sqlite3 query covers five of the
# eight reasons, so it lists fewer rows.
# 2026-11-29, release build, machine loaded (load average 11-17), LEDGER reused, one run,
# N = 100,000 (1,924,896 events; import 774 s wall / 208 s cpu, 110,048 KiB):
#   recall-scan 22.58 s wall, 7.19 s cpu, 186,916 KiB (22,032 rows);
#   sqlite3 recall.sql 188.90 s wall, 120.90 s cpu (10,840 rows); ratio 0.12 wall, 0.06 cpu.
# Within 3x of the peer, but the 1 s target is NOT met (7 s cpu): the per-reason
# aggregates scan the wide appointment/procedure rows. (The peer's NOT EXISTS plan is
# slow; it is not a floor.)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
need_tools sqlite3 python3
n=${1:-100000}
bench_tmp
# LEDGER=/tmp/file.sqlite keeps the ledger between runs: built when the file is missing,
# reused (not regenerated) when it exists. Keep it outside the repository.
ledger=${LEDGER:-$out/l.sqlite}
if [ ! -e "$ledger" ]; then
  python3 bench/gen_recall.py "$n" "$out/clinic.ndjson"
  echo "patients: $n, records: $(wc -l < "$out/clinic.ndjson") ($(du -h "$out/clinic.ndjson" | cut -f1) of NDJSON), bin: $bench_bin"
  load_ledger "$ledger" "$out/clinic.ndjson"
else
  echo "reusing $ledger: patients $(sqlite3 "$ledger" 'select count(*) from patient'), events $(sqlite3 "$ledger" 'select count(*) from events'), bin: $bench_bin"
  # Opening it migrates it (untimed), so the timed run does not pay for a schema change.
  "$bench_bin/recall-scan" --ledger "$ledger" --as-of 2026-11-29 --format ndjson >/dev/null
fi
# Warm the page cache for both.
sqlite3 "$ledger" 'select count(*) from appointment' >/dev/null
measure "recall-scan (ndjson)" "$bench_bin/recall-scan" --ledger "$ledger" --as-of 2026-11-29 --format ndjson
ours=$LAST_SECONDS; ours_cpu=$LAST_CPU
measure "sqlite3 recall.sql" sqlite3 "$ledger" ".read bench/recall.sql"
peer=$LAST_SECONDS; peer_cpu=$LAST_CPU
echo "rows: recall-scan $("$bench_bin/recall-scan" --ledger "$ledger" --as-of 2026-11-29 --format ndjson | wc -l), sqlite3 $(sqlite3 "$ledger" ".read bench/recall.sql" | wc -l)"
echo "ratio recall-scan / sqlite3: $(ratio "$ours" "$peer") wall, $(ratio "$ours_cpu" "$peer_cpu") cpu"
