using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ZohoOdbc.Core.Cache;

/// <summary>
/// One transaction on the cache file: commands bound to it, with named parameters. Commands belong to the connection
/// (its statement cache, when it has one, keeps them prepared across transactions): callers do not dispose them.
/// </summary>
internal sealed class CacheDb(SqliteConnection connection, SqliteTransaction transaction, Dictionary<string, SqliteCommand>? statements = null)
{
    /// <summary>The connection, for reads through SQLite's C API inside this transaction.</summary>
    public SqliteConnection Connection => connection;

    public SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        SqliteCommand? command = null;
        if (statements is null || !statements.TryGetValue(sql, out command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            statements?.Add(sql, command);
        }
        command.Transaction = transaction;
        command.Parameters.Clear();
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public int Execute(string sql, params (string Name, object? Value)[] parameters) => Command(sql, parameters).ExecuteNonQuery();

    public long Scalar(string sql, params (string Name, object? Value)[] parameters) =>
        Command(sql, parameters).ExecuteScalar() is { } value and not DBNull ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : 0L;

    public byte[]? Blob(string sql, params (string Name, object? Value)[] parameters) => Command(sql, parameters).ExecuteScalar() as byte[];
}
