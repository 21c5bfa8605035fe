namespace ZohoOdbc.Core.Zoho;

/// <summary>A table the driver computes from what it knows (the pushdown matrix): no API call.</summary>
internal sealed class SystemTableDefinition(string name, string description, IReadOnlyList<EntityColumn> columns,
    Func<EntityCatalog, IEnumerable<object?[]>> rows) : VirtualTable(name, description, columns)
{
    public IEnumerable<object?[]> Rows(EntityCatalog catalog) => rows(catalog);
}
