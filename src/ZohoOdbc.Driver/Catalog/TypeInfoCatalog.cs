using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Catalog;

/// <summary>SQLGetTypeInfo: the spec's 19 columns, one row per type a query can return, by DATA_TYPE.</summary>
internal static class TypeInfoCatalog
{
    private static readonly IReadOnlyList<ColumnDescriptor> Shape =
    [
        ColumnDescriptor.Metadata("TYPE_NAME", OdbcType.VarChar, nullable: false),
        ColumnDescriptor.Metadata("DATA_TYPE", OdbcType.SmallInt, nullable: false),
        ColumnDescriptor.Metadata("COLUMN_SIZE", OdbcType.Integer),
        ColumnDescriptor.Metadata("LITERAL_PREFIX", OdbcType.VarChar),
        ColumnDescriptor.Metadata("LITERAL_SUFFIX", OdbcType.VarChar),
        ColumnDescriptor.Metadata("CREATE_PARAMS", OdbcType.VarChar),
        ColumnDescriptor.Metadata("NULLABLE", OdbcType.SmallInt, nullable: false),
        ColumnDescriptor.Metadata("CASE_SENSITIVE", OdbcType.SmallInt, nullable: false),
        ColumnDescriptor.Metadata("SEARCHABLE", OdbcType.SmallInt, nullable: false),
        ColumnDescriptor.Metadata("UNSIGNED_ATTRIBUTE", OdbcType.SmallInt),
        ColumnDescriptor.Metadata("FIXED_PREC_SCALE", OdbcType.SmallInt, nullable: false),
        ColumnDescriptor.Metadata("AUTO_UNIQUE_VALUE", OdbcType.SmallInt),
        ColumnDescriptor.Metadata("LOCAL_TYPE_NAME", OdbcType.VarChar),
        ColumnDescriptor.Metadata("MINIMUM_SCALE", OdbcType.SmallInt),
        ColumnDescriptor.Metadata("MAXIMUM_SCALE", OdbcType.SmallInt),
        ColumnDescriptor.Metadata("SQL_DATA_TYPE", OdbcType.SmallInt, nullable: false),
        ColumnDescriptor.Metadata("SQL_DATETIME_SUB", OdbcType.SmallInt),
        ColumnDescriptor.Metadata("NUM_PREC_RADIX", OdbcType.Integer),
        ColumnDescriptor.Metadata("INTERVAL_PRECISION", OdbcType.SmallInt),
    ];

    public static CatalogResult Build(short requestedType, int odbcVersion)
    {
        var result = new CatalogResult(Shape);
        var rows = OdbcType.QueryTypes
            .Where(t => requestedType == SqlType.AllTypes || t.SqlType == requestedType || t.ConciseType(EnvironmentAttribute.OdbcVersion2) == requestedType)
            .OrderBy(t => t.ConciseType(odbcVersion));
        foreach (var type in rows)
        {
            long? numericFlag = type.IsNumeric ? Sentinels.False : null;
            result.Add(
                type.TypeName,
                (long)type.ConciseType(odbcVersion),
                (long)type.MaxColumnSize,
                type.LiteralPrefix,
                type.LiteralSuffix,
                type.CreateParams,
                (long)Sentinels.Nullable,
                (long)(type.CaseSensitive ? Sentinels.True : Sentinels.False),
                (long)type.Searchable,
                numericFlag,
                (long)Sentinels.False,
                numericFlag,
                type.TypeName,
                type.HasDecimalDigits ? 0L : null,
                type.MaxScale is { } maxScale ? (long)maxScale : null,
                (long)type.VerboseType,
                type.DateTimeSub is { } sub ? (long)sub : null,
                type.NumPrecRadix is { } radix ? (long)radix : null,
                null);
        }
        return result;
    }
}
