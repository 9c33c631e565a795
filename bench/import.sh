#!/usr/bin/env bash
# Import and export speed (issue: foundation). Times `paindesk import` of N patient
# records against `sqlite3 .import` of the same rows as CSV and `sqlite-utils insert --nl`,
# and `paindesk export` against `jq -c .` over the same file; prints the ratios and the
# peak memory at two sizes, to show it does not grow with the input.
# Usage: bench/import.sh [N]   (default 1000000; needs a release build in .build-release)
# Measured 2026-11-29, release build, the shared 2-core machine under load (other builds;
# load average 5-15), one run, N = 1,000,000:
#   paindesk import 58.5 s wall, 37.4 s CPU, 111 MB; sqlite3 .import 4.7 s wall, 3.1 s CPU;
#   sqlite-utils 200 s wall, 29.2 s CPU; export 1.5 s against jq 17.3 s.
#   Ratios: import / sqlite3 12.4x wall, 12.1x CPU (target 3: missed); sqlite-utils /
#   import 3.4x wall, 0.78x CPU (target 5: missed); export / jq 0.09x (met). Peak memory
#   flat: 111 MB at N, 110 MB at N/10 (SQLite's 64 MiB page cache is most of it).
# At N = 200,000 the same build took 5.1-5.4 s CPU against 11.3 s before this session's
# changes (v3 migration without the UNIQUE hash index, raw statements, a reading thread).
# Per record, SQLite writes two rows (event and state) into five B-trees plus the WAL and
# its checkpoint; sqlite3 .import writes one row into two.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
need_tools sqlite3 jq sqlite-utils python3
n=${1:-1000000}
bench_tmp
pd="$bench_bin/paindesk"

python3 bench/gen_patients.py "$n" "$out/p.ndjson" "$out/p.csv"
python3 bench/gen_patients.py $((n / 10)) "$out/small.ndjson" "$out/small.csv"
echo "records: $n ($(du -h "$out/p.ndjson" | cut -f1) of NDJSON)"

"$pd" init --ledger "$out/l.sqlite"
measure "paindesk import" "$pd" import --ledger "$out/l.sqlite" "$out/p.ndjson"; pd_s=$LAST_SECONDS; pd_c=$LAST_CPU; pd_kib=$LAST_KIB
"$pd" init --ledger "$out/s.sqlite"
measure "paindesk import (N/10)" "$pd" import --ledger "$out/s.sqlite" "$out/small.ndjson"; small_kib=$LAST_KIB

sqlite3 "$out/q.sqlite" "CREATE TABLE patient (kind TEXT, id TEXT PRIMARY KEY, given_name TEXT, family_name TEXT, dob TEXT, sex TEXT, state TEXT, status TEXT, provider_id TEXT)"
measure "sqlite3 .import (CSV)" sqlite3 "$out/q.sqlite" ".import --csv --skip 1 $out/p.csv patient"; sq_s=$LAST_SECONDS; sq_c=$LAST_CPU
measure "sqlite-utils insert --nl" sqlite-utils insert "$out/u.sqlite" patient "$out/p.ndjson" --nl; su_s=$LAST_SECONDS; su_c=$LAST_CPU

measure "paindesk export" sh -c "'$pd' export --ledger '$out/l.sqlite' > '$out/e.ndjson'"; ex_s=$LAST_SECONDS; ex_c=$LAST_CPU; ex_kib=$LAST_KIB
measure "paindesk export (N/10)" sh -c "'$pd' export --ledger '$out/s.sqlite' > /dev/null"; exs_kib=$LAST_KIB
measure "jq -c . (same file)" sh -c "jq -c . '$out/e.ndjson' > /dev/null"; jq_s=$LAST_SECONDS; jq_c=$LAST_CPU

echo
echo "ratios (wall, cpu):"
echo "import / sqlite3 .import:   $(ratio "$pd_s" "$sq_s")x, $(ratio "$pd_c" "$sq_c")x   (target <= 3)"
echo "sqlite-utils / import:      $(ratio "$su_s" "$pd_s")x, $(ratio "$su_c" "$pd_c")x   (target >= 5)"
echo "export / jq -c .:           $(ratio "$ex_s" "$jq_s")x, $(ratio "$ex_c" "$jq_c")x   (target <= 1)"
echo "import peak memory: ${pd_kib} KiB at N, ${small_kib} KiB at N/10"
echo "export peak memory: ${ex_kib} KiB at N, ${exs_kib} KiB at N/10"
