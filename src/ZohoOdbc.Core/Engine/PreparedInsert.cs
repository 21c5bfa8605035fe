using System.Text;
using Microsoft.Data.Sqlite;

namespace ZohoOdbc.Core.Engine;

/// <summary>
/// An INSERT prepared once and run once per row through SQLite's C API. SqliteCommand.ExecuteNonQuery builds a data
/// reader and maps every parameter again for each row, which cost as much as SQLite's own work when a table is loaded;
/// here a row's storage values (<see cref="SqliteStorage.ToStorage"/>: null, long, double or string) are bound straight
/// to the statement, text as UTF-8 from a reused buffer. Runs inside the connection's open transaction.
/// </summary>
internal sealed unsafe class PreparedInsert : IDisposable
{
    private readonly SqliteConnection connection;
    private nint statement;
    // Never empty, so that an empty string is bound as empty text (a null pointer would bind NULL).
    private byte[] utf8 = new byte[256];

    public PreparedInsert(SqliteConnection connection, string sql)
    {
        this.connection = connection;
        var text = Encoding.UTF8.GetBytes(sql);
        fixed (byte* pointer = text)
        {
            var rc = SqliteNative.sqlite3_prepare_v2(Database, pointer, text.Length, out statement, out _);
            if (rc != SqliteNative.Ok) SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        }
    }

    private nint Database => connection.Handle!.DangerousGetHandle();

    /// <summary>Binds the storage value of parameter <paramref name="index"/> (from 1), as SqliteCommand would.</summary>
    public void Bind(int index, object value)
    {
        int rc;
        switch (value)
        {
            case DBNull:
                rc = SqliteNative.sqlite3_bind_null(statement, index);
                break;
            case long l:
                rc = SqliteNative.sqlite3_bind_int64(statement, index, l);
                break;
            case double d:
                // As Microsoft.Data.Sqlite: SQLite would store NaN as NULL.
                if (double.IsNaN(d)) throw new InvalidOperationException("Cannot store 'NaN' values.");
                rc = SqliteNative.sqlite3_bind_double(statement, index, d);
                break;
            case string s:
                var needed = Encoding.UTF8.GetMaxByteCount(s.Length);
                if (utf8.Length < needed) utf8 = new byte[Math.Max(needed, utf8.Length * 2)];
                var length = Encoding.UTF8.GetBytes(s, utf8);
                fixed (byte* text = utf8) rc = SqliteNative.sqlite3_bind_text(statement, index, text, length, SqliteNative.Transient);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "Not a storage value.");
        }
        if (rc != SqliteNative.Ok) SqliteException.ThrowExceptionForRC(rc, connection.Handle);
    }

    /// <summary>Inserts the bound row; the statement is then ready for the next one.</summary>
    public void Run()
    {
        var rc = SqliteNative.sqlite3_step(statement);
        SqliteNative.sqlite3_reset(statement);
        if (rc != SqliteNative.Done) SqliteException.ThrowExceptionForRC(rc, connection.Handle);
    }

    public void Dispose()
    {
        if (statement == 0) return;
        SqliteNative.sqlite3_finalize(statement);
        statement = 0;
    }
}
