#!/usr/bin/env bash
# revenue-model speed (issue 7): `revenue-model report` for one month over a ledger of N
# patients and about 20 N events, against the equivalent `sqlite3` query
# (bench/revenue.sql, which does less: one period, no trends, at-risk or compliance) on
# the same file; prints both times and the ratio. Target: under 2 s at N = 100,000
# (2,000,000 events).
# Usage: bench/revenue.sh [N]   (default 100000; BENCH_BIN=.build/debug for a debug build)
# Measured 2026-11-29 on the shared 2-core machine (load ~14), debug build, N = 2,000
# (32,981 events): import 50.8 s; revenue-model 12.7 s, sqlite3 0.30 s, ratio 42. The
# tool computes ~15 periods (three in full, 12 trend months), at-risk and compliance;
# the SQL one month. A profile shows half the time decoding typed records (JSON) and a
# sixth in the per-period passes. Not run at N = 100,000 (debug import too slow here);
# the 2 s target is not met by this design: it needs the month's aggregates in SQL.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
need_tools sqlite3 python3
n=${1:-100000}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
python3 bench/gen_revenue.py "$n" "$out/clinic.ndjson" "$out/updates.ndjson"
echo "patients: $n, records: $(cat "$out/clinic.ndjson" "$out/updates.ndjson" | wc -l), bin: $bench_bin"
"$bench_bin/paindesk" init --ledger "$out/l.sqlite"
measure "paindesk import" "$bench_bin/paindesk" import --ledger "$out/l.sqlite" "$out/clinic.ndjson"
"$bench_bin/paindesk" import --ledger "$out/l.sqlite" "$out/updates.ndjson"
echo "events: $(sqlite3 "$out/l.sqlite" 'select count(*) from events')"
sqlite3 "$out/l.sqlite" 'select count(*) from events' >/dev/null
measure "revenue-model report (ndjson)" "$bench_bin/revenue-model" report --ledger "$out/l.sqlite" --as-of 2026-11-29 --month 2026-10 --format ndjson
ours=$LAST_SECONDS
measure "sqlite3 revenue.sql" sqlite3 "$out/l.sqlite" ".read bench/revenue.sql"
peer=$LAST_SECONDS
echo "rows: revenue-model $("$bench_bin/revenue-model" report --ledger "$out/l.sqlite" --as-of 2026-11-29 --month 2026-10 --format ndjson | wc -l), sqlite3 $(sqlite3 "$out/l.sqlite" ".read bench/revenue.sql" | wc -l)"
echo "ratio revenue-model / sqlite3: $(ratio "$ours" "$peer")"
