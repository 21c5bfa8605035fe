#!/usr/bin/env python3
"""A real pyodbc client of the driver, used by the demo and the end-to-end tests.

  pyodbc_client.py query CONNSTR SQL [PARAMS_JSON]
                                       -> JSON: {"columns": [...], "rows": [[...]]} or {"error": {...}};
                                          PARAMS_JSON is a JSON list of values bound to the ? markers
  pyodbc_client.py catalog CONNSTR     -> JSON: what pyodbc's catalog methods return for the invoices table
  pyodbc_client.py demo CONNSTR        -> runs the sample queries and prints them as tables
"""
import datetime
import decimal
import json
import sys

import pyodbc


def encode(value):
    """Keeps the Python type of each value visible to the tests (Decimal stays exact text)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return {"type": "bool", "value": value}
    if isinstance(value, decimal.Decimal):
        return {"type": "Decimal", "value": str(value)}
    if isinstance(value, datetime.datetime):
        return {"type": "datetime", "value": value.isoformat(sep=" ")}
    if isinstance(value, datetime.date):
        return {"type": "date", "value": value.isoformat()}
    if isinstance(value, int):
        return {"type": "int", "value": value}
    if isinstance(value, float):
        return {"type": "float", "value": repr(value)}
    return {"type": type(value).__name__, "value": str(value)}


def error_of(exc):
    state = exc.args[0] if exc.args else ""
    message = exc.args[1] if len(exc.args) > 1 else str(exc)
    return {"error": {"sqlstate": state, "message": message}}


def query(connstr, sql, params=()):
    try:
        cnxn = pyodbc.connect(connstr)
    except pyodbc.Error as exc:
        print(json.dumps(error_of(exc)))
        return 3
    try:
        cur = cnxn.cursor()
        cur.execute(sql, *params)
        columns = [{"name": d[0], "type": d[1].__name__, "size": d[3], "precision": d[4], "scale": d[5]}
                   for d in cur.description]
        rows = [[encode(v) for v in row] for row in cur.fetchall()]
        print(json.dumps({"columns": columns, "rows": rows, "rowcount": cur.rowcount}))
        return 0
    except pyodbc.Error as exc:
        print(json.dumps(error_of(exc)))
        return 3
    finally:
        cnxn.close()  # pyodbc rolls back on close: SQLEndTran must succeed


def catalog(connstr):
    """Every catalog method pyodbc has, as the driver answers them."""
    try:
        cnxn = pyodbc.connect(connstr)
    except pyodbc.Error as exc:
        print(json.dumps(error_of(exc)))
        return 3
    try:
        cur = cnxn.cursor()

        def rows(result):
            return [[encode(v) for v in row] for row in result.fetchall()]

        answer = {
            "tables": rows(cur.tables(tableType="TABLE")),
            "columns": rows(cur.columns(table="invoices")),
            "primary_keys": rows(cur.primaryKeys("invoices")),
            "foreign_keys": rows(cur.foreignKeys(foreignTable="invoices")),
            "statistics": rows(cur.statistics("invoices")),
            "row_id": rows(cur.rowIdColumns("invoices")),
            "procedures": rows(cur.procedures()),
            "type_info": rows(cur.getTypeInfo()),
            "database": cnxn.getinfo(pyodbc.SQL_DATABASE_NAME),
        }
        print(json.dumps(answer))
        return 0
    except pyodbc.Error as exc:
        print(json.dumps(error_of(exc)))
        return 3
    finally:
        cnxn.close()


def print_table(cur, title):
    rows = cur.fetchall()
    names = [d[0] for d in cur.description]
    cells = [[("NULL" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([len(n)] + [len(r[i]) for r in cells]) for i, n in enumerate(names)]
    print(f"\n{title}")
    print("  " + " | ".join(n.ljust(w) for n, w in zip(names, widths)))
    print("  " + "-+-".join("-" * w for w in widths))
    for r in cells:
        print("  " + " | ".join(c.ljust(w) for c, w in zip(r, widths)))
    print(f"  ({len(rows)} rows; Python types: "
          + ", ".join(sorted({type(v).__name__ for row in rows for v in row if v is not None})) + ")")


def demo(connstr):
    cnxn = pyodbc.connect(connstr)
    cur = cnxn.cursor()
    cur.execute("SELECT TOP 5 invoice_number, customer_name, date, total, balance FROM invoices ORDER BY total DESC")
    print_table(cur, "pyodbc: the five largest invoices")
    cur.execute("SELECT TOP 5 contact_name, email, outstanding_receivable_amount FROM contacts "
                "WHERE contact_type = 'customer' ORDER BY outstanding_receivable_amount DESC")
    print_table(cur, "pyodbc: customers who owe the most")
    tables = [row.table_name for row in cur.tables()]
    print(f"\npyodbc: tables: {', '.join(tables)}")
    cnxn.close()
    return 0


if __name__ == "__main__":
    if len(sys.argv) in (4, 5) and sys.argv[1] == "query":
        sys.exit(query(sys.argv[2], sys.argv[3], json.loads(sys.argv[4]) if len(sys.argv) == 5 else ()))
    if len(sys.argv) == 3 and sys.argv[1] == "catalog":
        sys.exit(catalog(sys.argv[2]))
    if len(sys.argv) == 3 and sys.argv[1] == "demo":
        sys.exit(demo(sys.argv[2]))
    print(__doc__, file=sys.stderr)
    sys.exit(2)
