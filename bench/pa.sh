#!/usr/bin/env bash
# Prior-authorization speed (issue 3): `pa-submit --check` over N/10 (at most 10,000)
# draft requests and `pa-status --overdue` on a ledger of N patients (~20 events each:
# N = 100,000 gives ~2.0M events), each timed next to a hand-written sqlite3 query on the
# same file: for --check, the evidence rows (patient, diagnoses, care, imaging,
# assessments, procedures, auths, documents) of the requests' patients; for --overdue,
# the undecided auths past a per-payer-type deadline (calendar days only: no business
# days, holidays, WISeR or payer overrides, and the record as it is, without the
# worklist fields). Prints wall and CPU time, per-request time and the ratios.
# Target: a worklist over the whole ledger under 1 s and within 3x of its query.
# Usage: [LEDGER=file.sqlite] bench/pa.sh [N]   (default 100000; BENCH_BIN=.build/debug for
# a debug build)
# Measured 2026-11-29 on the shared 2-core machine while three other builds ran (load
# ~10), release build, N = 100,000 (2,000,007 events; import 261 s wall, 143 s CPU):
#   pa-submit --check, 10,000 requests: 1.92 s wall, 1.59 s CPU (0.19 ms/request);
#     sqlite3 evidence query 0.32 s wall, 0.30 s CPU; ratio 6.00 wall, 5.30 CPU.
#   pa-status --overdue, 44,552 rows: 1.20 s wall, 0.97 s CPU; sqlite3 query (41,406
#     rows: calendar days only) 0.18 s wall, 0.15 s CPU; ratio 6.67 wall, 6.47 CPU.
# Target not met then: under 1 s is met in CPU only, within 3x is not. Earlier: 41x and
# 23x (debug build, older peer that only counted the evidence rows).
# 2026-12-05, release build, the same N = 100,000 ledger (2,000,007 events) reused
# (LEDGER; built once with main's release build: import 551 s wall, 101 s cpu at load ~10),
# load average 0.7-2 (a debug build running beside it), one run each:
#   before (main 1b797c9): pa-submit --check 1.74 s wall, 0.80 s cpu, 153,176 KiB; sqlite3
#     0.26 s / 0.12 s; ratio 6.69 wall, 6.67 cpu. pa-status --overdue 1.24 s wall, 0.64 s
#     cpu, 200,956 KiB (44,552 rows); sqlite3 0.17 / 0.11 s (41,406 rows); 7.29 / 5.82.
#   after: pa-submit --check 0.78-1.51 s wall, 0.55-0.58 s cpu, 152,072 KiB (0.055 ms of
#     cpu per request); sqlite3 0.33-0.40 / 0.13-0.15 s; ratio 1.95-4.58 wall, 3.67-4.46
#     cpu. pa-status --overdue 0.65-1.18 s wall, 0.46-0.59 s cpu, 145,676 KiB (44,552
#     rows, byte-identical); sqlite3 0.23 / 0.11 s; ratio 2.83-5.13 wall, 4.18-5.36 cpu.
#   Under 1 s: met (cpu; wall when the machine is quiet). Within 3x: NOT met (~4x cpu).
# What changed: --overdue splices the worklist fields into the stored canonical text
# (PatchedRecord) instead of parsing and re-encoding each record, from typed columns
# (StoredAuth) read through the C API; --check reads the evidence through the C API in
# one query per kind (json_each of the patient ids), builds findings and readiness by hand,
# reads a patient's record only when the state comes from it, and JSONValueDecoder looks
# an optional field up once. Where --check's cpu goes now (perf): the evidence queries
# ~40% (SQLite itself half of it), decoding the drafts ~15%, the criteria ~10%, reading
# and validating the drafts ~8%; --overdue: SQLite ~40% (the status index, the lookups
# and the ORDER BY id sort), the deadlines ~20%, the splice ~9%. Sorting in Swift instead
# of ORDER BY id was slower (0.1 s more), so the sort stays in SQL.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
need_tools sqlite3 python3
n=${1:-100000}
bench_tmp
asof=2026-11-29
# LEDGER=/tmp/file.sqlite keeps the ledger between runs (reuse_ledger in bench/lib.sh); a
# reused one gets its drafts again from its patient count (gen_pa.py, drafts only).
build_ledger() {
  python3 bench/gen_pa.py "$n" "$out/all.ndjson" "$out/drafts.ndjson"
  echo "patients: $n, records: $(wc -l < "$out/all.ndjson"), requests: $(wc -l < "$out/drafts.ndjson"), bin: $bench_bin"
  load_ledger "$ledger" "$out/all.ndjson"
}
open_ledger() {
  n=$(sqlite3 "$ledger" 'select count(*) from patient')
  python3 bench/gen_pa.py "$n" - "$out/drafts.ndjson"
  "$bench_bin/pa-status" --ledger "$ledger" --overdue --as-of $asof --format ndjson >/dev/null
}
reuse_ledger build_ledger open_ledger
reqs=$(wc -l < "$out/drafts.ndjson")
# Warm the page cache for both.
sqlite3 "$ledger" 'select count(*) from assessment; select count(*) from procedure; select count(*) from auth' >/dev/null

# The drafts name the first $reqs patients by id (bench/gen_pa.py).
evidence_sql="select p.record,
  (select group_concat(x.record, char(10)) from diagnosis x where x.patient_id = p.id and x.voided = 0),
  (select group_concat(x.record, char(10)) from conservative_care x where x.patient_id = p.id and x.voided = 0),
  (select group_concat(x.record, char(10)) from imaging x where x.patient_id = p.id and x.voided = 0),
  (select group_concat(x.record, char(10)) from assessment x where x.patient_id = p.id and x.voided = 0),
  (select group_concat(x.record, char(10)) from procedure x where x.patient_id = p.id and x.voided = 0),
  (select group_concat(x.record, char(10)) from auth x where x.patient_id = p.id and x.voided = 0),
  (select group_concat(x.record, char(10)) from document x where x.patient_id = p.id and x.voided = 0)
from patient p where p.voided = 0 order by p.id limit $reqs"
overdue_sql="select a.record from auth a join payer p on p.id = a.payer_id
where a.voided = 0 and a.status in ('submitted', 'pended') and julianday('$asof') > julianday(substr(a.submitted_at, 1, 10))
  + case when a.urgency = 'expedited' then 3 when p.type in ('medicare_advantage', 'medicaid') then 7
         when p.type = 'medicare' then 14 else 15 end"

measure "pa-submit --check" sh -c "'$bench_bin/pa-submit' --ledger '$ledger' --check --as-of $asof --format ndjson '$out/drafts.ndjson'; test \$? -le 1"
check=$LAST_SECONDS; check_cpu=$LAST_CPU
measure "sqlite3 evidence query" sqlite3 "$ledger" "$evidence_sql"
peer=$LAST_SECONDS; peer_cpu=$LAST_CPU
echo "pa-submit --check: $reqs requests, $(python3 -c "print(f'{$check * 1000 / $reqs:.3f}')") ms/request wall, $(python3 -c "print(f'{$check_cpu * 1000 / $reqs:.3f}')") ms/request cpu"
echo "ratio pa-submit --check / sqlite3: $(ratio "$check" "$peer") wall, $(ratio "$check_cpu" "$peer_cpu") cpu"

measure "pa-status --overdue" "$bench_bin/pa-status" --ledger "$ledger" --overdue --as-of $asof --format ndjson
list=$LAST_SECONDS; list_cpu=$LAST_CPU
measure "sqlite3 overdue query" sqlite3 "$ledger" "$overdue_sql"
peer=$LAST_SECONDS; peer_cpu=$LAST_CPU
echo "rows: pa-status $("$bench_bin/pa-status" --ledger "$ledger" --overdue --as-of $asof --format ndjson | wc -l), sqlite3 $(sqlite3 "$ledger" "$overdue_sql" | wc -l)"
echo "ratio pa-status --overdue / sqlite3: $(ratio "$list" "$peer") wall, $(ratio "$list_cpu" "$peer_cpu") cpu"
