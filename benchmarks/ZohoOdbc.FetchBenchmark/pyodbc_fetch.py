#!/usr/bin/env python3
"""Fetch throughput through pyodbc: execute (timed apart), then fetchall (timed).

  pyodbc_fetch.py CONNECTION_STRING SQL REPEATS   -> one line per repeat: rows execute_seconds fetch_seconds

pyodbc reads one row per SQLFetch and each value with SQLGetData (text as SQL_C_WCHAR,
decimals as text, dates and timestamps as structures), the way most Python tools reach ODBC.
"""
import sys
import time

import pyodbc


def main(connstr, sql, repeats):
    cnxn = pyodbc.connect(connstr, autocommit=True)
    cur = cnxn.cursor()
    for _ in range(repeats):
        start = time.perf_counter()
        cur.execute(sql)
        executed = time.perf_counter()
        rows = cur.fetchall()
        done = time.perf_counter()
        print(f"{len(rows)} {executed - start:.6f} {done - executed:.6f}", flush=True)
    cnxn.close()


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
