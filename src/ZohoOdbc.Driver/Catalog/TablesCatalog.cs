using ZohoOdbc.Core.Engine;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Catalog;

/// <summary>SQLTables: the virtual tables, or the catalog / schema / table-type lists.</summary>
internal static class TablesCatalog
{
    private const string AllCatalogs = "%";
    private const string TableType = "TABLE";

    private static readonly IReadOnlyList<ColumnDescriptor> Shape =
    [
        ColumnDescriptor.Metadata("TABLE_CAT", OdbcType.VarChar),
        ColumnDescriptor.Metadata("TABLE_SCHEM", OdbcType.VarChar),
        ColumnDescriptor.Metadata("TABLE_NAME", OdbcType.VarChar),
        ColumnDescriptor.Metadata("TABLE_TYPE", OdbcType.VarChar),
        ColumnDescriptor.Metadata("REMARKS", OdbcType.VarChar),
    ];

    public static CatalogResult Build(IReadOnlyList<TableInfo> tables, string? catalog, string? schema, string? table, string? types, bool metadataId)
    {
        var result = new CatalogResult(Shape);

        // Enumeration requests (ODBC SQLTables "comments"): no catalogs or schemas exist; one table type.
        if (catalog == AllCatalogs && schema == "" && table == "") return result;
        if (schema == AllCatalogs && catalog == "" && table == "") return result;
        if (types == AllCatalogs && catalog == "" && schema == "" && table == "")
        {
            result.Add(null, null, null, TableType, null);
            return result;
        }

        if (!NamePattern.Create(catalog, metadataId).MatchesAbsent || !NamePattern.Create(schema, metadataId).MatchesAbsent) return result;
        if (!IncludesTables(types)) return result;

        var name = NamePattern.Create(table, metadataId);
        foreach (var info in tables.Where(t => name.Matches(t.Name)).OrderBy(t => t.Name, StringComparer.Ordinal))
            result.Add(null, null, info.Name, TableType, info.Description);
        return result;
    }

    /// <summary>The type list is comma-separated, each entry quoted or not; null asks for every type.</summary>
    private static bool IncludesTables(string? types) =>
        types is null || types.Trim().Length == 0 ||
        types.Split(',').Any(t => string.Equals(t.Trim().Trim('\''), TableType, StringComparison.OrdinalIgnoreCase) || t.Trim() == AllCatalogs);
}
