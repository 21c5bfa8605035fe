using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Catalog;

/// <summary>SQLGetTypeInfo: the spec's 19 columns, one row per type a query can return, by DATA_TYPE.</summary>
internal static class TypeInfoCatalog
{
    private static readonly CatalogShape Shape = new(
        CatalogShape.Text("TYPE_NAME", nullable: false),
        CatalogShape.Small("DATA_TYPE", nullable: false),
        CatalogShape.Int("COLUMN_SIZE", odbc2Name: "PRECISION"),
        CatalogShape.Text("LITERAL_PREFIX"),
        CatalogShape.Text("LITERAL_SUFFIX"),
        CatalogShape.Text("CREATE_PARAMS"),
        CatalogShape.Small("NULLABLE", nullable: false),
        CatalogShape.Small("CASE_SENSITIVE", nullable: false),
        CatalogShape.Small("SEARCHABLE", nullable: false),
        CatalogShape.Small("UNSIGNED_ATTRIBUTE"),
        CatalogShape.Small("FIXED_PREC_SCALE", nullable: false, odbc2Name: "MONEY"),
        CatalogShape.Small("AUTO_UNIQUE_VALUE", odbc2Name: "AUTO_INCREMENT"),
        CatalogShape.Text("LOCAL_TYPE_NAME"),
        CatalogShape.Small("MINIMUM_SCALE"),
        CatalogShape.Small("MAXIMUM_SCALE"),
        CatalogShape.Small("SQL_DATA_TYPE", nullable: false),
        CatalogShape.Small("SQL_DATETIME_SUB"),
        CatalogShape.Int("NUM_PREC_RADIX"),
        CatalogShape.Small("INTERVAL_PRECISION"));

    public static CatalogResult Build(short requestedType, int odbcVersion)
    {
        if (requestedType != SqlType.AllTypes && !SqlType.IsKnown(requestedType))
            throw new OdbcException(OdbcStates.InvalidSqlDataType, $"SQL data type {requestedType} is not valid.");
        var result = new CatalogResult(Shape.For(odbcVersion));
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
