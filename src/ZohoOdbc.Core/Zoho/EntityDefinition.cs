using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// A Zoho list endpoint exposed as a virtual table: <c>GET {ListPath}</c> answers rows under <c>{ListKey}</c>.
/// <paramref name="ScopeModule"/> is the OAuth scope module (ZohoBooks.{module}.READ) named in error messages.
/// </summary>
internal sealed class EntityDefinition
{
    private readonly Dictionary<string, int> ordinals;

    public EntityDefinition(string name, string description, string listPath, string listKey, string scopeModule, IReadOnlyList<EntityColumn> columns)
    {
        Name = name;
        Description = description;
        ListPath = listPath;
        ListKey = listKey;
        ScopeModule = scopeModule;
        Columns = columns;
        ordinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < columns.Count; i++) ordinals.Add(columns[i].Name, i);
    }

    public string Name { get; }
    public string Description { get; }
    public string ListPath { get; }
    public string ListKey { get; }
    public string ScopeModule { get; }
    public IReadOnlyList<EntityColumn> Columns { get; }

    /// <summary>Case-insensitive lookup, as SQL identifiers are.</summary>
    public bool TryGetOrdinal(string columnName, out int ordinal) => ordinals.TryGetValue(columnName, out ordinal);

    public EntityColumn? FindColumn(string columnName) => TryGetOrdinal(columnName, out var i) ? Columns[i] : null;

    public int OrdinalOf(EntityColumn column) => ordinals[column.Name];

    public TableInfo ToTableInfo() => new(Name, Description, Columns.Select(c => c.ToColumnInfo()).ToArray());
}
