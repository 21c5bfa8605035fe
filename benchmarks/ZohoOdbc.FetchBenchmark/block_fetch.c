/*
 * block_fetch: fetch throughput of an ODBC driver through a 1,000-row block cursor.
 *
 *   cc -O2 -o block_fetch block_fetch.c -lodbc
 *   ./block_fetch "CONNECTION STRING" "SELECT ..." REPEATS
 *
 * Binds the five columns of the benchmark query column-wise (text, text, SQL_C_NUMERIC-free
 * double, date, timestamp), sets SQL_ATTR_ROW_ARRAY_SIZE to 1,000 and reads every row. Each
 * repeat executes the statement (timed apart) and then fetches (timed): the fetch phase is what
 * the ODBC layer costs. Prints one line per repeat: rows, execute seconds, fetch seconds.
 */
#include <sql.h>
#include <sqlext.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define ROWS 1000
#define TEXT 256

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static int fail(const char *what, SQLSMALLINT type, SQLHANDLE handle)
{
    SQLCHAR state[6] = "", message[1024] = "";
    SQLINTEGER native = 0;
    SQLSMALLINT length = 0;
    SQLGetDiagRec(type, handle, 1, state, &native, message, sizeof message, &length);
    fprintf(stderr, "%s failed: [%s] %s\n", what, state, message);
    return 1;
}

static SQLCHAR number[ROWS][TEXT], customer[ROWS][TEXT];
static double total[ROWS];
static SQL_DATE_STRUCT date[ROWS];
static SQL_TIMESTAMP_STRUCT created[ROWS];
static SQLLEN lengths[5][ROWS];
static SQLUSMALLINT status[ROWS];

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: %s CONNECTION_STRING SQL REPEATS\n", argv[0]);
        return 2;
    }
    int repeats = atoi(argv[3]);
    SQLHENV env;
    SQLHDBC dbc;
    SQLHSTMT stmt;
    SQLAllocHandle(SQL_HANDLE_ENV, SQL_NULL_HANDLE, &env);
    SQLSetEnvAttr(env, SQL_ATTR_ODBC_VERSION, (SQLPOINTER)SQL_OV_ODBC3, 0);
    SQLAllocHandle(SQL_HANDLE_DBC, env, &dbc);
    if (!SQL_SUCCEEDED(SQLDriverConnect(dbc, NULL, (SQLCHAR *)argv[1], SQL_NTS, NULL, 0, NULL, SQL_DRIVER_NOPROMPT)))
        return fail("SQLDriverConnect", SQL_HANDLE_DBC, dbc);
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &stmt);

    SQLULEN fetched = 0;
    SQLSetStmtAttr(stmt, SQL_ATTR_ROW_BIND_TYPE, (SQLPOINTER)SQL_BIND_BY_COLUMN, 0);
    SQLSetStmtAttr(stmt, SQL_ATTR_ROW_ARRAY_SIZE, (SQLPOINTER)ROWS, 0);
    SQLSetStmtAttr(stmt, SQL_ATTR_ROW_STATUS_PTR, status, 0);
    SQLSetStmtAttr(stmt, SQL_ATTR_ROWS_FETCHED_PTR, &fetched, 0);
    SQLBindCol(stmt, 1, SQL_C_CHAR, number, TEXT, lengths[0]);
    SQLBindCol(stmt, 2, SQL_C_CHAR, customer, TEXT, lengths[1]);
    SQLBindCol(stmt, 3, SQL_C_DOUBLE, total, 0, lengths[2]);
    SQLBindCol(stmt, 4, SQL_C_TYPE_DATE, date, 0, lengths[3]);
    SQLBindCol(stmt, 5, SQL_C_TYPE_TIMESTAMP, created, 0, lengths[4]);

    for (int r = 0; r < repeats; r++) {
        double start = now();
        if (!SQL_SUCCEEDED(SQLExecDirect(stmt, (SQLCHAR *)argv[2], SQL_NTS)))
            return fail("SQLExecDirect", SQL_HANDLE_STMT, stmt);
        double executed = now();
        long rows = 0;
        double checksum = 0;
        SQLRETURN rc;
        while ((rc = SQLFetch(stmt)) == SQL_SUCCESS || rc == SQL_SUCCESS_WITH_INFO) {
            rows += (long)fetched;
            checksum += total[0] + date[fetched - 1].day;
        }
        if (rc != SQL_NO_DATA) return fail("SQLFetch", SQL_HANDLE_STMT, stmt);
        double done = now();
        SQLCloseCursor(stmt);
        printf("%ld %.6f %.6f %.0f\n", rows, executed - start, done - executed, checksum);
    }
    SQLFreeHandle(SQL_HANDLE_STMT, stmt);
    SQLDisconnect(dbc);
    SQLFreeHandle(SQL_HANDLE_DBC, dbc);
    SQLFreeHandle(SQL_HANDLE_ENV, env);
    return 0;
}
