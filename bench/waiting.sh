#!/usr/bin/env bash
# Records that wait for a reference later in the input (RecordImporter, WaitingRecords):
# the time and peak memory of `paindesk import` of N auths in three orders.
#   oldest-first: a reauth_of chain in dependency order, after what it names (none waits);
#   newest-first: the same chain reversed, after what it names (each waits for the next);
#   all-waiting: M independent auths before the provider, payer and patient they name;
#   none-waiting: the same M auths after them (the peer: memory should be the same).
# Usage: bench/waiting.sh [N]   (default 8000; M, default 200000, for the auths that
# wait; ORDERS="..." runs some of the four)
#
# Measured 2026-12-07/08, DEBUG builds (BENCH_BIN=.build/debug; no release build was made
# on the shared 2-core machine, loaded by three other engineers' builds and tests, load
# average 4-10), one run each; CPU time (user + system, both threads) is the steadier
# figure:
#   before (waiting records in an array, settled by a pass over all of them per record
#   stored), built at 54b3b2b, whose importer and InteropFile are main's:
#     oldest-first  N = 8,000      3.48 s wall    1.38 s cpu    51,892 KiB
#     newest-first  N = 8,000    328.17 s wall   70.03 s cpu    55,824 KiB  (quadratic)
#     all-waiting   M = 200,000   30.65 s wall   28.84 s cpu   363,408 KiB
#     none-waiting  M = 200,000   89.22 s wall   46.96 s cpu   118,156 KiB
#   after (WaitingRecords: a temporary table, each record woken when what it names is
#   stored, settled a page at a time):
#     oldest-first  N = 8,000      5.16 s wall    1.76 s cpu    52,176 KiB
#     newest-first  N = 8,000      3.45 s wall    3.11 s cpu    49,316 KiB  (linear)
#     all-waiting   M = 200,000   83.93 s wall   54.48 s cpu   115,236 KiB  (flat)
#     none-waiting  M = 200,000  123.28 s wall   46.33 s cpu   118,136 KiB
#   Memory with every record waiting is now that of an import where none waits (SQLite's
#   64 MiB page cache is most of it); the price is CPU for each record that waits (it is
#   written to the temporary table and parsed again when settled: about 25 s more CPU for
#   200,000 in a debug build).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
need_tools python3 /usr/bin/time
n=${1:-8000}
m=${M:-200000}
bench_tmp

python3 - "$out" "$n" "$m" <<'PY'
import json, sys
out, n, m = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
base = [
  {"kind": "provider", "id": "prov-1", "npi": "1234567893", "given_name": "A", "family_name": "B", "role": "physician"},
  {"kind": "payer", "id": "payer-1", "name": "Plan", "type": "commercial"},
  {"kind": "patient", "id": "pat-1", "given_name": "C", "family_name": "D", "dob": "1960-01-01", "sex": "male",
   "state": "TX", "status": "active", "provider_id": "prov-1"},
]
def auth(k, chain):
  a = {"kind": "auth", "id": f"A{k}", "patient_id": "pat-1", "payer_id": "payer-1", "provider_id": "prov-1",
       "items": [{"seq": 1, "cpt": "64483", "units": 1}], "icd10": ["M54.16"], "urgency": "standard", "status": "draft"}
  if chain and k > 0: a["reauth_of"] = f"A{k - 1}"
  return a
def write(name, records):
  with open(f"{out}/{name}.ndjson", "w") as f:
    for r in records: f.write(json.dumps(r, separators=(",", ":")) + "\n")
chain = [auth(k, True) for k in range(n)]
write("oldest-first", base + chain)
write("newest-first", base + chain[::-1])
write("all-waiting", [auth(k, False) for k in range(m)] + base)
write("none-waiting", base + [auth(k, False) for k in range(m)])
PY

for order in ${ORDERS:-oldest-first newest-first all-waiting none-waiting}; do
  "$bench_bin/paindesk" init --ledger "$out/$order.sqlite"
  measure "import $order" "$bench_bin/paindesk" import --ledger "$out/$order.sqlite" "$out/$order.ndjson"
  "$bench_bin/paindesk" verify --ledger "$out/$order.sqlite"
done
