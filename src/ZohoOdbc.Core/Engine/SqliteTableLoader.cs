using Microsoft.Data.Sqlite;
using ZohoOdbc.Core.Sql;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Engine;

/// <summary>
/// Creates the table of one entity in an in-memory database (named like the virtual table, with the
/// catalog's columns) and inserts fetched rows with one prepared command inside one transaction.
/// </summary>
internal sealed class SqliteTableLoader : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly SqliteCommand insert;
    private readonly SqliteParameter[] parameters;

    public SqliteTableLoader(SqliteConnection connection, EntityDefinition entity)
    {
        this.connection = connection;
        var table = SqliteTranslator.Quote(entity.Name);
        using (var create = connection.CreateCommand())
        {
            create.CommandText = $"CREATE TABLE {table} (" +
                string.Join(", ", entity.Columns.Select(c => $"{SqliteTranslator.Quote(c.Name)} {SqliteStorage.DeclaredType(c.Type.Type)}")) + ")";
            create.ExecuteNonQuery();
        }

        transaction = connection.BeginTransaction();
        insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO {table} VALUES (" + string.Join(", ", entity.Columns.Select((_, i) => $"$p{i}")) + ")";
        parameters = entity.Columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter($"$p{i}", DBNull.Value))).ToArray();
        insert.Prepare();
    }

    public long RowCount { get; private set; }

    public void Add(IReadOnlyList<object?[]> rows)
    {
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++) parameters[i].Value = SqliteStorage.ToStorage(row[i]);
            insert.ExecuteNonQuery();
            RowCount++;
        }
    }

    /// <summary>
    /// Runs a single-value query over the rows loaded so far (e.g. how many match the WHERE clause),
    /// with <c>$after</c> bound to <paramref name="after"/> when given.
    /// </summary>
    public long Scalar(string sql, long? after = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        if (after is not null) command.Parameters.AddWithValue("$after", after.Value);
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Commit() => transaction.Commit();

    public void Dispose()
    {
        insert.Dispose();
        transaction.Dispose();
    }
}
