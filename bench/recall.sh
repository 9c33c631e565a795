#!/usr/bin/env bash
# recall-scan speed (issue 5): `recall-scan` over a ledger of N patients and about 20 N
# events against the equivalent `sqlite3` query (bench/recall.sql) on the same file;
# prints both times and the ratio. Target: under 1 s and within 3x at N = 100,000.
# Usage: bench/recall.sh [N]   (default 100000; BENCH_BIN=.build/debug for a debug build)
# The peer lists the same eight reasons with the same rules and the same v4 partial
# indexes, so the two list the same rows (checked below) and the ratio compares like
# with like.
# Figures: see the end of this file (FIGURES).
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
"$bench_bin/recall-scan" --ledger "$ledger" --as-of 2026-11-29 --format ndjson > "$out/ours.ndjson"
sqlite3 -separator , "$ledger" ".read bench/recall.sql" > "$out/peer.csv"
echo "rows: recall-scan $(wc -l < "$out/ours.ndjson"), sqlite3 $(wc -l < "$out/peer.csv")"
# The same rows in the same order: patient, reason, due_on, days overdue, priority, attempts.
python3 - "$out/ours.ndjson" "$out/peer.csv" <<'PY'
import json, sys
ours = [",".join(str(r[k]) for k in ("patient_id", "reason", "due_on", "days_overdue", "priority", "attempts"))
        for r in map(json.loads, open(sys.argv[1]))]
peer = [l.rstrip("\n") for l in open(sys.argv[2])]
print("same rows as the peer:", "yes" if ours == peer else f"NO ({len(set(ours) ^ set(peer))} differ)")
PY
echo "ratio recall-scan / sqlite3: $(ratio "$ours" "$peer") wall, $(ratio "$ours_cpu" "$peer_cpu") cpu"

# FIGURES
