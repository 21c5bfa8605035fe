#!/usr/bin/env bash
# Fetch throughput of ZohoOdbc against Debian's SQLite ODBC driver (libsqliteodbc), over the
# same rows, in the same run: through pyodbc (one SQLFetch + SQLGetData per value; once more without
# the DECIMAL column, so that pyodbc builds the same Python objects from both drivers), through a C
# client making the same calls as pyodbc (the driver's per-call cost without Python's) and through
# a C client with a 1,000-row column-wise block cursor.
#
#   benchmarks/ZohoOdbc.FetchBenchmark/run.sh [INVOICES] [REPEATS]
#
# Needs ./build.sh publish (artifacts/driver, artifacts/emulator), cc, python3-pyodbc and
# libsqliteodbc (apt). The emulator serves INVOICES invoices (default 50,000); the same rows are
# copied into a SQLite file for libsqliteodbc. Each repeat executes the query (timed apart: for
# ZohoOdbc that loads the table from the emulator's API, which the cache of a later release
# will serve) and fetches every row (timed): fetch rows/s is the median over REPEATS (default 5).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
INVOICES="${1:-50000}"
REPEATS="${2:-5}"
# Rounds alternate the order of the drivers; the ratios are the medians over the rounds.
ROUNDS="${ROUNDS:-3}"
DRIVER="${ZOHOODBC_DRIVER:-$ROOT/artifacts/driver/libzohoodbc.so}"
EMULATOR_DLL="${ZOHOODBC_EMULATOR:-$ROOT/artifacts/emulator/ZohoOdbc.Emulator.dll}"
SQLITE_DRIVER="${SQLITE_ODBC_DRIVER:-/usr/lib/x86_64-linux-gnu/odbc/libsqlite3odbc.so}"
for f in "$DRIVER" "$EMULATOR_DLL" "$SQLITE_DRIVER"; do
  [ -f "$f" ] || { echo "missing $f (./build.sh publish; apt-get install libsqliteodbc)" >&2; exit 2; }
done

WORK="$(mktemp -d /tmp/zohoodbc-bench.XXXXXX)"
EMULATOR_PID=""
cleanup() {
  exec 3>&- 2>/dev/null || true
  [ -n "$EMULATOR_PID" ] && kill "$EMULATOR_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

cc -O2 -o "$WORK/block_fetch" "$HERE/block_fetch.c" -lodbc
cc -O2 -o "$WORK/getdata_fetch" "$HERE/getdata_fetch.c" -lodbc

mkfifo "$WORK/emulator.in"
dotnet "$EMULATOR_DLL" --port 0 --invoices "$INVOICES" --contacts 2000 --exit-on-stdin-close <"$WORK/emulator.in" >"$WORK/emulator.out" 2>&1 &
EMULATOR_PID=$!
exec 3>"$WORK/emulator.in"
for _ in $(seq 1 1200); do
  grep -q '^Emulator listening on ' "$WORK/emulator.out" 2>/dev/null && break
  sleep 0.1
done
URL="$(sed -n 's/^Emulator listening on \([^[:space:]]*\).*/\1/p' "$WORK/emulator.out" | head -1)"
[ -n "$URL" ] || { echo "the emulator did not start:" >&2; cat "$WORK/emulator.out" >&2; exit 2; }

cat >"$WORK/odbcinst.ini" <<INI
[ZohoOdbcBench]
Driver=$DRIVER
Threading=0
[SQLiteBench]
Driver=$SQLITE_DRIVER
Threading=0
INI
: >"$WORK/odbc.ini"
export ODBCSYSINI="$WORK" ODBCINI="$WORK/odbc.ini"

# Governor limits that let every repeat read every page; a private cache and governor folder.
ZOHO="DRIVER={ZohoOdbcBench};AccountsUrl=$URL;ClientId=1000.EMULATORCLIENT;ClientSecret=emulator-secret;RefreshToken=1000.emulator.refresh;RequestsPerMinute=100000;MaxConcurrency=8;MaxCallsPerQuery=100000;DailyLimit=100000000;CachePath=$WORK/cache"
SQLITE="DRIVER={SQLiteBench};Database=$WORK/invoices.db"
SQL_ZOHO="SELECT invoice_number, customer_name, total, date, created_time FROM invoices"
SQL_SQLITE="SELECT invoice_number, customer_name, total, date, created_time FROM invoices"
# The same rows without total: pyodbc builds the same Python objects from both drivers' values (our exact
# DECIMAL becomes decimal.Decimal, sqliteodbc's text column a str), so this ratio is the drivers' alone.
SQL_SAME_OBJECTS="SELECT invoice_number, customer_name, date, created_time FROM invoices"

# The same rows, copied out of ZohoOdbc into SQLite with the same declared types.
/usr/bin/python3 - "$ZOHO" "$SQL_ZOHO" "$WORK/invoices.db" <<'PY'
import sqlite3, sys, pyodbc
source = pyodbc.connect(sys.argv[1], autocommit=True).cursor()
rows = source.execute(sys.argv[2]).fetchall()
db = sqlite3.connect(sys.argv[3])
db.execute("CREATE TABLE invoices (invoice_number VARCHAR(100), customer_name VARCHAR(255), total DECIMAL(18,2), date DATE, created_time TIMESTAMP)")
db.executemany("INSERT INTO invoices VALUES (?, ?, ?, ?, ?)",
               [(r[0], r[1], str(r[2]), r[3].isoformat(), r[4].isoformat(sep=" ")) for r in rows])
db.commit()
print(f"copied {len(rows)} rows", file=sys.stderr)
PY

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# Runs one client against one driver; prints "rows median_execute_s median_fetch_s median_total_s".
measure() {
  local out="$WORK/out.$RANDOM"
  "$@" >"$out"
  local rows exec fetch total
  rows=$(head -1 "$out" | awk '{print $1}')
  exec=$(awk '{print $2}' "$out" | median)
  fetch=$(awk '{print $3}' "$out" | median)
  total=$(awk '{print $2 + $3}' "$out" | median)
  echo "$rows $exec $fetch $total"
}

client_name() {
  case $1 in
    pyodbc) echo pyodbc ;;
    pyodbc4) echo 'pyodbc, without total' ;;
    getdata) echo 'C, SQLGetData per value' ;;
    block) echo 'C, 1,000-row block cursor' ;;
  esac
}

declare -A RESULT
for round in $(seq 1 "$ROUNDS"); do
  # Alternate the order so neither driver always runs on a warmer machine.
  for driver in $([ $((round % 2)) = 1 ] && echo "zoho sqlite" || echo "sqlite zoho"); do
    conn=$([ $driver = zoho ] && echo "$ZOHO" || echo "$SQLITE")
    sql=$([ $driver = zoho ] && echo "$SQL_ZOHO" || echo "$SQL_SQLITE")
    RESULT[pyodbc,$driver,$round]=$(measure /usr/bin/python3 "$HERE/pyodbc_fetch.py" "$conn" "$sql" "$REPEATS")
    RESULT[pyodbc4,$driver,$round]=$(measure /usr/bin/python3 "$HERE/pyodbc_fetch.py" "$conn" "$SQL_SAME_OBJECTS" "$REPEATS")
    RESULT[getdata,$driver,$round]=$(measure "$WORK/getdata_fetch" "$conn" "$sql" "$REPEATS")
    RESULT[block,$driver,$round]=$(measure "$WORK/block_fetch" "$conn" "$sql" "$REPEATS")
  done
done

printf '\nFetch throughput, %s rows x 5 columns (text, text, decimal, date, timestamp), median of %s repeats, %s rounds\n\n' "$INVOICES" "$REPEATS" "$ROUNDS"
printf '| client | driver | rows | execute s | fetch s | fetch rows/s | end-to-end rows/s |\n|---|---|---|---|---|---|---|\n'
for client in pyodbc pyodbc4 getdata block; do
  for driver in zoho sqlite; do
    fetches="" totals=""
    for round in $(seq 1 "$ROUNDS"); do
      read -r rows exec fetch total <<<"${RESULT[$client,$driver,$round]}"
      rate=$(awk -v r="$rows" -v f="$fetch" 'BEGIN {printf "%.0f", r / f}')
      e2e=$(awk -v r="$rows" -v t="$total" 'BEGIN {printf "%.0f", r / t}')
      printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$(client_name $client)" \
        "$([ $driver = zoho ] && echo ZohoOdbc || echo sqliteodbc)" "$rows" "$exec" "$fetch" "$rate" "$e2e"
      fetches="$fetches $rate" totals="$totals $e2e"
    done
    eval "RATE_${client}_${driver}=\$(echo $fetches | tr ' ' '\n' | median)"
    eval "E2E_${client}_${driver}=\$(echo $totals | tr ' ' '\n' | median)"
  done
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

printf '\nRatio ZohoOdbc / sqliteodbc (median of the rounds)\n'
printf '  fetch rows/s:       pyodbc %s, pyodbc without total %s, C SQLGetData per value %s, C block cursor %s\n' \
  "$(ratio "$RATE_pyodbc_zoho" "$RATE_pyodbc_sqlite")" "$(ratio "$RATE_pyodbc4_zoho" "$RATE_pyodbc4_sqlite")" \
  "$(ratio "$RATE_getdata_zoho" "$RATE_getdata_sqlite")" "$(ratio "$RATE_block_zoho" "$RATE_block_sqlite")"
printf '  end-to-end rows/s:  pyodbc %s, pyodbc without total %s, C SQLGetData per value %s, C block cursor %s\n' \
  "$(ratio "$E2E_pyodbc_zoho" "$E2E_pyodbc_sqlite")" "$(ratio "$E2E_pyodbc4_zoho" "$E2E_pyodbc4_sqlite")" \
  "$(ratio "$E2E_getdata_zoho" "$E2E_getdata_sqlite")" "$(ratio "$E2E_block_zoho" "$E2E_block_sqlite")"

# pyodbc's own work per driver: its fetch time less the C client's making the same calls. What is left of
# sqliteodbc's pyodbc time after pyodbc's own work on our rows is what our driver's calls may cost for the pyodbc
# ratio to reach 1.0 with the DECIMAL column; the C client shows what they cost.
ms() { awk -v r="$INVOICES" -v a="$1" -v b="${2:-}" 'BEGIN {printf "%.1f", 1000 * (r / a - (b == "" ? 0 : r / b))}'; }
PY_ZOHO=$(ms "$RATE_pyodbc_zoho" "$RATE_getdata_zoho")
PY_SQLITE=$(ms "$RATE_pyodbc_sqlite" "$RATE_getdata_sqlite")
printf '  pyodbc own work per %s rows (pyodbc fetch - C client with its calls): ZohoOdbc %s ms, sqliteodbc %s ms\n' "$INVOICES" "$PY_ZOHO" "$PY_SQLITE"
printf '  driver calls for pyodbc 1.0 with the DECIMAL column: at most %s ms; ZohoOdbc %s ms, sqliteodbc %s ms (C client)\n' \
  "$(awk -v s="$(ms "$RATE_pyodbc_sqlite")" -v p="$PY_ZOHO" 'BEGIN {printf "%.1f", s - p}')" "$(ms "$RATE_getdata_zoho")" "$(ms "$RATE_getdata_sqlite")"
