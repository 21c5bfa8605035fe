using ZohoOdbc.Driver.Results;
using static ZohoOdbc.Driver.Catalog.CatalogShape;

namespace ZohoOdbc.Driver.Catalog;

/// <summary>SQLColumns: the spec's 18 columns, one row per column of each matching table.</summary>
internal static class ColumnsCatalog
{
    private static readonly CatalogShape Shape = new(
        Text("TABLE_CAT", odbc2Name: "TABLE_QUALIFIER"),
        Text("TABLE_SCHEM", odbc2Name: "TABLE_OWNER"),
        Text("TABLE_NAME", nullable: false),
        Text("COLUMN_NAME", nullable: false),
        Small("DATA_TYPE", nullable: false),
        Text("TYPE_NAME", nullable: false),
        Int("COLUMN_SIZE", odbc2Name: "PRECISION"),
        Int("BUFFER_LENGTH", odbc2Name: "LENGTH"),
        Small("DECIMAL_DIGITS", odbc2Name: "SCALE"),
        Small("NUM_PREC_RADIX", odbc2Name: "RADIX"),
        Small("NULLABLE", nullable: false),
        Text("REMARKS"),
        Text("COLUMN_DEF"),
        Small("SQL_DATA_TYPE", nullable: false),
        Small("SQL_DATETIME_SUB"),
        Int("CHAR_OCTET_LENGTH"),
        Int("ORDINAL_POSITION", nullable: false),
        Text("IS_NULLABLE"));

    public static CatalogResult Build(SchemaModel schema, string? catalog, string? schemaName, string? table, string? column, bool metadataId, int odbcVersion)
    {
        var result = new CatalogResult(Shape.For(odbcVersion));
        var columnName = CatalogArgument.Pattern(column, metadataId);
        var tables = schema.Match(
            CatalogArgument.Ordinary(catalog, metadataId),
            CatalogArgument.Pattern(schemaName, metadataId),
            CatalogArgument.Pattern(table, metadataId));
        foreach (var info in tables)
        {
            for (var ordinal = 0; ordinal < info.Columns.Count; ordinal++)
            {
                var source = info.Columns[ordinal];
                if (!columnName.Matches(source.Name)) continue;
                var described = ColumnDescriptor.FromCatalog(info.Name, source);
                var type = described.Type;
                result.Add(
                    schema.Catalog,
                    schema.Schema,
                    info.Name,
                    source.Name,
                    (long)type.ConciseType(odbcVersion),
                    type.TypeName,
                    (long)described.ColumnSize,
                    (long)described.OctetLength,
                    type.HasDecimalDigits ? (long)described.DecimalDigits : null,
                    type.NumPrecRadix is { } radix ? (long)radix : null,
                    (long)(described.Nullable ? Odbc.Sentinels.Nullable : Odbc.Sentinels.NoNulls),
                    string.IsNullOrEmpty(source.Description) ? null : source.Description,
                    null,
                    (long)type.VerboseType,
                    type.DateTimeSub is { } sub ? (long)sub : null,
                    type.IsCharacter ? (long)described.OctetLength : null,
                    (long)(ordinal + 1),
                    described.Nullable ? "YES" : "NO");
            }
        }
        return result;
    }
}
