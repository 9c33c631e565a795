#!/usr/bin/env bash
# The clinic's morning job: prove the ledger, then write the day's worklists as CSV call
# lists for the VAs. Quiet apart from a one-line count per list; exit 0 unless something
# failed (a worklist that lists people is not a failure).
#
#   examples/morning.sh            the clinic's own ledger ($PAINDESK_LEDGER), today
#   examples/morning.sh --demo     a fresh demo clinic as of 2026-11-29, in a temp folder
#
# Lists go to $OUT (default ./morning-DATE), mode 0700: they hold PHI.
set -euo pipefail
umask 077  # the lists and the demo ledger hold PHI

if [ "${1:-}" = "--demo" ]; then
  demo_dir=$(mktemp -d)
  trap 'rm -rf "$demo_dir"' EXIT
  export PAINDESK_LEDGER="$demo_dir/demo.sqlite"
  export AS_OF=2026-11-29
  paindesk demo --as-of "$AS_OF"
fi
as_of=${AS_OF:-$(date +%F)}
out=${OUT:-./morning-$as_of}
mkdir -p "$out" && chmod 0700 "$out"

# 1. The ledger is sound and nothing was cut off since yesterday's head.
if [ -n "${HEAD_FILE:-}" ] && [ -s "$HEAD_FILE" ]; then
  paindesk verify --head "$(cat "$HEAD_FILE")"
else
  paindesk verify
fi

# 2. The worklists. refill-check exits 1 when a request needs action: that is its
#    answer, not an error, so only codes above 1 stop the job.
run() { "$@" || [ $? -eq 1 ]; }
# --contacts adds who to call (patient, phone, channel, payer lines, member id): the
# lists are PHI, and --out writes each 0600 (0660 for a group ledger).
pa-status --overdue --as-of "$as_of" --contacts --format csv --out "$out/pa-overdue.csv"
pa-status --pended --as-of "$as_of" --contacts --format csv --out "$out/pa-pended.csv"
appeal-pack list --as-of "$as_of" --status preparing --contacts --format csv --out "$out/appeals.csv"
paindesk export --kind refill_request |
  run refill-check --as-of "$as_of" --contacts --format csv --out "$out/refills.csv"
uds-due --as-of "$as_of" --contacts --format csv --out "$out/uds-due.csv"
recall-scan --as-of "$as_of" --contacts --format csv --out "$out/recall.csv"

for f in pa-overdue pa-pended appeals refills uds-due recall; do
  printf '%-12s %5d\n' "$f" "$(($(wc -l < "$out/$f.csv") - 1))"
done
[ -n "${HEAD_FILE:-}" ] && paindesk head --format ndjson | jq -r .hash > "$HEAD_FILE"
exit 0
