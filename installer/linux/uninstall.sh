#!/usr/bin/env bash
# Removes the ZohoOdbc driver registration, files and command installed by install.sh.
#   uninstall.sh [--user | --system] [--name ZohoOdbc] [--prefix DIR]
# Data sources (DSNs) that name the driver are left in odbc.ini (remove them with zoho-odbc remove DSN first);
# the token store and caches in your home directory stay too (~/.config/zohoodbc, ~/.cache/zohoodbc).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/ini-section.sh"

scope="user" name="ZohoOdbc" prefix=""
while [ $# -gt 0 ]; do
  case "$1" in
    --system) scope="system"; shift ;;
    --user) scope="user"; shift ;;
    --name) name="$2"; shift 2 ;;
    --prefix) prefix="$2"; shift 2 ;;
    -h|--help) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "uninstall.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

if [ "$scope" = system ]; then
  prefix="${prefix:-/usr/local}"
  inifile="$(odbcinst -j | awk -F': ' '/^DRIVERS/ {print $2}')"
else
  prefix="${prefix:-$HOME/.local}"
  inifile="$HOME/.odbcinst.ini"
fi
libdir="$prefix/lib/zohoodbc"
bindir="$prefix/bin"

ini_remove_section "$inifile" "$name"
# The command link only if it is ours.
if [ -L "$bindir/zoho-odbc" ] && [ "$(readlink "$bindir/zoho-odbc")" = "$libdir/zoho-odbc" ]; then rm -f "$bindir/zoho-odbc"; fi
rm -rf "$libdir"
echo "Removed ODBC driver [$name] from $inifile and $libdir"
