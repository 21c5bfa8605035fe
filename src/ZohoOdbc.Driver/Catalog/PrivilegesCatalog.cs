using ZohoOdbc.Driver.Diagnostics;
using static ZohoOdbc.Driver.Catalog.CatalogShape;

namespace ZohoOdbc.Driver.Catalog;

/// <summary>
/// SQLTablePrivileges and SQLColumnPrivileges: the connection may read every table and column
/// (SELECT) and nothing else; the grant comes from the OAuth consent, not from a grantor.
/// </summary>
internal static class PrivilegesCatalog
{
    private const string Grantee = "PUBLIC";
    private const string Select = "SELECT";
    private const string NotGrantable = "NO";

    private static readonly CatalogShape TableShape = new(
        Text("TABLE_CAT", odbc2Name: "TABLE_QUALIFIER"),
        Text("TABLE_SCHEM", odbc2Name: "TABLE_OWNER"),
        Text("TABLE_NAME", nullable: false),
        Text("GRANTOR"),
        Text("GRANTEE", nullable: false),
        Text("PRIVILEGE", nullable: false),
        Text("IS_GRANTABLE"));

    private static readonly CatalogShape ColumnShape = new(
        Text("TABLE_CAT", odbc2Name: "TABLE_QUALIFIER"),
        Text("TABLE_SCHEM", odbc2Name: "TABLE_OWNER"),
        Text("TABLE_NAME", nullable: false),
        Text("COLUMN_NAME", nullable: false),
        Text("GRANTOR"),
        Text("GRANTEE", nullable: false),
        Text("PRIVILEGE", nullable: false),
        Text("IS_GRANTABLE"));

    public static CatalogResult Tables(SchemaModel schema, string? catalog, string? schemaName, string? table, bool metadataId, int odbcVersion)
    {
        var result = new CatalogResult(TableShape.For(odbcVersion));
        var tables = schema.Match(CatalogArgument.Ordinary(catalog, metadataId), CatalogArgument.Pattern(schemaName, metadataId),
            CatalogArgument.Pattern(table, metadataId));
        foreach (var info in tables) result.Add(schema.Catalog, schema.Schema, info.Name, null, Grantee, Select, NotGrantable);
        return result;
    }

    public static CatalogResult Columns(SchemaModel schema, string? catalog, string? schemaName, string? table, string? column, bool metadataId, int odbcVersion)
    {
        if (table is null) throw new OdbcException(OdbcStates.InvalidNullPointer, "The table name cannot be a null pointer.");
        var result = new CatalogResult(ColumnShape.For(odbcVersion));
        var columnName = CatalogArgument.Pattern(column, metadataId);
        var tables = schema.Match(CatalogArgument.Ordinary(catalog, metadataId), CatalogArgument.Ordinary(schemaName, metadataId),
            CatalogArgument.Ordinary(table, metadataId));
        foreach (var info in tables)
            foreach (var source in info.Columns.Where(c => columnName.Matches(c.Name)).OrderBy(c => c.Name, StringComparer.Ordinal))
                result.Add(schema.Catalog, schema.Schema, info.Name, source.Name, null, Grantee, Select, NotGrantable);
        return result;
    }
}
