using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// A table SQL can name: a Zoho list (<see cref="EntityDefinition"/>), rows nested in a record
/// (<see cref="ChildTableDefinition"/>) or a table the driver computes itself (<see cref="SystemTableDefinition"/>).
/// Column lookups are case-insensitive, as SQL identifiers are.
/// </summary>
internal abstract class VirtualTable
{
    private readonly Dictionary<string, int> ordinals;

    protected VirtualTable(string name, string description, IReadOnlyList<EntityColumn> columns)
    {
        Name = name;
        Description = description;
        Columns = columns;
        ordinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < columns.Count; i++) ordinals.Add(columns[i].Name, i);
    }

    public string Name { get; }
    public string Description { get; }
    public IReadOnlyList<EntityColumn> Columns { get; }

    public bool TryGetOrdinal(string columnName, out int ordinal) => ordinals.TryGetValue(columnName, out ordinal);

    public EntityColumn? FindColumn(string columnName) => TryGetOrdinal(columnName, out var i) ? Columns[i] : null;

    public int OrdinalOf(EntityColumn column) => ordinals[column.Name];

    public TableInfo ToTableInfo() => new(Name, Description, Columns.Select(c => c.ToColumnInfo()).ToArray());
}
