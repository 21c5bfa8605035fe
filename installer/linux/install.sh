#!/usr/bin/env bash
# Installs the ZohoOdbc driver and the zoho-odbc command, and registers the driver with unixODBC.
#   install.sh [--from DIR] [--user | --system] [--name ZohoOdbc] [--prefix DIR]
# --from     folder holding libzohoodbc.so, libe_sqlite3.so and zoho-odbc; default: driver/ beside this script
#            (the release tarball), else artifacts/driver of the source tree
# --user     (default) files in ~/.local/lib/zohoodbc, command in ~/.local/bin, registration in ~/.odbcinst.ini
# --system   files in /usr/local/lib/zohoodbc, command in /usr/local/bin, registration in the DRIVERS file
#            `odbcinst -j` names (/etc/odbcinst.ini, or $ODBCSYSINI/odbcinst.ini); needs root
# --prefix   install under DIR/lib/zohoodbc and DIR/bin instead of ~/.local or /usr/local
# Running it again replaces the files and the registration: there is always exactly one [NAME] section.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/ini-section.sh"

from="" scope="user" name="ZohoOdbc" prefix=""
while [ $# -gt 0 ]; do
  case "$1" in
    --from) from="$2"; shift 2 ;;
    --system) scope="system"; shift ;;
    --user) scope="user"; shift ;;
    --name) name="$2"; shift 2 ;;
    --prefix) prefix="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

if [ -z "$from" ]; then
  if [ -f "$here/driver/libzohoodbc.so" ]; then from="$here/driver"; else from="$here/../../artifacts/driver"; fi
fi
[ -f "$from/libzohoodbc.so" ] || { echo "install.sh: $from holds no libzohoodbc.so: give --from DIR (./build.sh publish makes artifacts/driver)" >&2; exit 2; }
from="$(cd "$from" && pwd)"

command -v odbcinst >/dev/null || { echo "install.sh: unixODBC is not installed: apt-get install unixodbc odbcinst" >&2; exit 1; }
if [ "$scope" = system ]; then
  prefix="${prefix:-/usr/local}"
  inifile="$(odbcinst -j | awk -F': ' '/^DRIVERS/ {print $2}')"
else
  prefix="${prefix:-$HOME/.local}"
  inifile="$HOME/.odbcinst.ini"
fi
libdir="$prefix/lib/zohoodbc"
bindir="$prefix/bin"

if [ "$scope" = system ] && ! { [ -w "$(dirname "$inifile")" ] || [ -w "$inifile" ]; }; then
  echo "install.sh: $inifile cannot be written: run with sudo for --system, or install for your user (--user)" >&2
  exit 1
fi

mkdir -p "$libdir" "$bindir"
# The driver and SQLite beside it (found through $ORIGIN), and the command, which shares that SQLite.
install -m 0755 "$from"/*.so "$libdir/"
if [ -f "$from/zoho-odbc" ]; then
  install -m 0755 "$from/zoho-odbc" "$libdir/zoho-odbc"
  ln -sfn "$libdir/zoho-odbc" "$bindir/zoho-odbc"
fi

# Setup names the library exporting ConfigDSN (the driver itself), used by SQLConfigDataSource and GUI tools.
ini_put_section "$inifile" "$name" \
  "Description=ZohoOdbc driver for Zoho Books and Zoho Invoice" \
  "Driver=$libdir/libzohoodbc.so" \
  "Setup=$libdir/libzohoodbc.so" \
  "APILevel=1" \
  "ConnectFunctions=YYN" \
  "DriverODBCVer=03.80" \
  "SQLLevel=1" \
  "FileUsage=0" \
  "Threading=0" \
  "DontDLClose=1" \
  "UsageCount=1"

echo "Registered ODBC driver [$name] -> $libdir/libzohoodbc.so in $inifile ($scope scope)"
if [ -f "$libdir/zoho-odbc" ]; then
  echo "Installed $bindir/zoho-odbc; create a data source with: zoho-odbc setup --driver $name"
  case ":$PATH:" in *":$bindir:"*) ;; *) echo "Note: $bindir is not on your PATH." ;; esac
fi
