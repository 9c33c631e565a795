#!/usr/bin/env bash
# FHIR Bulk import speed (issue: interop). Times `paindesk import --from fhir` of the
# 10-patient Synthea export end to end, and of a synthetic export of N resources, against
# `jq -c .` over the same files; prints resources per second and the ratio.
# Usage: bench/fhir.sh [N]   (default 100000; BENCH_BIN=.build/debug for a debug build)
# Figures (release build, 2 shared cores under other builds, one run each, 2026-11-29),
# with the streamed import (files read line by line twice, one batch fed as it maps):
#   N        import res/s   jq -c . res/s   ratio (wall)   peak memory
#   20000        5405           20619           3.81x         52568 KiB
#   100000       3324           15480           4.66x        125860 KiB
#   200000       3850           28694           7.45x        147352 KiB
# Memory no longer holds the files or the resources (261 MB at 100k before); what grows
# is SQLite's page cache, capped at 64 MiB by the ledger (reached by 100k), and the ids
# of the index and of the records mapped (about 0.2 KiB a resource beyond that).
# Synthea 10-patient export (7160 resources): 804-1117 res/s, 3.6-5.2x jq.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
need_tools jq python3
n=${1:-100000}
bench_tmp
pd="$bench_bin/paindesk"
synthea=../shared/data/sample-bulk-fhir-10-patients

count() { cat "$@" | grep -c . ; }

if [ -d "$synthea" ]; then
  sn=$(count "$synthea"/[A-Z]*.ndjson)
  "$pd" init --ledger "$out/s/l.sqlite"
  measure "paindesk import --from fhir (Synthea)" "$pd" import --ledger "$out/s/l.sqlite" --from fhir "$synthea"; s_s=$LAST_SECONDS
  measure "jq -c . (Synthea)" sh -c "jq -c . '$synthea'/[A-Z]*.ndjson > /dev/null"; sj_s=$LAST_SECONDS
  echo "Synthea: $sn resources: $(python3 -c "print(round($sn/max($s_s,0.01)))") resources/s; jq $(python3 -c "print(round($sn/max($sj_s,0.01)))") resources/s; ratio $(ratio "$s_s" "$sj_s")x"
fi

python3 bench/gen_fhir.py "$n" "$out/x"
echo "synthetic: $n resources ($(du -sh "$out/x" | cut -f1))"
"$pd" init --ledger "$out/l/l.sqlite"
measure "paindesk import --from fhir (N)" "$pd" import --ledger "$out/l/l.sqlite" --from fhir "$out/x/manifest.json"; p_s=$LAST_SECONDS; p_kib=$LAST_KIB
measure "jq -c . (same files)" sh -c "jq -c . '$out'/x/*.ndjson > /dev/null"; j_s=$LAST_SECONDS
echo
echo "import: $(python3 -c "print(round($n/max($p_s,0.01)))") resources/s; jq -c .: $(python3 -c "print(round($n/max($j_s,0.01)))") resources/s"
echo "import / jq -c .: $(ratio "$p_s" "$j_s")x   peak memory ${p_kib} KiB"
