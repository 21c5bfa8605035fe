using Microsoft.Data.Sqlite;
using ZohoOdbc.Core.Sql;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Engine;

/// <summary>
/// The in-memory table of one table instance: created with the virtual table's columns (text under SQL Server's
/// comparison rules), filled with fetched rows by one prepared INSERT (<see cref="PreparedInsert"/>) inside the query's load transaction, and
/// completed with detail-only values by id once the detail calls are back. The organization's custom field columns
/// follow the table's own; their typed values are read from the row's custom field JSON as each row is stored.
/// Only the columns the statement reads (and the keys the engine's own queries need) are created and stored: a
/// five-column query over a sixty-column table then binds and stores five values a row, not sixty.
/// </summary>
internal sealed class SqliteTableLoader : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly VirtualTable table;
    private readonly string name;
    private PreparedInsert? insert;
    private readonly (string Name, SqlDataType Type)[] columns;
    // The statement's direct answer while the loaded rows are kept typed rather than inserted (see DirectProjection).
    private readonly DirectProjection? direct;
    private byte[] utf8 = new byte[256];
    private readonly IReadOnlyList<CustomFieldColumn> customFields;
    private readonly int customFieldSource = -1;
    private readonly int customFieldList = -1;
    private readonly object?[] customValues;
    private readonly int[] stored;
    private SqliteCommand? update;
    private SqliteParameter[]? updateParameters;

    /// <param name="usedColumns">The columns the statement reads; null keeps every column.</param>
    /// <param name="direct">The statement's direct answer, when it only lists this table's columns: rows are kept typed in it, and
    /// the SQLite table is created only if a value sends the statement back to SQLite.</param>
    public SqliteTableLoader(SqliteConnection connection, SqliteTransaction transaction, string name, VirtualTable table,
        IReadOnlyList<CustomFieldColumn>? customFields = null, IReadOnlySet<EntityColumn>? usedColumns = null, DirectProjection? direct = null)
    {
        this.direct = direct;
        this.connection = connection;
        this.transaction = transaction;
        this.table = table;
        this.name = SqliteSyntax.Quote(name);
        this.customFields = customFields ?? [];
        customValues = new object?[this.customFields.Count];
        if (this.customFields.Count > 0)
        {
            customFieldSource = table.OrdinalOf(this.customFields[0].Source);
            // A record without custom_field_hash (a detail answer) may still have custom_fields[].
            if (table.TryGetOrdinal(CustomFieldColumn.ListColumn, out var list) && list != customFieldSource) customFieldList = list;
        }
        stored = StoredColumns.Of(table, usedColumns, customFieldSource, customFieldList);
        columns = stored.Select(i => (table.Columns[i].Name, table.Columns[i].Type.Type)).Concat(this.customFields.Select(f => (f.Name, f.Type.Type))).ToArray();
        // Without the table, a query that read it anyway while the rows are kept typed would fail loudly, never see it empty.
        if (direct is null) CreateTable();
    }

    private PreparedInsert CreateTable()
    {
        using (var create = connection.CreateCommand())
        {
            create.Transaction = transaction;
            create.CommandText = $"CREATE TABLE {name} (" +
                string.Join(", ", columns.Select(c => $"{SqliteSyntax.Quote(c.Name)} {SqliteStorage.DeclaredType(c.Type)}")) + ")";
            create.ExecuteNonQuery();
        }
        // Positional parameters: ?1 is the first column.
        return insert = new PreparedInsert(connection, $"INSERT INTO {name} VALUES (" + string.Join(", ", columns.Select((_, i) => $"?{i + 1}")) + ")");
    }

    public long RowCount { get; private set; }

    /// <summary>The values of a table row the loader reads (by ordinal): the stored columns and the custom fields' JSON.</summary>
    public bool[] ColumnsRead()
    {
        var read = new bool[table.Columns.Count];
        foreach (var i in stored) read[i] = true;
        if (customFieldSource >= 0) read[customFieldSource] = true;
        if (customFieldList >= 0) read[customFieldList] = true;
        return read;
    }

    public void Add(IEnumerable<object?[]> rows)
    {
        foreach (var row in rows)
        {
            if (direct?.Rows is { } kept)
            {
                if (DirectValues.TryKeep(kept, direct, row, ref utf8))
                {
                    RowCount++;
                    continue;
                }
                FallBack(kept);
            }
            var insert = this.insert!;
            var own = stored.Length;
            for (var i = 0; i < own; i++) insert.BindValue(i + 1, row[stored[i]]);
            if (customFields.Count > 0)
            {
                CustomFieldColumn.Read(CustomFieldJson(row), customFields, customValues, 0);
                for (var i = 0; i < customValues.Length; i++) insert.BindValue(own + i + 1, customValues[i]);
            }
            insert.Run();
            RowCount++;
        }
    }

    /// <summary>
    /// Back to SQLite: the table is created and the rows kept so far inserted (their result values: the statement reads
    /// nothing else), then loading goes on as for any statement.
    /// </summary>
    private void FallBack(RowBlock kept)
    {
        direct!.FallBack();
        var insert = CreateTable();
        var positions = direct.Ordinals.Select(ordinal => Array.IndexOf(stored, ordinal)).ToArray();
        for (var row = 0; row < kept.Count; row++)
        {
            for (var i = 0; i < stored.Length; i++) insert.BindValue(i + 1, null);
            for (var i = 0; i < positions.Length; i++) insert.BindValue(positions[i] + 1, kept.Columns[i].ValueAt(row));
            insert.Run();
        }
    }

    /// <summary>Sets the detail-only columns of the rows whose <paramref name="idColumn"/> is the record's id.</summary>
    public void CompleteDetail(EntityColumn idColumn, string id, object?[] record)
    {
        var detail = stored.Select(i => (Column: table.Columns[i], Index: i)).Where(c => c.Column.IsDetailOnly).ToArray();
        if (detail.Length == 0) return;
        // Custom fields read from a detail-only column arrive with it.
        var custom = customFields.Count > 0 && customFields[0].Source.IsDetailOnly ? customFields : [];
        if (update is null)
        {
            update = connection.CreateCommand();
            update.Transaction = transaction;
            update.CommandText = $"UPDATE {name} SET " + string.Join(", ",
                    detail.Select(d => $"{SqliteSyntax.Quote(d.Column.Name)} = $d{d.Index}").Concat(custom.Select((f, i) => $"{SqliteSyntax.Quote(f.Name)} = $f{i}"))) +
                $" WHERE {SqliteSyntax.Quote(idColumn.Name)} = $id";
            updateParameters = detail.Select(d => update.Parameters.Add(new SqliteParameter($"$d{d.Index}", DBNull.Value)))
                .Concat(custom.Select((_, i) => update.Parameters.Add(new SqliteParameter($"$f{i}", DBNull.Value))))
                .Append(update.Parameters.Add(new SqliteParameter("$id", DBNull.Value))).ToArray();
            update.Prepare();
        }
        for (var i = 0; i < detail.Length; i++) updateParameters![i].Value = SqliteStorage.ToStorage(record[detail[i].Index]);
        if (custom.Count > 0)
        {
            CustomFieldColumn.Read(CustomFieldJson(record), custom, customValues, 0);
            for (var i = 0; i < custom.Count; i++) updateParameters![detail.Length + i].Value = SqliteStorage.ToStorage(customValues[i]);
        }
        updateParameters![^1].Value = id;
        update.ExecuteNonQuery();
    }

    private string? CustomFieldJson(object?[] row) =>
        row[customFieldSource] as string ?? (customFieldList >= 0 ? row[customFieldList] as string : null);

    public void Dispose()
    {
        insert?.Dispose();
        update?.Dispose();
    }
}
