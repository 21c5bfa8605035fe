using ZohoOdbc.Core.Engine;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Catalog;

/// <summary>SQLColumns: the spec's 18 columns, one row per column of each matching table.</summary>
internal static class ColumnsCatalog
{
    private static readonly IReadOnlyList<ColumnDescriptor> Shape =
    [
        ColumnDescriptor.Metadata("TABLE_CAT", OdbcType.VarChar),
        ColumnDescriptor.Metadata("TABLE_SCHEM", OdbcType.VarChar),
        ColumnDescriptor.Metadata("TABLE_NAME", OdbcType.VarChar, nullable: false),
        ColumnDescriptor.Metadata("COLUMN_NAME", OdbcType.VarChar, nullable: false),
        ColumnDescriptor.Metadata("DATA_TYPE", OdbcType.SmallInt, nullable: false),
        ColumnDescriptor.Metadata("TYPE_NAME", OdbcType.VarChar, nullable: false),
        ColumnDescriptor.Metadata("COLUMN_SIZE", OdbcType.Integer),
        ColumnDescriptor.Metadata("BUFFER_LENGTH", OdbcType.Integer),
        ColumnDescriptor.Metadata("DECIMAL_DIGITS", OdbcType.SmallInt),
        ColumnDescriptor.Metadata("NUM_PREC_RADIX", OdbcType.SmallInt),
        ColumnDescriptor.Metadata("NULLABLE", OdbcType.SmallInt, nullable: false),
        ColumnDescriptor.Metadata("REMARKS", OdbcType.VarChar),
        ColumnDescriptor.Metadata("COLUMN_DEF", OdbcType.VarChar),
        ColumnDescriptor.Metadata("SQL_DATA_TYPE", OdbcType.SmallInt, nullable: false),
        ColumnDescriptor.Metadata("SQL_DATETIME_SUB", OdbcType.SmallInt),
        ColumnDescriptor.Metadata("CHAR_OCTET_LENGTH", OdbcType.Integer),
        ColumnDescriptor.Metadata("ORDINAL_POSITION", OdbcType.Integer, nullable: false),
        ColumnDescriptor.Metadata("IS_NULLABLE", OdbcType.VarChar),
    ];

    public static CatalogResult Build(IReadOnlyList<TableInfo> tables, string? catalog, string? schema, string? table, string? column, bool metadataId, int odbcVersion)
    {
        var result = new CatalogResult(Shape);
        if (!NamePattern.Exact(catalog).MatchesAbsent || !NamePattern.Create(schema, metadataId).MatchesAbsent) return result;

        var tableName = NamePattern.Create(table, metadataId);
        var columnName = NamePattern.Create(column, metadataId);
        foreach (var info in tables.Where(t => tableName.Matches(t.Name)).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            for (var ordinal = 0; ordinal < info.Columns.Count; ordinal++)
            {
                var source = info.Columns[ordinal];
                if (!columnName.Matches(source.Name)) continue;
                var described = ColumnDescriptor.FromCatalog(info.Name, source);
                var type = described.Type;
                result.Add(
                    null,
                    null,
                    info.Name,
                    source.Name,
                    (long)type.ConciseType(odbcVersion),
                    type.TypeName,
                    (long)described.ColumnSize,
                    (long)described.OctetLength,
                    type.HasDecimalDigits ? described.DecimalDigits : null,
                    type.NumPrecRadix,
                    (long)(described.Nullable ? Odbc.Sentinels.Nullable : Odbc.Sentinels.NoNulls),
                    string.IsNullOrEmpty(source.Description) ? null : source.Description,
                    null,
                    (long)type.VerboseType,
                    type.DateTimeSub,
                    type.IsCharacter ? described.OctetLength : null,
                    (long)(ordinal + 1),
                    described.Nullable ? "YES" : "NO");
            }
        }
        return result;
    }
}
