using ZohoOdbc.Driver.Diagnostics;
using static ZohoOdbc.Driver.Catalog.CatalogShape;

namespace ZohoOdbc.Driver.Catalog;

/// <summary>SQLPrimaryKeys and SQLForeignKeys over the tables' keys (<see cref="TableKeys"/>).</summary>
internal static class KeysCatalog
{
    private const long NoAction = 3;         // SQL_NO_ACTION: Zoho refuses to delete a record others refer to
    private const long NotDeferrable = 7;    // SQL_NOT_DEFERRABLE

    private static readonly CatalogShape PrimaryShape = new(
        Text("TABLE_CAT", odbc2Name: "TABLE_QUALIFIER"),
        Text("TABLE_SCHEM", odbc2Name: "TABLE_OWNER"),
        Text("TABLE_NAME", nullable: false),
        Text("COLUMN_NAME", nullable: false),
        Small("KEY_SEQ", nullable: false),
        Text("PK_NAME"));

    private static readonly CatalogShape ForeignShape = new(
        Text("PKTABLE_CAT", odbc2Name: "PKTABLE_QUALIFIER"),
        Text("PKTABLE_SCHEM", odbc2Name: "PKTABLE_OWNER"),
        Text("PKTABLE_NAME", nullable: false),
        Text("PKCOLUMN_NAME", nullable: false),
        Text("FKTABLE_CAT", odbc2Name: "FKTABLE_QUALIFIER"),
        Text("FKTABLE_SCHEM", odbc2Name: "FKTABLE_OWNER"),
        Text("FKTABLE_NAME", nullable: false),
        Text("FKCOLUMN_NAME", nullable: false),
        Small("KEY_SEQ", nullable: false),
        Small("UPDATE_RULE"),
        Small("DELETE_RULE"),
        Text("FK_NAME"),
        Text("PK_NAME"),
        Small("DEFERRABILITY"));

    public static CatalogResult PrimaryKeys(SchemaModel schema, string? catalog, string? schemaName, string? table, bool metadataId, int odbcVersion)
    {
        RequireTable(table);
        var result = new CatalogResult(PrimaryShape.For(odbcVersion));
        var tables = schema.Match(CatalogArgument.Ordinary(catalog, metadataId), CatalogArgument.Ordinary(schemaName, metadataId),
            CatalogArgument.Ordinary(table, metadataId));
        foreach (var info in tables)
        {
            if (schema.Keys.PrimaryKeyOf(info.Name) is not { } key) continue;
            result.Add(schema.Catalog, schema.Schema, info.Name, key.Column, 1L, key.Name);
        }
        return result;
    }

    /// <summary>
    /// With a primary-key table: the foreign keys that refer to it, by FK table. With a foreign-key
    /// table: its foreign keys, by PK table. With both: the keys between the two.
    /// </summary>
    public static CatalogResult ForeignKeys(SchemaModel schema, string? pkCatalog, string? pkSchema, string? pkTable,
        string? fkCatalog, string? fkSchema, string? fkTable, bool metadataId, int odbcVersion)
    {
        if (pkTable is null && fkTable is null)
            throw new OdbcException(OdbcStates.InvalidNullPointer, "SQLForeignKeys needs a primary-key table name, a foreign-key table name or both.");
        var result = new CatalogResult(ForeignShape.For(odbcVersion));

        var pkTables = pkTable is null ? schema.Tables : schema.Match(CatalogArgument.Ordinary(pkCatalog, metadataId),
            CatalogArgument.Ordinary(pkSchema, metadataId), CatalogArgument.Ordinary(pkTable, metadataId)).ToArray();
        var fkTables = fkTable is null ? schema.Tables : schema.Match(CatalogArgument.Ordinary(fkCatalog, metadataId),
            CatalogArgument.Ordinary(fkSchema, metadataId), CatalogArgument.Ordinary(fkTable, metadataId)).ToArray();
        var pkNames = pkTables.Select(t => t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var keys = fkTables.SelectMany(t => schema.Keys.ForeignKeysOf(t.Name)).Where(k => pkNames.Contains(k.ReferencedTable));
        keys = fkTable is null
            ? keys.OrderBy(k => k.Table, StringComparer.Ordinal)
            : keys.OrderBy(k => k.ReferencedTable, StringComparer.Ordinal).ThenBy(k => k.Column, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            result.Add(schema.Catalog, schema.Schema, key.ReferencedTable, key.ReferencedColumn,
                schema.Catalog, schema.Schema, key.Table, key.Column,
                1L, NoAction, NoAction, key.Name, "pk_" + key.ReferencedTable, NotDeferrable);
        }
        return result;
    }

    private static void RequireTable(string? table)
    {
        if (table is null) throw new OdbcException(OdbcStates.InvalidNullPointer, "The table name cannot be a null pointer.");
    }
}
