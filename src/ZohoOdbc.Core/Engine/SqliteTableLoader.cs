using Microsoft.Data.Sqlite;
using ZohoOdbc.Core.Sql;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Engine;

/// <summary>
/// The in-memory table of one table instance: created with the virtual table's columns (text under SQL Server's
/// comparison rules), filled with fetched rows by one prepared INSERT inside the query's load transaction, and
/// completed with detail-only values by id once the detail calls are back.
/// </summary>
internal sealed class SqliteTableLoader : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly VirtualTable table;
    private readonly string name;
    private readonly SqliteCommand insert;
    private readonly SqliteParameter[] parameters;
    private SqliteCommand? update;
    private SqliteParameter[]? updateParameters;

    public SqliteTableLoader(SqliteConnection connection, SqliteTransaction transaction, string name, VirtualTable table)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.table = table;
        this.name = SqliteSyntax.Quote(name);
        using (var create = connection.CreateCommand())
        {
            create.Transaction = transaction;
            create.CommandText = $"CREATE TABLE {this.name} (" +
                string.Join(", ", table.Columns.Select(c => $"{SqliteSyntax.Quote(c.Name)} {SqliteStorage.DeclaredType(c.Type.Type)}")) + ")";
            create.ExecuteNonQuery();
        }
        insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO {this.name} VALUES (" + string.Join(", ", table.Columns.Select((_, i) => $"$c{i}")) + ")";
        parameters = table.Columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter($"$c{i}", DBNull.Value))).ToArray();
        insert.Prepare();
    }

    public long RowCount { get; private set; }

    public void Add(IEnumerable<object?[]> rows)
    {
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++) parameters[i].Value = SqliteStorage.ToStorage(row[i]);
            insert.ExecuteNonQuery();
            RowCount++;
        }
    }

    /// <summary>Sets the detail-only columns of the rows whose <paramref name="idColumn"/> is the record's id.</summary>
    public void CompleteDetail(EntityColumn idColumn, string id, object?[] record)
    {
        var detail = table.Columns.Select((c, i) => (Column: c, Index: i)).Where(c => c.Column.IsDetailOnly).ToArray();
        if (detail.Length == 0) return;
        if (update is null)
        {
            update = connection.CreateCommand();
            update.Transaction = transaction;
            update.CommandText = $"UPDATE {name} SET " + string.Join(", ", detail.Select(d => $"{SqliteSyntax.Quote(d.Column.Name)} = $d{d.Index}")) +
                $" WHERE {SqliteSyntax.Quote(idColumn.Name)} = $id";
            updateParameters = detail.Select(d => update.Parameters.Add(new SqliteParameter($"$d{d.Index}", DBNull.Value)))
                .Append(update.Parameters.Add(new SqliteParameter("$id", DBNull.Value))).ToArray();
            update.Prepare();
        }
        for (var i = 0; i < detail.Length; i++) updateParameters![i].Value = SqliteStorage.ToStorage(record[detail[i].Index]);
        updateParameters![^1].Value = id;
        update.ExecuteNonQuery();
    }

    public void Dispose()
    {
        insert.Dispose();
        update?.Dispose();
    }
}
