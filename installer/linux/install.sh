#!/usr/bin/env bash
# Installs the ZohoOdbc driver files and registers the driver with unixODBC.
#   install.sh --from DIR [--system] [--name ZohoOdbc]
# User scope (default): files in ~/.local/lib/zohoodbc, registration in ~/.odbcinst.ini (no root needed).
# System scope: files in /usr/local/lib/zohoodbc, registration in the odbcinst.ini `odbcinst -j` names.
# Running it again replaces the previous registration: there is always exactly one.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/ini-section.sh"

from="" scope="user" name="ZohoOdbc"
while [ $# -gt 0 ]; do
  case "$1" in
    --from) from="$2"; shift 2 ;;
    --system) scope="system"; shift ;;
    --user) scope="user"; shift ;;
    --name) name="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$from" ] && [ -f "$from/libzohoodbc.so" ] || { echo "install.sh: --from must name a folder holding libzohoodbc.so" >&2; exit 2; }

if [ "$scope" = system ]; then
  libdir="/usr/local/lib/zohoodbc"
  inifile="$(odbcinst -j | awk -F': ' '/^DRIVERS/ {print $2}')"
else
  libdir="$HOME/.local/lib/zohoodbc"
  inifile="$HOME/.odbcinst.ini"
fi

mkdir -p "$libdir"
# Copy the driver and the native libraries beside it (SQLite is found through $ORIGIN).
install -m 0755 "$from"/*.so "$libdir/"

ini_put_section "$inifile" "$name" \
  "Description=ZohoOdbc driver for Zoho Books and Zoho Invoice" \
  "Driver=$libdir/libzohoodbc.so" \
  "Threading=0" \
  "DontDLClose=1" \
  "UsageCount=1"

echo "Registered ODBC driver [$name] -> $libdir/libzohoodbc.so in $inifile ($scope scope)"
