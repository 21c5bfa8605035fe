#!/usr/bin/env bash
# Removes the ZohoOdbc driver registration and files installed by install.sh.
#   uninstall.sh [--system] [--name ZohoOdbc]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/ini-section.sh"

scope="user" name="ZohoOdbc"
while [ $# -gt 0 ]; do
  case "$1" in
    --system) scope="system"; shift ;;
    --user) scope="user"; shift ;;
    --name) name="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

if [ "$scope" = system ]; then
  libdir="/usr/local/lib/zohoodbc"
  inifile="$(odbcinst -j | awk -F': ' '/^DRIVERS/ {print $2}')"
else
  libdir="$HOME/.local/lib/zohoodbc"
  inifile="$HOME/.odbcinst.ini"
fi

ini_remove_section "$inifile" "$name"
rm -rf "$libdir"
echo "Removed ODBC driver [$name] from $inifile and $libdir"
