/*
 * getdata_fetch: fetch throughput of an ODBC driver through pyodbc's call pattern, without Python.
 *
 *   cc -O2 -o getdata_fetch getdata_fetch.c -lodbc
 *   ./getdata_fetch "CONNECTION STRING" "SELECT ..." REPEATS
 *
 * Reads the five columns of the benchmark query the way pyodbc does: one SQLFetch per row, then
 * one SQLGetData per column (text and decimal as SQL_C_WCHAR into a 4,096-byte buffer, date and
 * timestamp as SQL_C_TYPE_TIMESTAMP). Each repeat executes the statement (timed apart) and then
 * fetches (timed): the fetch phase is what the driver costs per call. Prints one line per
 * repeat: rows, execute seconds, fetch seconds.
 */
#include <sql.h>
#include <sqlext.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: %s CONNECTION_STRING SQL REPEATS\n", argv[0]);
        return 2;
    }
    int repeats = atoi(argv[3]);
    SQLHENV env;
    SQLHDBC dbc;
    SQLHSTMT st;
    SQLAllocHandle(SQL_HANDLE_ENV, SQL_NULL_HANDLE, &env);
    SQLSetEnvAttr(env, SQL_ATTR_ODBC_VERSION, (SQLPOINTER)SQL_OV_ODBC3, 0);
    SQLAllocHandle(SQL_HANDLE_DBC, env, &dbc);
    if (!SQL_SUCCEEDED(SQLDriverConnect(dbc, NULL, (SQLCHAR *)argv[1], SQL_NTS, NULL, 0, NULL, SQL_DRIVER_NOPROMPT))) {
        fprintf(stderr, "connect failed\n");
        return 1;
    }
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st);

    SQLWCHAR text[4096 / sizeof(SQLWCHAR)]; /* pyodbc's buffer for a variable-length column */
    SQL_TIMESTAMP_STRUCT stamp;
    SQLLEN indicator;
    for (int r = 0; r < repeats; r++) {
        double start = now();
        if (!SQL_SUCCEEDED(SQLExecDirect(st, (SQLCHAR *)argv[2], SQL_NTS))) {
            fprintf(stderr, "execute failed\n");
            return 1;
        }
        double executed = now();
        long rows = 0;
        while (SQL_SUCCEEDED(SQLFetch(st))) {
            rows++;
            SQLGetData(st, 1, SQL_C_WCHAR, text, sizeof text, &indicator);
            SQLGetData(st, 2, SQL_C_WCHAR, text, sizeof text, &indicator);
            SQLGetData(st, 3, SQL_C_WCHAR, text, sizeof text, &indicator);
            SQLGetData(st, 4, SQL_C_TYPE_TIMESTAMP, &stamp, sizeof stamp, &indicator);
            SQLGetData(st, 5, SQL_C_TYPE_TIMESTAMP, &stamp, sizeof stamp, &indicator);
        }
        double fetched = now();
        SQLCloseCursor(st);
        printf("%ld %.6f %.6f\n", rows, executed - start, fetched - executed);
    }
    SQLFreeHandle(SQL_HANDLE_STMT, st);
    SQLDisconnect(dbc);
    SQLFreeHandle(SQL_HANDLE_DBC, dbc);
    SQLFreeHandle(SQL_HANDLE_ENV, env);
    return 0;
}
