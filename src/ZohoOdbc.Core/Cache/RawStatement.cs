using Microsoft.Data.Sqlite;
using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Core.Cache;

/// <summary>
/// A query on the cache file run through SQLite's C API, inside the transaction open on the connection: a value is read
/// from SQLite's own memory (valid until the next step), where Microsoft.Data.Sqlite's GetBlob makes an array of each,
/// and on raw pointers, where SQLitePCL's wrappers take a reference on a SafeHandle per call. For reads of many rows.
/// </summary>
internal sealed unsafe class RawStatement : IDisposable
{
    private readonly SqliteConnection connection;
    private nint statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        this.connection = connection;
        statement = SqliteNative.Prepare(connection, sql);
    }

    /// <summary>Binds parameter <paramref name="index"/> (from 1); SQLite copies the bytes.</summary>
    public void Bind(int index, byte[] value)
    {
        int rc;
        fixed (byte* pointer = value) rc = SqliteNative.sqlite3_bind_blob(statement, index, pointer, value.Length, SqliteNative.Transient);
        Check(rc);
    }

    public void Bind(int index, long value) => Check(SqliteNative.sqlite3_bind_int64(statement, index, value));

    /// <summary>Moves to the next row; false once there is none.</summary>
    public bool Step()
    {
        var rc = SqliteNative.sqlite3_step(statement);
        if (rc == SqliteNative.Row) return true;
        if (rc != SqliteNative.Done) Check(rc);
        return false;
    }

    /// <summary>The blob in column <paramref name="column"/> of the current row: valid until the next <see cref="Step"/>.</summary>
    public ReadOnlySpan<byte> Blob(int column)
    {
        var pointer = SqliteNative.sqlite3_column_blob(statement, column);
        return pointer is null ? [] : new ReadOnlySpan<byte>(pointer, SqliteNative.sqlite3_column_bytes(statement, column));
    }

    private void Check(int rc)
    {
        if (rc != SqliteNative.Ok) SqliteException.ThrowExceptionForRC(rc, connection.Handle);
    }

    public void Dispose()
    {
        if (statement == 0) return;
        SqliteNative.sqlite3_finalize(statement);
        statement = 0;
    }
}
