# Shared helpers for the benchmark scripts: timing with peak memory, ratios.
# Each script times our command and a peer in the same run and prints the ratio; the
# figures are for this machine, one run each unless RUNS says otherwise.

bench_bin=${BENCH_BIN:-.build-release/release}

# measure NAME CMD...: runs CMD under GNU time; prints the wall time, the CPU time
# (user + system: steadier than wall time on a busy machine) and the peak memory; sets
# LAST_SECONDS, LAST_CPU and LAST_KIB.
measure() {
  local name=$1; shift
  local log
  log=$(mktemp)
  /usr/bin/time -f '%e %U %S %M' -o "$log" "$@" >/dev/null 2>"$log.err" || { echo "bench: $name failed:" >&2; cat "$log.err" >&2; rm -f "$log" "$log.err"; return 1; }
  local user sys
  read -r LAST_SECONDS user sys LAST_KIB < "$log"
  LAST_CPU=$(python3 -c "print(f'{$user + $sys:.2f}')")
  rm -f "$log" "$log.err"
  printf '%-34s %8.2f s wall %8.2f s cpu %10d KiB\n' "$name" "$LAST_SECONDS" "$LAST_CPU" "$LAST_KIB"
}

# ratio A B: A/B with two decimals.
ratio() { python3 -c "import sys; a,b=float(sys.argv[1]),float(sys.argv[2]); print(f'{a/b:.2f}' if b>0 else 'inf')" "$1" "$2"; }

need_tools() {
  for t in "$@"; do command -v "$t" >/dev/null || { echo "bench: needs $t (see bench/README.md)" >&2; exit 2; }; done
}

# A scratch folder in $out, removed when the script ends.
bench_tmp() {
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
}

# load_ledger LEDGER FILE [FILE...]: a new ledger with the files imported, the first
# timed as "paindesk import"; prints how many events the ledger holds.
load_ledger() {
  local ledger=$1 first=$2
  shift 2
  "$bench_bin/paindesk" init --ledger "$ledger"
  measure "paindesk import" "$bench_bin/paindesk" import --ledger "$ledger" "$first"
  for f in "$@"; do "$bench_bin/paindesk" import --ledger "$ledger" "$f"; done
  echo "events: $(sqlite3 "$ledger" 'select count(*) from events')"
}

# reuse_ledger BUILD OPEN: sets $ledger to $LEDGER, which keeps the ledger between runs
# (keep it outside the repository), else to a scratch file. A missing file is built by
# the function BUILD (generate the data, then load_ledger "$ledger" ...); an existing
# one is reused, not regenerated: its size is printed and the function OPEN runs, which
# opens it once with the tool (untimed), so the timed run does not pay for a schema
# change, and makes whatever else the run needs.
reuse_ledger() {
  local build=$1 open=$2
  ledger=${LEDGER:-$out/l.sqlite}
  if [ ! -e "$ledger" ]; then
    "$build"
  else
    echo "reusing $ledger: patients $(sqlite3 "$ledger" 'select count(*) from patient'), events $(sqlite3 "$ledger" 'select count(*) from events'), bin: $bench_bin"
    "$open"
  fi
}
