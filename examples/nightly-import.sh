#!/usr/bin/env bash
# Nightly import of the day's exports into the PainDesk ledger, then the worklists.
# A cron example (crontab: 30 1 * * * /opt/paindesk/examples/nightly-import.sh):
# quiet on success, so cron mails only problems. Paths are examples: point them at
# where your EHR, FHIR Bulk client and clearinghouse drop their files.
set -euo pipefail
export PAINDESK_LEDGER=${PAINDESK_LEDGER:-/srv/paindesk/ledger.sqlite}
drop=${DROP:-/srv/exports}
day=$(date +%F)
done_dir="$drop/imported/$day"
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
paindesk verify
for tool in recall-scan uds-due refill-check; do
  command -v "$tool" >/dev/null || continue
  "$tool" --format csv > "$done_dir/$tool.csv"
done
