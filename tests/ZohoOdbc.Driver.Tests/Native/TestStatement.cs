using System.Text;
using static ZohoOdbc.Driver.Tests.Native.OdbcNative;

namespace ZohoOdbc.Driver.Tests.Native;

/// <summary>A statement handle with the calls the end-to-end tests make, each checked (an error throws <see cref="OdbcCallException"/>).</summary>
internal sealed unsafe class TestStatement : IDisposable
{
    public TestStatement(TestConnection connection)
    {
        OdbcClient.Check("SQLAllocHandle(STMT)", SQLAllocHandle(SQL_HANDLE_STMT, connection.Handle, out var stmt), SQL_HANDLE_DBC, connection.Handle);
        Handle = stmt;
    }

    public nint Handle { get; }

    /// <summary>The return code of the last checked call (SQL_SUCCESS_WITH_INFO is allowed through).</summary>
    public short Last { get; private set; }

    public short Check(string function, short rc)
    {
        Last = rc;
        OdbcClient.Check(function, rc, SQL_HANDLE_STMT, Handle);
        return rc;
    }

    public TestStatement Execute(string sql)
    {
        fixed (char* s = sql) Check("SQLExecDirectW", SQLExecDirectW(Handle, s, sql.Length));
        return this;
    }

    public TestStatement ExecuteAnsi(string sql)
    {
        var bytes = Encoding.UTF8.GetBytes(sql);
        fixed (byte* s = bytes) Check("SQLExecDirect", SQLExecDirect(Handle, s, bytes.Length));
        return this;
    }

    public TestStatement Prepare(string sql)
    {
        fixed (char* s = sql) Check("SQLPrepareW", SQLPrepareW(Handle, s, sql.Length));
        return this;
    }

    public short ColumnCount
    {
        get
        {
            Check("SQLNumResultCols", SQLNumResultCols(Handle, out var count));
            return count;
        }
    }

    /// <summary>SQLFetch: true for a row, false at SQL_NO_DATA.</summary>
    public bool Fetch()
    {
        var rc = SQLFetch(Handle);
        if (rc == SQL_NO_DATA) return false;
        Check("SQLFetch", rc);
        return true;
    }

    /// <summary>A column as text through SQL_C_WCHAR, in pieces of <paramref name="chunkChars"/> characters.</summary>
    public string? GetString(ushort column, int chunkChars = 256)
    {
        var buffer = new char[chunkChars];
        var text = new StringBuilder();
        fixed (char* b = buffer)
        {
            while (true)
            {
                var rc = SQLGetData(Handle, column, SQL_C_WCHAR, b, chunkChars * 2, out var indicator);
                if (rc == SQL_NO_DATA) break;
                Check("SQLGetData(WCHAR)", rc);
                if (indicator == SQL_NULL_DATA) return null;
                // A full piece is NUL-terminated where the driver stopped (never inside a surrogate pair); the last one is the indicator's length.
                text.Append(buffer, 0, rc == SQL_SUCCESS ? (int)(indicator / 2) : WrittenChars(buffer, chunkChars - 1));
                if (rc == SQL_SUCCESS) break;
            }
        }
        return text.ToString();
    }

    /// <summary>A column as UTF-8 text through SQL_C_CHAR, in pieces of <paramref name="chunkBytes"/> bytes.</summary>
    public string? GetAnsi(ushort column, int chunkBytes = 256)
    {
        var buffer = new byte[chunkBytes];
        var bytes = new List<byte>();
        fixed (byte* b = buffer)
        {
            while (true)
            {
                var rc = SQLGetData(Handle, column, SQL_C_CHAR, b, chunkBytes, out var indicator);
                if (rc == SQL_NO_DATA) break;
                Check("SQLGetData(CHAR)", rc);
                if (indicator == SQL_NULL_DATA) return null;
                var written = Array.IndexOf(buffer, (byte)0);
                bytes.AddRange(buffer.AsSpan(0, written < 0 ? chunkBytes : written).ToArray());
                if (rc == SQL_SUCCESS) break;
            }
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    /// <summary>A fixed-size value; null for SQL NULL.</summary>
    public T? Get<T>(ushort column, short cType) where T : unmanaged
    {
        T value;
        Check("SQLGetData", SQLGetData(Handle, column, cType, &value, sizeof(T), out var indicator));
        return indicator == SQL_NULL_DATA ? null : value;
    }

    /// <summary>SQLGetData into a 256-byte buffer, returning only its return code (for SQLSTATE checks).</summary>
    public short GetDataState(ushort column, short cType)
    {
        var buffer = stackalloc byte[256];
        return SQLGetData(Handle, column, cType, buffer, 256, out _);
    }

    /// <summary>Every row as WCHAR text.</summary>
    public List<string?[]> Rows()
    {
        var count = ColumnCount;
        var rows = new List<string?[]>();
        while (Fetch())
        {
            var row = new string?[count];
            for (ushort i = 1; i <= count; i++) row[i - 1] = GetString(i);
            rows.Add(row);
        }
        return rows;
    }

    public string ColumnName(ushort column)
    {
        var name = stackalloc char[256];
        Check("SQLDescribeColW", SQLDescribeColW(Handle, column, name, 256, out var length, out _, out _, out _, out _));
        return new string(name, 0, length);
    }

    public IReadOnlyList<string> ColumnNames() => Enumerable.Range(1, ColumnCount).Select(i => ColumnName((ushort)i)).ToArray();

    public nint Attribute(int attribute)
    {
        nint value;
        Check("SQLGetStmtAttrW", SQLGetStmtAttrW(Handle, attribute, &value, sizeof(nint), out _));
        return value;
    }

    public void SetAttribute(int attribute, nint value) => Check("SQLSetStmtAttrW", SQLSetStmtAttrW(Handle, attribute, value, 0));

    public void Close() => SQLFreeStmt(Handle, 0);

    public IReadOnlyList<(string State, string Message)> Diagnostics() => Diagnostics(SQL_HANDLE_STMT, Handle);

    public static IReadOnlyList<(string State, string Message)> Diagnostics(short handleType, nint handle)
    {
        var records = new List<(string, string)>();
        var state = stackalloc char[6];
        var message = stackalloc char[1024];
        for (short record = 1; ; record++)
        {
            var rc = SQLGetDiagRecW(handleType, handle, record, state, out _, message, 1024, out var length);
            if (rc is not (SQL_SUCCESS or SQL_SUCCESS_WITH_INFO)) break;
            records.Add((new string(state, 0, 5), new string(message, 0, Math.Min((int)length, 1023))));
        }
        return records;
    }

    /// <summary>The first SQLSTATE of a call expected to fail.</summary>
    public string StateOf(short rc)
    {
        Last = rc;
        return rc is SQL_SUCCESS ? "" : Diagnostics().FirstOrDefault().State ?? "";
    }

    private static int WrittenChars(char[] buffer, int limit)
    {
        var end = Array.IndexOf(buffer, '\0');
        return end < 0 ? limit : Math.Min(end, limit);
    }

    public void Dispose() => SQLFreeHandle(SQL_HANDLE_STMT, Handle);
}
