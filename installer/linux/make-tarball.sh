#!/usr/bin/env bash
# Packs a published driver folder into the release tarball:
#   make-tarball.sh --from artifacts/driver --out artifacts [--version 1.2.3] [--rid linux-x64]
# Layout (one folder, extracted anywhere, then ./install.sh [--system]):
#   zohoodbc-VERSION-RID/
#     install.sh  uninstall.sh  ini-section.sh   registration scripts (install.sh finds driver/ beside it)
#     odbcinst.ini.sample                        the registration, for hand-made setups
#     SETUP.md                                   install, setup and connecting from each client
#     driver/libzohoodbc.so  driver/libe_sqlite3.so  driver/zoho-odbc
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

from="" out="" version="dev" rid="linux-x64"
while [ $# -gt 0 ]; do
  case "$1" in
    --from) from="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --version) version="$2"; shift 2 ;;
    --rid) rid="$2"; shift 2 ;;
    *) echo "make-tarball.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$from" ] && [ -n "$out" ] || { echo "usage: make-tarball.sh --from DIR --out DIR [--version V] [--rid RID]" >&2; exit 2; }
for f in libzohoodbc.so libe_sqlite3.so zoho-odbc; do
  [ -f "$from/$f" ] || { echo "make-tarball.sh: $from/$f is missing (./build.sh publish)" >&2; exit 2; }
done

name="zohoodbc-$version-$rid"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/$name/driver"
install -m 0755 "$here/install.sh" "$here/uninstall.sh" "$stage/$name/"
install -m 0644 "$here/ini-section.sh" "$root/odbcinst.ini.sample" "$stage/$name/"
install -m 0644 "$root/docs/setup.md" "$stage/$name/SETUP.md"
install -m 0755 "$from/libzohoodbc.so" "$from/libe_sqlite3.so" "$from/zoho-odbc" "$stage/$name/driver/"

mkdir -p "$out"
tar -C "$stage" --owner=0 --group=0 -czf "$out/$name.tar.gz" "$name"
echo "$out/$name.tar.gz"
