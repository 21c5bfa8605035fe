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
        statement = SqliteNative.Prepare(connection, sql);
    }

    /// <summary>Binds the storage value of parameter <paramref name="index"/> (from 1), as SqliteCommand would.</summary>
    public void Bind(int index, object value)
    {
        // As Microsoft.Data.Sqlite: SQLite would store NaN as NULL.
        if (value is double.NaN) throw new InvalidOperationException("Cannot store 'NaN' values.");
        // Text goes through the pooled buffer: this runs once per value of every row loaded.
        var rc = value is string s
            ? BindText(index, Encoding.UTF8.GetBytes(s, Buffer(Encoding.UTF8.GetMaxByteCount(s.Length))))
            : SqliteNative.BindStorage(statement, index, value);
        if (rc != SqliteNative.Ok) SqliteException.ThrowExceptionForRC(rc, connection.Handle);
    }

    /// <summary>
    /// Binds a typed row value (as the entity reader produces it) as <see cref="SqliteStorage.ToStorage"/> would store it, without
    /// boxing its storage value: numbers bound as they are, dates and times written as UTF-8 text straight into the buffer.
    /// </summary>
    public void BindValue(int index, object? value)
    {
        int rc;
        switch (value)
        {
            case null:
                rc = SqliteNative.sqlite3_bind_null(statement, index);
                break;
            case string s:
                Bind(index, s);
                return;
            case decimal d:
                rc = SqliteNative.sqlite3_bind_double(statement, index, (double)d);
                break;
            case long l:
                rc = SqliteNative.sqlite3_bind_int64(statement, index, l);
                break;
            case bool b:
                rc = SqliteNative.sqlite3_bind_int64(statement, index, b ? 1L : 0L);
                break;
            case DateOnly date:
                rc = BindText(index, StorageText.WriteDate(date, Buffer(StorageText.MaxLength)));
                break;
            case DateTime time:
                rc = BindText(index, StorageText.WriteTimestamp(time, Buffer(StorageText.MaxLength)));
                break;
            default:
                // double (NaN refused), TimeOnly, and the refusal of other types: as ToStorage and Bind do.
                Bind(index, SqliteStorage.ToStorage(value));
                return;
        }
        if (rc != SqliteNative.Ok) SqliteException.ThrowExceptionForRC(rc, connection.Handle);
    }

    private Span<byte> Buffer(int needed)
    {
        if (utf8.Length < needed) utf8 = new byte[Math.Max(needed, utf8.Length * 2)];
        return utf8;
    }

    private int BindText(int index, int length)
    {
        fixed (byte* text = utf8) return SqliteNative.sqlite3_bind_text(statement, index, text, length, SqliteNative.Transient);
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
