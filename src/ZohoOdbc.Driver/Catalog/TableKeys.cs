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
/// The keys of the virtual tables, from Zoho's naming: a record's id is the first non-null
/// <c>…_id</c> column of its list (invoices.invoice_id), except a child table's first column,
/// which is its parent's id (invoice_line_items.invoice_id → invoices); a column named after
/// another table's id refers to that table (invoices.currency_id → currencies.currency_id), and
/// Zoho's customer_id / vendor_id name contacts (invoices.customer_id → contacts.contact_id).
/// </summary>
internal sealed class TableKeys
{
    private const string IdSuffix = "_id";
    private const string ContactId = "contact_id";
    private static readonly string[] ContactRoles = ["customer_id", "vendor_id"];

    private readonly Dictionary<string, PrimaryKey> primaryKeys = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<ForeignKey>> foreignKeys = new(StringComparer.OrdinalIgnoreCase);

    public TableKeys(IReadOnlyList<TableInfo> tables)
    {
        // A table whose first column is another table's first column is that table's child.
        var firstColumns = tables.Where(t => t.Columns.Count > 0).GroupBy(t => t.Columns[0].Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in tables)
        {
            var key = table.Columns.FirstOrDefault(c => IsId(c) && !c.Nullable && !IsChildLink(table, c, firstColumns));
            if (key is null) continue;
            primaryKeys[table.Name] = new PrimaryKey(table.Name, key.Name);
            owners.TryAdd(key.Name, table.Name);
        }

        foreach (var table in tables)
        {
            var own = primaryKeys.GetValueOrDefault(table.Name)?.Column;
            var list = new List<ForeignKey>();
            foreach (var column in table.Columns.Where(IsId))
            {
                if (string.Equals(column.Name, own, StringComparison.OrdinalIgnoreCase)) continue;
                var referenced = ContactRoles.Contains(column.Name, StringComparer.OrdinalIgnoreCase) ? ContactId : column.Name;
                if (owners.TryGetValue(referenced, out var target) && !string.Equals(target, table.Name, StringComparison.OrdinalIgnoreCase))
                    list.Add(new ForeignKey(table.Name, column.Name, target, primaryKeys[target].Column));
            }
            foreignKeys[table.Name] = list;
        }
    }

    public PrimaryKey? PrimaryKeyOf(string table) => primaryKeys.GetValueOrDefault(table);

    public IReadOnlyList<ForeignKey> ForeignKeysOf(string table) => foreignKeys.GetValueOrDefault(table) ?? [];

    public IEnumerable<ForeignKey> ReferencesTo(string table) =>
        foreignKeys.Values.SelectMany(l => l).Where(k => string.Equals(k.ReferencedTable, table, StringComparison.OrdinalIgnoreCase));

    private static bool IsId(ColumnInfo column) => column.Name.EndsWith(IdSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>A child table's first column: the id it shares with the first column of its parent table.</summary>
    private static bool IsChildLink(TableInfo table, ColumnInfo column, Dictionary<string, TableInfo[]> firstColumns) =>
        ReferenceEquals(table.Columns[0], column)
        && firstColumns.TryGetValue(column.Name, out var sharing) && sharing.Length > 1
        && sharing.Any(other => !ReferenceEquals(other, table) && IsParentOf(other, table));

    /// <summary>
    /// Whether <paramref name="parent"/> owns the id both tables start with: its name is that id's
    /// entity (currencies ↔ currency_id), or the child's name extends it (customer_payments → customer_payment_invoices).
    /// </summary>
    private static bool IsParentOf(TableInfo parent, TableInfo child)
    {
        var entity = Singular(parent.Name);
        return string.Equals(entity + IdSuffix, child.Columns[0].Name, StringComparison.OrdinalIgnoreCase)
            || (child.Name.Length > parent.Name.Length && child.Name.StartsWith(entity, StringComparison.OrdinalIgnoreCase));
    }

    private static string Singular(string name) =>
        name.EndsWith("ies", StringComparison.OrdinalIgnoreCase) ? name[..^3] + "y"
        : name.EndsWith('s') ? name[..^1]
        : name;
}
