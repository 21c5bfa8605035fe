#!/usr/bin/env bash
# ZohoOdbc build script. Verbs (same as build.ps1):
#   deps      install the system packages the build and the tests need (apt; needs root or sudo)
#   build     build every project
#   test      unit tests of Core and of the emulator, then end-to-end tests through unixODBC
#             (isql, iusql, pyodbc, a C client, P/Invoke) against the emulator, and the zoho-odbc
#             command with its setup page in headless Chromium
#   publish   NativeAOT driver and zoho-odbc command into artifacts/driver, emulator into artifacts/emulator
#   package   publish, then the release tarball: driver, zoho-odbc, installer (artifacts/zohoodbc-dev-linux-x64.tar.gz)
#   install   register the published driver with unixODBC (user scope; --system for /etc)
#   demo      deps + publish + install, start the emulator, query it through isql and pyodbc, stop it
#   bench     run the benchmarks (quick mode; --full for the full sizes)
#   clean     remove build outputs
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ARTIFACTS="$ROOT/artifacts"
CONFIG="${CONFIG:-Release}"
RID="${RID:-linux-x64}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# chromium and chromium-driver: the headless browser test of the zoho-odbc setup page.
APT_PACKAGES=(clang zlib1g-dev unixodbc unixodbc-dev odbcinst python3-pyodbc chromium chromium-driver)

log() { printf '\n==> %s\n' "$*"; }

cmd_deps() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then log "system packages present"; return; fi
  log "installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  command -v dotnet >/dev/null || { echo "The .NET SDK (10.x) is required: https://dot.net" >&2; exit 1; }
}

cmd_build() {
  log "build ($CONFIG)"
  dotnet build "$ROOT/ZohoOdbc.sln" -c "$CONFIG" -nologo -v quiet
}

cmd_publish() {
  log "publish NativeAOT driver -> artifacts/driver"
  dotnet publish "$ROOT/src/ZohoOdbc.Driver/ZohoOdbc.Driver.csproj" -c "$CONFIG" -r "$RID" \
    -o "$ARTIFACTS/driver" -nologo -v quiet
  log "publish NativeAOT zoho-odbc command -> artifacts/driver"
  dotnet publish "$ROOT/src/ZohoOdbc.Cli/ZohoOdbc.Cli.csproj" -c "$CONFIG" -r "$RID" \
    -o "$ARTIFACTS/driver" -nologo -v quiet
  rm -f "$ARTIFACTS/driver/"*.dbg "$ARTIFACTS/driver/"*.pdb
  log "publish emulator -> artifacts/emulator"
  dotnet publish "$ROOT/tests/ZohoOdbc.Emulator/ZohoOdbc.Emulator.csproj" -c "$CONFIG" \
    -o "$ARTIFACTS/emulator" -nologo -v quiet
  ls -l "$ARTIFACTS/driver"
}

cmd_install() {
  [ -f "$ARTIFACTS/driver/libzohoodbc.so" ] || cmd_publish
  "$ROOT/installer/linux/install.sh" --from "$ARTIFACTS/driver" "$@"
}

cmd_test() {
  cmd_deps
  rm -rf "$ARTIFACTS/test-results"
  cmd_build
  log "unit tests"
  dotnet test "$ROOT/tests/ZohoOdbc.Tests/ZohoOdbc.Tests.csproj" -c "$CONFIG" --no-build -nologo \
    --results-directory "$ARTIFACTS/test-results" --logger "trx;LogFileName=unit.trx"
  log "emulator tests"
  dotnet test "$ROOT/tests/ZohoOdbc.Emulator.Tests/ZohoOdbc.Emulator.Tests.csproj" -c "$CONFIG" --no-build -nologo \
    --results-directory "$ARTIFACTS/test-results" --logger "trx;LogFileName=emulator.trx"
  cmd_publish
  log "end-to-end tests through unixODBC"
  ZOHOODBC_DRIVER="$ARTIFACTS/driver/libzohoodbc.so" \
    dotnet test "$ROOT/tests/ZohoOdbc.Driver.Tests/ZohoOdbc.Driver.Tests.csproj" -c "$CONFIG" --no-build -nologo \
    --results-directory "$ARTIFACTS/test-results" --logger "trx;LogFileName=e2e.trx"
  log "zoho-odbc command, setup page (headless Chromium) and installer tests"
  ZOHOODBC_DRIVER="$ARTIFACTS/driver/libzohoodbc.so" ZOHOODBC_CLI="$ARTIFACTS/driver/zoho-odbc" \
    dotnet test "$ROOT/tests/ZohoOdbc.Cli.Tests/ZohoOdbc.Cli.Tests.csproj" -c "$CONFIG" --no-build -nologo \
    --results-directory "$ARTIFACTS/test-results" --logger "trx;LogFileName=cli.trx"
  "$ROOT/tests/summarize-trx.sh" "$ARTIFACTS/test-results"/*.trx
}

cmd_package() {
  cmd_publish
  "$ROOT/installer/linux/make-tarball.sh" --from "$ARTIFACTS/driver" --out "$ARTIFACTS" --rid "$RID"
}

cmd_demo() {
  cmd_deps
  cmd_publish
  cmd_install
  "$ROOT/tests/clients/demo.sh" "$ARTIFACTS/emulator"
}

cmd_bench() {
  local mode="--quick"
  [ "${1:-}" = "--full" ] && mode=""
  log "emulator benchmark"
  dotnet run --project "$ROOT/benchmarks/ZohoOdbc.Emulator.Benchmarks" -c "$CONFIG" -- $mode
  log "cache benchmark (API calls and time of repeat queries, against a cold load)"
  dotnet run --project "$ROOT/benchmarks/ZohoOdbc.Cache.Benchmarks" -c "$CONFIG" -- $mode
  log "fetch benchmark: ZohoOdbc against Debian's SQLite ODBC driver (needs libsqliteodbc, sqlite3, python3-pyodbc, cc)"
  [ -f "$ARTIFACTS/driver/libzohoodbc.so" ] || cmd_publish
  if [ -n "$mode" ]; then "$ROOT/benchmarks/ZohoOdbc.FetchBenchmark/run.sh" 5000 3
  else "$ROOT/benchmarks/ZohoOdbc.FetchBenchmark/run.sh" 50000 5; fi
}

cmd_clean() {
  rm -rf "$ARTIFACTS"
  find "$ROOT/src" "$ROOT/tests" "$ROOT/benchmarks" -type d \( -name bin -o -name obj \) -prune -exec rm -rf {} +
}

verb="${1:-}"
[ $# -gt 0 ] && shift
case "$verb" in
  deps|build|test|publish|package|install|demo|bench|clean) "cmd_$verb" "$@" ;;
  *) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
