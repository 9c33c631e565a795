#!/usr/bin/env bash
# pa-submit --check over N/10 (max 10,000) requests and pa-status --overdue against a
# ledger of N patients (~18 events each; N=100000 gives ~1.8M), each timed next to a
# hand-written sqlite3 query doing the equivalent read. Prints per-request time and ratios.
# Usage: bench/pa.sh [N] [BIN_DIR]   (default N=100000, BIN_DIR=.build/debug)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}; bin=${2:-.build/debug}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export PAINDESK_LEDGER=$work/ledger.sqlite
python3 bench/gen_pa.py "$n" "$work/all.ndjson" "$work/drafts.ndjson"
"$bin/paindesk" init
t0=$(date +%s.%N); "$bin/paindesk" import "$work/all.ndjson"; t1=$(date +%s.%N)
events=$(sqlite3 "$PAINDESK_LEDGER" 'select count(*) from events'); reqs=$(wc -l < "$work/drafts.ndjson")
echo "ledger: $n patients, $events events (import $(echo "$t1 - $t0" | bc) s)"
now() { date +%s.%N; }
t0=$(now); "$bin/pa-submit" --check --as-of 2026-11-29 "$work/drafts.ndjson" > /dev/null || true; t1=$(now)
t2=$(now)
sqlite3 "$PAINDESK_LEDGER" "select count(*) from (select p.id, (select count(*) from diagnosis d where d.patient_id=p.id), (select count(*) from conservative_care c where c.patient_id=p.id), (select count(*) from imaging i where i.patient_id=p.id), (select group_concat(a.record) from assessment a where a.patient_id=p.id), (select group_concat(pr.record) from procedure pr where pr.patient_id=p.id and pr.status='performed') from patient p order by p.id limit $reqs)" > /dev/null
t3=$(now)
check=$(echo "$t1 - $t0" | bc); peer=$(echo "$t3 - $t2" | bc)
printf 'pa-submit --check: %d requests in %.3f s = %.3f ms/request; sqlite3 evidence query %.3f s; ratio %.1fx\n' \
  "$reqs" "$check" "$(echo "$check * 1000 / $reqs" | bc -l)" "$peer" "$(echo "$check / $peer" | bc -l)"
t0=$(now); rows=$("$bin/pa-status" --overdue --as-of 2026-11-29 --format ndjson | wc -l); t1=$(now)
t2=$(now)
sqlite3 "$PAINDESK_LEDGER" "select a.record from auth a join payer p on p.id=a.payer_id where a.voided=0 and a.status in ('submitted','pended') and julianday('2026-11-29') > julianday(substr(a.submitted_at,1,10)) + case when a.urgency='expedited' then 3 when p.type in ('medicare_advantage','medicaid') then 7 when p.type='medicare' then 14 else 15 end" | wc -l > /dev/null
t3=$(now)
list=$(echo "$t1 - $t0" | bc); peer=$(echo "$t3 - $t2" | bc)
printf 'pa-status --overdue: %d rows in %.3f s; sqlite3 query %.3f s; ratio %.1fx\n' "$rows" "$list" "$peer" "$(echo "$list / $peer" | bc -l)"
