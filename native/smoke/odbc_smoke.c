/*
 * odbc_smoke: the smallest C application of the driver. Connects with a connection string,
 * runs one statement and prints the rows tab-separated, or the diagnostic and exit code 1.
 *   cc -o odbc_smoke odbc_smoke.c -lodbc
 *   ./odbc_smoke "DSN=ZohoDemo" "SELECT TOP 3 invoice_number, total FROM invoices"
 */
#include <sql.h>
#include <sqlext.h>
#include <stdio.h>
#include <string.h>

static int report(const char *what, SQLSMALLINT type, SQLHANDLE handle)
{
    SQLCHAR state[6] = "", message[1024] = "";
    SQLINTEGER native = 0;
    SQLSMALLINT len = 0;
    SQLGetDiagRec(type, handle, 1, state, &native, message, sizeof message, &len);
    fprintf(stderr, "%s failed: [%s] %s\n", what, state, message);
    return 1;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s CONNECTION_STRING SQL\n", argv[0]);
        return 2;
    }
    SQLHENV env;
    SQLHDBC dbc;
    SQLHSTMT stmt;
    SQLAllocHandle(SQL_HANDLE_ENV, SQL_NULL_HANDLE, &env);
    SQLSetEnvAttr(env, SQL_ATTR_ODBC_VERSION, (SQLPOINTER)SQL_OV_ODBC3, 0);
    SQLAllocHandle(SQL_HANDLE_DBC, env, &dbc);
    if (!SQL_SUCCEEDED(SQLDriverConnect(dbc, NULL, (SQLCHAR *)argv[1], SQL_NTS, NULL, 0, NULL, SQL_DRIVER_NOPROMPT)))
        return report("SQLDriverConnect", SQL_HANDLE_DBC, dbc);
    SQLAllocHandle(SQL_HANDLE_STMT, dbc, &stmt);
    if (!SQL_SUCCEEDED(SQLExecDirect(stmt, (SQLCHAR *)argv[2], SQL_NTS)))
        return report("SQLExecDirect", SQL_HANDLE_STMT, stmt);

    SQLSMALLINT columns = 0;
    SQLNumResultCols(stmt, &columns);
    for (SQLUSMALLINT c = 1; c <= columns; c++) {
        SQLCHAR name[256];
        SQLSMALLINT len, type, digits, nullable;
        SQLULEN size;
        SQLDescribeCol(stmt, c, name, sizeof name, &len, &type, &size, &digits, &nullable);
        printf("%s%s", c > 1 ? "\t" : "", name);
    }
    printf("\n");
    long rows = 0;
    SQLRETURN rc;
    while ((rc = SQLFetch(stmt)) == SQL_SUCCESS || rc == SQL_SUCCESS_WITH_INFO) {
        for (SQLUSMALLINT c = 1; c <= columns; c++) {
            char value[512];
            SQLLEN ind;
            SQLGetData(stmt, c, SQL_C_CHAR, value, sizeof value, &ind);
            printf("%s%s", c > 1 ? "\t" : "", ind == SQL_NULL_DATA ? "NULL" : value);
        }
        printf("\n");
        rows++;
    }
    if (rc != SQL_NO_DATA)
        return report("SQLFetch", SQL_HANDLE_STMT, stmt);
    fprintf(stderr, "%ld rows\n", rows);
    SQLFreeHandle(SQL_HANDLE_STMT, stmt);
    SQLDisconnect(dbc);
    SQLFreeHandle(SQL_HANDLE_DBC, dbc);
    SQLFreeHandle(SQL_HANDLE_ENV, env);
    return 0;
}
