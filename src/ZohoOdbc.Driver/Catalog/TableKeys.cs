using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Driver.Catalog;

/// <summary>A primary key (one column: Zoho records have one id).</summary>
internal sealed record PrimaryKey(string Table, string Column)
{
    public string Name => "pk_" + Table;
}

/// <summary>A single-column foreign key: <see cref="Table"/>.<see cref="Column"/> refers to <see cref="ReferencedTable"/>.<see cref="ReferencedColumn"/>.</summary>
internal sealed record ForeignKey(string Table, string Column, string ReferencedTable, string ReferencedColumn)
{
    public string Name => $"fk_{Table}_{Column}";
}

/// <summary>
/// The keys of the virtual tables, read from Zoho's naming. A list's first column is its record's
/// id (invoices.invoice_id). A child table — rows nested in a record — starts with its parent's id
/// (invoice_line_items.invoice_id → invoices) and is keyed by its own id when it has one
/// (line_item_id). Any other <c>…_id</c> column refers to the table that owns that id: Zoho's
/// customer_id and vendor_id name contacts, account_id the chart of accounts; an id two lists
/// share with no way to tell them apart (payment_id) gets no foreign key rather than a wrong one.
/// </summary>
internal sealed class TableKeys
{
    private const string IdSuffix = "_id";

    /// <summary>Ids whose owner the naming alone does not give.</summary>
    private static readonly Dictionary<string, (string Table, string Column)> Owners = new(StringComparer.OrdinalIgnoreCase)
    {
        ["customer_id"] = ("contacts", "contact_id"),
        ["vendor_id"] = ("contacts", "contact_id"),
        ["account_id"] = ("chart_of_accounts", "account_id"),
    };

    private readonly Dictionary<string, PrimaryKey> primaryKeys = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<ForeignKey>> foreignKeys = new(StringComparer.OrdinalIgnoreCase);

    public TableKeys(IReadOnlyList<TableInfo> tables)
    {
        var names = tables.Select(t => t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var parents = tables.ToDictionary(t => t.Name, t => ParentOf(t, tables), StringComparer.OrdinalIgnoreCase);
        var lists = tables.Where(t => parents[t.Name] is null && t.FixedColumns.Count > 0 && IsKey(t.FixedColumns[0])).ToArray();

        // Ids the lists own: the first column of exactly one list.
        var listIds = lists.GroupBy(t => t.FixedColumns[0].Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
        foreach (var list in lists) primaryKeys[list.Name] = new PrimaryKey(list.Name, list.FixedColumns[0].Name);

        // A child's own id: a later non-null id column no list owns.
        foreach (var child in tables.Where(t => parents[t.Name] is not null))
            if (child.FixedColumns.Skip(1).FirstOrDefault(c => IsKey(c) && !listIds.ContainsKey(c.Name)) is { } own)
                primaryKeys[child.Name] = new PrimaryKey(child.Name, own.Name);

        var owners = new Dictionary<string, (string Table, string Column)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, owning) in listIds)
            if (owning.Length == 1) owners[id] = (owning[0].Name, id);
        foreach (var key in primaryKeys.Values.Where(k => parents[k.Table] is not null).GroupBy(k => k.Column, StringComparer.OrdinalIgnoreCase))
            if (key.Count() == 1 && !owners.ContainsKey(key.Key)) owners[key.Key] = (key.First().Table, key.Key);
        foreach (var (id, owner) in Owners)
            if (names.Contains(owner.Table)) owners[id] = owner;

        foreach (var table in tables)
        {
            var list = new List<ForeignKey>();
            var own = primaryKeys.GetValueOrDefault(table.Name)?.Column;
            for (var i = 0; i < table.FixedColumns.Count; i++)
            {
                var column = table.FixedColumns[i];
                if (!column.Name.EndsWith(IdSuffix, StringComparison.OrdinalIgnoreCase)) continue;
                if (string.Equals(column.Name, own, StringComparison.OrdinalIgnoreCase)) continue;
                if (i == 0 && parents[table.Name] is { } parent)
                    list.Add(new ForeignKey(table.Name, column.Name, parent.Name, parent.FixedColumns[0].Name));
                else if (owners.TryGetValue(column.Name, out var target) && !string.Equals(target.Table, table.Name, StringComparison.OrdinalIgnoreCase))
                    list.Add(new ForeignKey(table.Name, column.Name, target.Table, target.Column));
            }
            foreignKeys[table.Name] = list;
        }
    }

    public PrimaryKey? PrimaryKeyOf(string table) => primaryKeys.GetValueOrDefault(table);

    public IReadOnlyList<ForeignKey> ForeignKeysOf(string table) => foreignKeys.GetValueOrDefault(table) ?? [];

    private static bool IsKey(ColumnInfo column) => column.Name.EndsWith(IdSuffix, StringComparison.OrdinalIgnoreCase) && !column.Nullable;

    /// <summary>
    /// The list a child table belongs to: another table starting with the same id whose entity that
    /// id names (currencies ↔ currency_id) or whose name the child's extends (customer_payments →
    /// customer_payment_invoices). Null for a list.
    /// </summary>
    private static TableInfo? ParentOf(TableInfo table, IReadOnlyList<TableInfo> tables)
    {
        if (table.FixedColumns.Count == 0) return null;
        var first = table.FixedColumns[0].Name;
        return tables.FirstOrDefault(other => !ReferenceEquals(other, table) && other.FixedColumns.Count > 0
            && string.Equals(other.FixedColumns[0].Name, first, StringComparison.OrdinalIgnoreCase) && IsParentOf(other, table));
    }

    private static bool IsParentOf(TableInfo parent, TableInfo child)
    {
        var entity = Singular(parent.Name);
        return string.Equals(entity + IdSuffix, child.FixedColumns[0].Name, StringComparison.OrdinalIgnoreCase)
            || (child.Name.Length > parent.Name.Length && child.Name.StartsWith(entity, StringComparison.OrdinalIgnoreCase));
    }

    private static string Singular(string name) =>
        name.EndsWith("ies", StringComparison.OrdinalIgnoreCase) ? name[..^3] + "y"
        : name.EndsWith('s') ? name[..^1]
        : name;
}
