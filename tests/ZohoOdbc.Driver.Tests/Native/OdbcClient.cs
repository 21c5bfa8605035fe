using static ZohoOdbc.Driver.Tests.Native.OdbcNative;

namespace ZohoOdbc.Driver.Tests.Native;

/// <summary>An ODBC call that failed, with the first diagnostic record.</summary>
internal sealed class OdbcCallException(string function, short rc, string sqlState, string message)
    : Exception($"{function} returned {rc}: [{sqlState}] {message}")
{
    public short ReturnCode { get; } = rc;
    public string SqlState { get; } = sqlState;
    public string DiagnosticMessage { get; } = message;
}

internal sealed record DescribedColumn(string Name, short SqlType, ulong Size, short DecimalDigits, short Nullable);

internal sealed record QueryResult(IReadOnlyList<DescribedColumn> Columns, IReadOnlyList<string?[]> Rows, long RowCount);

/// <summary>A minimal C-style ODBC application over libodbc.so.2: connect, execute, fetch with SQLGetData(WCHAR).</summary>
internal sealed unsafe class OdbcClient : IDisposable
{
    private readonly nint _env;
    private nint _dbc;

    public OdbcClient(string connectionString)
    {
        Check("SQLAllocHandle(ENV)", SQLAllocHandle(SQL_HANDLE_ENV, 0, out _env), SQL_HANDLE_ENV, 0);
        Check("SQLSetEnvAttr", SQLSetEnvAttr(_env, SQL_ATTR_ODBC_VERSION, SQL_OV_ODBC3, 0), SQL_HANDLE_ENV, _env);
        Check("SQLAllocHandle(DBC)", SQLAllocHandle(SQL_HANDLE_DBC, _env, out _dbc), SQL_HANDLE_ENV, _env);
        var outBuf = new char[1024];
        fixed (char* inp = connectionString)
        fixed (char* outp = outBuf)
        {
            var rc = SQLDriverConnectW(_dbc, 0, inp, (short)connectionString.Length, outp, (short)outBuf.Length, out var outLen, SQL_DRIVER_NOPROMPT);
            Check("SQLDriverConnectW", rc, SQL_HANDLE_DBC, _dbc);
            OutConnectionString = new string(outp, 0, Math.Min(outLen, (short)(outBuf.Length - 1)));
        }
    }

    public string OutConnectionString { get; }

    public nint Connection => _dbc;

    public QueryResult Query(string sql, bool prepare = false)
    {
        Check("SQLAllocHandle(STMT)", SQLAllocHandle(SQL_HANDLE_STMT, _dbc, out var stmt), SQL_HANDLE_DBC, _dbc);
        try
        {
            fixed (char* s = sql)
            {
                if (prepare)
                {
                    Check("SQLPrepareW", SQLPrepareW(stmt, s, sql.Length), SQL_HANDLE_STMT, stmt);
                    Check("SQLExecute", SQLExecute(stmt), SQL_HANDLE_STMT, stmt);
                }
                else Check("SQLExecDirectW", SQLExecDirectW(stmt, s, sql.Length), SQL_HANDLE_STMT, stmt);
            }
            return ReadAll(stmt);
        }
        finally { SQLFreeHandle(SQL_HANDLE_STMT, stmt); }
    }

    public QueryResult Tables(string? tablePattern)
    {
        Check("SQLAllocHandle(STMT)", SQLAllocHandle(SQL_HANDLE_STMT, _dbc, out var stmt), SQL_HANDLE_DBC, _dbc);
        try
        {
            fixed (char* t = tablePattern)
                Check("SQLTablesW", SQLTablesW(stmt, null, 0, null, 0, t, tablePattern is null ? (short)0 : SQL_NTS, null, 0),
                    SQL_HANDLE_STMT, stmt);
            return ReadAll(stmt);
        }
        finally { SQLFreeHandle(SQL_HANDLE_STMT, stmt); }
    }

    public QueryResult Columns(string table)
    {
        Check("SQLAllocHandle(STMT)", SQLAllocHandle(SQL_HANDLE_STMT, _dbc, out var stmt), SQL_HANDLE_DBC, _dbc);
        try
        {
            fixed (char* t = table)
                Check("SQLColumnsW", SQLColumnsW(stmt, null, 0, null, 0, t, SQL_NTS, null, 0), SQL_HANDLE_STMT, stmt);
            return ReadAll(stmt);
        }
        finally { SQLFreeHandle(SQL_HANDLE_STMT, stmt); }
    }

    private static QueryResult ReadAll(nint stmt)
    {
        Check("SQLNumResultCols", SQLNumResultCols(stmt, out var count), SQL_HANDLE_STMT, stmt);
        var columns = new List<DescribedColumn>();
        var name = stackalloc char[256];
        for (ushort i = 1; i <= count; i++)
        {
            Check("SQLDescribeColW", SQLDescribeColW(stmt, i, name, 256, out var nameLen, out var type, out var size,
                out var digits, out var nullable), SQL_HANDLE_STMT, stmt);
            columns.Add(new DescribedColumn(new string(name, 0, nameLen), type, size, digits, nullable));
        }
        var rows = new List<string?[]>();
        while (true)
        {
            var rc = SQLFetch(stmt);
            if (rc == SQL_NO_DATA) break;
            Check("SQLFetch", rc, SQL_HANDLE_STMT, stmt);
            var row = new string?[count];
            for (ushort i = 1; i <= count; i++) row[i - 1] = GetText(stmt, i);
            rows.Add(row);
        }
        Check("SQLRowCount", SQLRowCount(stmt, out var rowCount), SQL_HANDLE_STMT, stmt);
        return new QueryResult(columns, rows, rowCount);
    }

    /// <summary>Reads a column as SQL_C_WCHAR in small chunks, exercising the 01004 continuation path.</summary>
    private static string? GetText(nint stmt, ushort column)
    {
        const int chunkChars = 16;
        var buffer = stackalloc char[chunkChars];
        var text = new System.Text.StringBuilder();
        while (true)
        {
            var rc = SQLGetData(stmt, column, SQL_C_WCHAR, buffer, chunkChars * sizeof(char), out var ind);
            if (rc == SQL_NO_DATA) break;
            Check("SQLGetData", rc, SQL_HANDLE_STMT, stmt);
            if (ind == SQL_NULL_DATA) return null;
            var available = ind == SQL_NO_TOTAL ? chunkChars - 1 : (int)Math.Min(ind / sizeof(char), chunkChars - 1);
            text.Append(buffer, available);
            if (rc == SQL_SUCCESS) break;
        }
        return text.ToString();
    }

    internal static void Check(string function, short rc, short handleType, nint handle)
    {
        if (rc is SQL_SUCCESS or SQL_SUCCESS_WITH_INFO) return;
        var (state, message) = FirstDiagnostic(handleType, handle);
        throw new OdbcCallException(function, rc, state, message);
    }

    internal static (string State, string Message) FirstDiagnostic(short handleType, nint handle)
    {
        if (handle == 0) return ("", "");
        var state = stackalloc char[6];
        var message = stackalloc char[1024];
        var rc = SQLGetDiagRecW(handleType, handle, 1, state, out _, message, 1024, out var len);
        return rc is SQL_SUCCESS or SQL_SUCCESS_WITH_INFO
            ? (new string(state, 0, 5), new string(message, 0, Math.Min((int)len, 1023)))
            : ("", "");
    }

    public void Dispose()
    {
        if (_dbc != 0)
        {
            SQLDisconnect(_dbc);
            SQLFreeHandle(SQL_HANDLE_DBC, _dbc);
            _dbc = 0;
        }
        SQLFreeHandle(SQL_HANDLE_ENV, _env);
    }
}
