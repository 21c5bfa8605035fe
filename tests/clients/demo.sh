#!/usr/bin/env bash
# The demo: starts the emulator (a local Zoho Books with 1,000 contacts and 5,000 invoices),
# writes a user DSN "ZohoDemo" for the registered driver, and queries it through isql and pyodbc.
#   demo.sh EMULATOR_DIR
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
. "$here/start-emulator.sh"
. "$root/installer/linux/ini-section.sh"

start_emulator "$1"
trap stop_emulator EXIT
echo "Emulator (local Zoho Books) at $EMULATOR_URL"

# The emulator's fixed OAuth client and grant (tests/ZohoOdbc.Emulator/EmulatorCredentials.cs).
ini_put_section "$HOME/.odbc.ini" ZohoDemo \
  "Driver=ZohoOdbc" \
  "Description=ZohoOdbc demo against the local emulator" \
  "Product=Books" \
  "AccountsUrl=$EMULATOR_URL" \
  "ClientId=1000.EMULATORCLIENT" \
  "ClientSecret=emulator-secret" \
  "RefreshToken=1000.emulator.refresh"
echo "User DSN [ZohoDemo] written to ~/.odbc.ini"

run_isql() {
  echo
  echo "isql: $1"
  echo "$1" | isql -b -c -d'|' ZohoDemo | sed 's/^/  /'
}
run_isql "SELECT TOP 5 invoice_number, customer_name, total FROM invoices ORDER BY total DESC"
run_isql "SELECT TOP 5 invoice_number, date, due_date, status, balance FROM invoices WHERE status = 'overdue' ORDER BY balance DESC"
run_isql "SELECT TOP 3 contact_name, company_name, contact_type, created_time FROM contacts ORDER BY contact_name"

/usr/bin/python3 "$here/pyodbc_client.py" demo "DSN=ZohoDemo"

echo
echo "isql: a typo in the SQL gets a clear error, and the client keeps running:"
echo "SELEC invoice_number FROM invoices" | isql -b -v ZohoDemo 2>&1 | sed 's/^/  /' || true
echo
calls="$(/usr/bin/python3 -c 'import json,sys,urllib.request; print(len(json.load(urllib.request.urlopen(sys.argv[1] + "/__emulator/requests"))))' "$EMULATOR_URL")"
echo "Zoho API calls the emulator served for all of the above: $calls"
