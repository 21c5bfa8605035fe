#!/usr/bin/env bash
# Runs fdcastel/odbc-crusher (third-party ODBC conformance suite) against the published driver
# and the Zoho emulator, and prints its summary.
#
#   tests/conformance/run-odbc-crusher.sh CRUSHER_CHECKOUT [extra odbc-crusher args...]
#
# CRUSHER_CHECKOUT is a clone of https://github.com/fdcastel/odbc-crusher. It is copied to a
# temporary folder and built there against Debian's packages instead of its network downloads
# (apt: cmake g++ libcli11-dev nlohmann-json3-dev libgtest-dev unixodbc-dev); nothing of it is
# kept in this repository. Needs ./build.sh publish (artifacts/driver, artifacts/emulator).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CRUSHER_SRC="${1:?usage: $0 CRUSHER_CHECKOUT [odbc-crusher args...]}"
shift
DRIVER="${ZOHOODBC_DRIVER:-$ROOT/artifacts/driver/libzohoodbc.so}"
EMULATOR_DLL="${ZOHOODBC_EMULATOR:-$ROOT/artifacts/emulator/ZohoOdbc.Emulator.dll}"
[ -f "$DRIVER" ] || { echo "no driver at $DRIVER: run ./build.sh publish" >&2; exit 2; }
[ -f "$EMULATOR_DLL" ] || { echo "no emulator at $EMULATOR_DLL: run ./build.sh publish" >&2; exit 2; }

WORK="$(mktemp -d /tmp/odbc-crusher-run.XXXXXX)"
EMULATOR_PID=""
cleanup() {
  exec 3>&- 2>/dev/null || true
  [ -n "$EMULATOR_PID" ] && kill "$EMULATOR_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# Build in a copy: swap FetchContent (network) for the distribution's packages.
BUILD_CACHE="${CRUSHER_BUILD_DIR:-/tmp/odbc-crusher-build}"
if [ ! -x "$BUILD_CACHE/bin/odbc-crusher" ]; then
  rm -rf "$BUILD_CACHE"; mkdir -p "$BUILD_CACHE"
  cp -r "$CRUSHER_SRC/." "$BUILD_CACHE/src"
  python3 - "$BUILD_CACHE/src/CMakeLists.txt" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path).read()
text = re.sub(r"include\(FetchContent\).*?FetchContent_MakeAvailable\(json\)",
              "find_package(GTest REQUIRED)\nfind_package(CLI11 REQUIRED)\nfind_package(nlohmann_json REQUIRED)",
              text, flags=re.S)
open(path, "w").write(text)
PY
  cmake -S "$BUILD_CACHE/src" -B "$BUILD_CACHE/build" -DCMAKE_BUILD_TYPE=Release >"$BUILD_CACHE/cmake.log"
  cmake --build "$BUILD_CACHE/build" --target odbc-crusher -j"$(nproc)" >"$BUILD_CACHE/build.log"
  mkdir -p "$BUILD_CACHE/bin"
  cp "$(find "$BUILD_CACHE/build" -type f -name odbc-crusher -perm -u+x | head -1)" "$BUILD_CACHE/bin/"
fi

# Private unixODBC configuration, as the end-to-end tests use.
cat >"$WORK/odbcinst.ini" <<INI
[ZohoOdbcCrusher]
Driver=$DRIVER
Threading=0
DontDLClose=1
INI
: >"$WORK/odbc.ini"
export ODBCSYSINI="$WORK" ODBCINI="$WORK/odbc.ini"

# The emulator exits when its stdin closes: hold it open through a FIFO for the run.
mkfifo "$WORK/emulator.in"
dotnet "$EMULATOR_DLL" --port 0 --exit-on-stdin-close <"$WORK/emulator.in" >"$WORK/emulator.out" 2>&1 &
EMULATOR_PID=$!
exec 3>"$WORK/emulator.in"
for _ in $(seq 1 600); do
  grep -q '^Emulator listening on ' "$WORK/emulator.out" 2>/dev/null && break
  sleep 0.1
done
URL="$(sed -n 's/^Emulator listening on \([^[:space:]]*\).*/\1/p' "$WORK/emulator.out" | head -1)"
[ -n "$URL" ] || { echo "the emulator did not start:" >&2; cat "$WORK/emulator.out" >&2; exit 2; }

CONN="DRIVER={ZohoOdbcCrusher};AccountsUrl=$URL;ClientId=1000.EMULATORCLIENT;ClientSecret=emulator-secret;RefreshToken=1000.emulator.refresh"
set +e
"$BUILD_CACHE/bin/odbc-crusher" "$CONN" "$@"
status=$?
set -e
exit $status
