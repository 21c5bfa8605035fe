namespace ZohoOdbc.Core.Zoho;

/// <summary>A table the driver computes from what it knows (the pushdown matrix, the cache's state): no API call.</summary>
internal sealed class SystemTableDefinition(string name, string description, IReadOnlyList<EntityColumn> columns,
    Func<SystemTableContext, IEnumerable<object?[]>> rows) : VirtualTable(name, description, columns)
{
    public IEnumerable<object?[]> Rows(SystemTableContext context) => rows(context);
}
