using static ZohoOdbc.Driver.Catalog.CatalogShape;

namespace ZohoOdbc.Driver.Catalog;

/// <summary>SQLTables: the virtual tables, or the catalog, schema and table-type lists (SQL_ALL_*).</summary>
internal static class TablesCatalog
{
    private const string All = "%";
    private const string TableType = "TABLE";
    private const string SystemTableType = "SYSTEM TABLE";

    /// <summary>Core names the tables it computes itself (the pushdown matrix) sys_…: they are system tables.</summary>
    private const string SystemPrefix = "sys_";

    private static readonly CatalogShape Shape = new(
        Text("TABLE_CAT", odbc2Name: "TABLE_QUALIFIER"),
        Text("TABLE_SCHEM", odbc2Name: "TABLE_OWNER"),
        Text("TABLE_NAME"),
        Text("TABLE_TYPE"),
        Text("REMARKS"));

    /// <summary>The table types the source has; a type list naming none of them returns no rows.</summary>
    private static readonly string[] TableTypes = [SystemTableType, TableType];

    public static CatalogResult Build(SchemaModel schema, string? catalog, string? schemaName, string? table, string? types, bool metadataId, int odbcVersion)
    {
        var result = new CatalogResult(Shape.For(odbcVersion));

        // The enumerations: SQL_ALL_CATALOGS, SQL_ALL_SCHEMAS, SQL_ALL_TABLE_TYPES.
        if (catalog == All && schemaName == "" && table == "")
        {
            result.Add(schema.Catalog, null, null, null, null);
            return result;
        }
        if (schemaName == All && catalog == "" && table == "")
        {
            result.Add(null, schema.Schema, null, null, null);
            return result;
        }
        if (types == All && catalog == "" && schemaName == "" && table == "")
        {
            foreach (var type in TableTypes) result.Add(null, null, null, type, null);
            return result;
        }

        var wanted = RequestedTypes(types);
        var matches = schema.Match(
            CatalogArgument.Pattern(catalog, metadataId),
            CatalogArgument.Pattern(schemaName, metadataId),
            CatalogArgument.Pattern(table, metadataId));
        // Ordered by TABLE_TYPE, then name (one catalog and schema).
        foreach (var info in matches.Select(t => (Type: TypeOf(t.Name), Info: t)).Where(t => wanted is null || wanted.Contains(t.Type))
                     .OrderBy(t => t.Type, StringComparer.Ordinal).ThenBy(t => t.Info.Name, StringComparer.Ordinal))
            result.Add(schema.Catalog, schema.Schema, info.Info.Name, info.Type, string.IsNullOrEmpty(info.Info.Description) ? null : info.Info.Description);
        return result;
    }

    private static string TypeOf(string table) => table.StartsWith(SystemPrefix, StringComparison.OrdinalIgnoreCase) ? SystemTableType : TableType;

    /// <summary>The type list is comma-separated, each entry quoted or not; null, empty or % asks for every type (null here).</summary>
    private static HashSet<string>? RequestedTypes(string? types)
    {
        if (types is null || types.Trim().Length == 0) return null;
        var entries = types.Split(',').Select(t => t.Trim().Trim('\'').Trim()).ToArray();
        return entries.Contains(All) ? null : entries.ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

}
