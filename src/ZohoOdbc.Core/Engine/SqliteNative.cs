using System.Runtime.InteropServices;

namespace ZohoOdbc.Core.Engine;

/// <summary>
/// The few SQLite C calls the row reader makes per value, on raw pointers. SQLitePCL's wrappers
/// take SafeHandles, which cost an add-ref and a release per call; the reader keeps the
/// connection and statement alive itself. The column getters run no callbacks and return at
/// once, so they skip the GC transition; step runs the query (and our managed functions), so
/// it must not.
/// </summary>
internal static unsafe partial class SqliteNative
{
    private const string Library = "e_sqlite3";

    public const int Ok = 0, Row = 100, Done = 101;
    public const int Integer = 1, Float = 2, Text = 3, Blob = 4, Null = 5;

    /// <summary>SQLITE_TRANSIENT: SQLite copies the bound text before the call returns.</summary>
    public static readonly nint Transient = -1;

    /// <summary>One SQL statement prepared on <paramref name="connection"/>'s database, failing as Microsoft.Data.Sqlite would.</summary>
    public static nint Prepare(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        var text = System.Text.Encoding.UTF8.GetBytes(sql);
        fixed (byte* pointer = text)
        {
            var rc = sqlite3_prepare_v2(connection.Handle!.DangerousGetHandle(), pointer, text.Length, out var statement, out _);
            if (rc != Ok) Microsoft.Data.Sqlite.SqliteException.ThrowExceptionForRC(rc, connection.Handle);
            return statement;
        }
    }

    /// <summary>
    /// Binds a storage value (NULL or DBNull, long, double, string) to parameter <paramref name="index"/> (from 1), the
    /// text copied by SQLite; returns SQLite's result code. Callers with a hot path bind text from their own buffer.
    /// </summary>
    public static int BindStorage(nint statement, int index, object? value)
    {
        switch (value)
        {
            case null or DBNull:
                return sqlite3_bind_null(statement, index);
            case long l:
                return sqlite3_bind_int64(statement, index, l);
            case double d:
                return sqlite3_bind_double(statement, index, d);
            case string s:
                var utf8 = System.Text.Encoding.UTF8.GetBytes(s);
                fixed (byte* text = utf8) return sqlite3_bind_text(statement, index, text, utf8.Length, Transient);
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "Not a storage value.");
        }
    }

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern int sqlite3_prepare_v2(nint db, byte* sql, int bytes, out nint statement, out byte* tail);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern int sqlite3_step(nint statement);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern int sqlite3_finalize(nint statement);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern int sqlite3_reset(nint statement);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern int sqlite3_bind_parameter_index(nint statement, byte* name);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern int sqlite3_bind_int64(nint statement, int index, long value);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern int sqlite3_bind_double(nint statement, int index, double value);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern int sqlite3_bind_text(nint statement, int index, byte* text, int bytes, nint destructor);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern int sqlite3_bind_null(nint statement, int index);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern int sqlite3_bind_blob(nint statement, int index, byte* blob, int bytes, nint destructor);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl), SuppressGCTransition]
    public static extern int sqlite3_column_type(nint statement, int column);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl), SuppressGCTransition]
    public static extern long sqlite3_column_int64(nint statement, int column);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl), SuppressGCTransition]
    public static extern double sqlite3_column_double(nint statement, int column);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl), SuppressGCTransition]
    public static extern byte* sqlite3_column_text(nint statement, int column);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl), SuppressGCTransition]
    public static extern byte* sqlite3_column_blob(nint statement, int column);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl), SuppressGCTransition]
    public static extern int sqlite3_column_bytes(nint statement, int column);

    // Each sqlite3_column_* call takes and leaves the connection's mutex; sqlite3_column_value takes it once and the
    // sqlite3_value_* calls on the value it returns take none. SQLite calls such a value "unprotected": safe only while
    // no other thread uses the connection, which holds for the engine's private in-memory database read by one statement.

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl), SuppressGCTransition]
    public static extern nint sqlite3_column_value(nint statement, int column);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl), SuppressGCTransition]
    public static extern int sqlite3_value_type(nint value);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl), SuppressGCTransition]
    public static extern long sqlite3_value_int64(nint value);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl), SuppressGCTransition]
    public static extern double sqlite3_value_double(nint value);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl), SuppressGCTransition]
    public static extern byte* sqlite3_value_text(nint value);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl), SuppressGCTransition]
    public static extern int sqlite3_value_bytes(nint value);
}
