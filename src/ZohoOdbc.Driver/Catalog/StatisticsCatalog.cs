using ZohoOdbc.Driver.Diagnostics;
using static ZohoOdbc.Driver.Catalog.CatalogShape;

namespace ZohoOdbc.Driver.Catalog;

/// <summary>
/// SQLStatistics: a SQL_TABLE_STAT row (row counts are unknown until a query reads the table,
/// so CARDINALITY and PAGES are NULL) and the unique index every table has on its record id
/// (MS Access needs a unique index to link a table).
/// </summary>
internal static class StatisticsCatalog
{
    private const ushort IndexUnique = 0;    // SQL_INDEX_UNIQUE
    private const ushort IndexAll = 1;       // SQL_INDEX_ALL
    private const long TableStat = 0;        // SQL_TABLE_STAT
    private const long IndexOther = 3;       // SQL_INDEX_OTHER

    private static readonly CatalogShape Shape = new(
        Text("TABLE_CAT", odbc2Name: "TABLE_QUALIFIER"),
        Text("TABLE_SCHEM", odbc2Name: "TABLE_OWNER"),
        Text("TABLE_NAME", nullable: false),
        Small("NON_UNIQUE"),
        Text("INDEX_QUALIFIER"),
        Text("INDEX_NAME"),
        Small("TYPE", nullable: false),
        Small("ORDINAL_POSITION", odbc2Name: "SEQ_IN_INDEX"),
        Text("COLUMN_NAME"),
        Text("ASC_OR_DESC", odbc2Name: "COLLATION"),
        Int("CARDINALITY"),
        Int("PAGES"),
        Text("FILTER_CONDITION"));

    public static CatalogResult Build(SchemaModel schema, string? catalog, string? schemaName, string? table, ushort unique, ushort reserved,
        bool metadataId, int odbcVersion)
    {
        if (table is null) throw new OdbcException(OdbcStates.InvalidNullPointer, "The table name cannot be a null pointer.");
        if (unique is not (IndexUnique or IndexAll)) throw new OdbcException(OdbcStates.InvalidUniquenessOption, $"Uniqueness option {unique} is not valid.");
        if (reserved is not (0 or 1)) throw new OdbcException(OdbcStates.InvalidAccuracyOption, $"Accuracy option {reserved} is not valid.");

        var result = new CatalogResult(Shape.For(odbcVersion));
        var tables = schema.Match(CatalogArgument.Ordinary(catalog, metadataId), CatalogArgument.Ordinary(schemaName, metadataId),
            CatalogArgument.Ordinary(table, metadataId));
        foreach (var info in tables)
        {
            result.Add(schema.Catalog, schema.Schema, info.Name, null, null, null, TableStat, null, null, null, null, null, null);
            if (schema.Keys.PrimaryKeyOf(info.Name) is { } key)
                result.Add(schema.Catalog, schema.Schema, info.Name, (long)Odbc.Sentinels.False, null, key.Name, IndexOther, 1L, key.Column, "A", null, null, null);
        }
        return result;
    }
}
