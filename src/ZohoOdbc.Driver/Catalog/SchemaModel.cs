using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Driver.Catalog;

/// <summary>
/// What the catalog functions describe for one connection: the virtual tables, the catalog and
/// schema they live in, and their keys. Built once per connection.
/// </summary>
internal sealed class SchemaModel(IReadOnlyList<TableInfo> tables, string catalog, string schema)
{
    public IReadOnlyList<TableInfo> Tables { get; } = tables.OrderBy(t => t.Name, StringComparer.Ordinal).ToArray();

    public string Catalog { get; } = catalog;

    public string Schema { get; } = schema;

    public TableKeys Keys { get; } = new(tables);

    /// <summary>The tables whose catalog, schema and name match the three arguments.</summary>
    public IEnumerable<TableInfo> Match(CatalogArgument catalog, CatalogArgument schema, CatalogArgument table) =>
        catalog.Matches(Catalog) && schema.Matches(Schema) ? Tables.Where(t => table.Matches(t.Name)) : [];

    public TableInfo? Find(string name) => Tables.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
}
