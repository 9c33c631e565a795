#!/usr/bin/env bash
# Nightly import of the day's exports into the PainDesk ledger, then the worklists.
# A cron example (crontab: 30 1 * * * /usr/local/share/paindesk/examples/nightly-import.sh):
# quiet on success, so cron mails only problems. Paths are examples: point them at
# where your EHR, FHIR Bulk client and clearinghouse drop their files.
#
#   PAINDESK_LEDGER  the ledger (default /srv/paindesk/ledger.sqlite)
#   DROP             the folder the exports are dropped in (default /srv/exports)
#   AS_OF            the day the worklists are for (default today)
#
# Imported files move to $DROP/imported/DAY with the day's worklists, mode 0700: they hold PHI.
set -euo pipefail
umask 077  # the imported files and the worklists hold PHI
export PAINDESK_LEDGER=${PAINDESK_LEDGER:-/srv/paindesk/ledger.sqlite}
drop=${DROP:-/srv/exports}
as_of=${AS_OF:-$(date +%F)}
done_dir="$drop/imported/$as_of"
mkdir -p "$done_dir"

# 1. FHIR Bulk Data export (the client writes a manifest.json per export). The ledger
#    keeps the export's transactionTime; ask for the next one with that _since.
for manifest in "$drop"/fhir/*/manifest.json; do
  [ -e "$manifest" ] || continue
  paindesk import --from fhir "$manifest"
  mv "$(dirname "$manifest")" "$done_dir/"
done

# 2. The EHR's CSV exports, through a profile (shipped or the clinic's own).
for csv in "$drop"/drchrono/appointments-*.csv; do
  [ -e "$csv" ] || continue
  paindesk import --from csv --profile drchrono-appointments "$csv"
  mv "$csv" "$done_dir/"
done

# 3. Remittances (835) from the clearinghouse: payments onto claims, denials filed.
for era in "$drop"/era/*.835; do
  [ -e "$era" ] || continue
  paindesk import --from x12-835 "$era"
  mv "$era" "$done_dir/"
done

# 4. Prove the ledger, then the worklists (the tools installed on this machine).
#    refill-check routes the refill requests piped to it, and exits 1 when one needs
#    action: that is its answer, not an error, so only codes above 1 stop the job.
paindesk verify
run() { "$@" || [ $? -eq 1 ]; }
if command -v recall-scan >/dev/null; then recall-scan --as-of "$as_of" --format csv > "$done_dir/recall.csv"; fi
if command -v uds-due >/dev/null; then uds-due --as-of "$as_of" --format csv > "$done_dir/uds-due.csv"; fi
if command -v refill-check >/dev/null; then
  paindesk export --kind refill_request |
    run refill-check --as-of "$as_of" --format csv > "$done_dir/refills.csv"
fi
