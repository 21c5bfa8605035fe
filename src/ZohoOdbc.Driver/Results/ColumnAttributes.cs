using ZohoOdbc.Driver.Odbc;

namespace ZohoOdbc.Driver.Results;

/// <summary>
/// SQLColAttribute's answers for one column, ODBC 3 fields and the ODBC 2 ids that differ
/// (COLUMN_LENGTH is the transfer length of the default C type, COLUMN_PRECISION the column size).
/// </summary>
internal static class ColumnAttributes
{
    /// <summary>The string fields; null when <paramref name="field"/> is not one.</summary>
    public static string? Text(ColumnDescriptor column, ushort field) => field switch
    {
        ColumnField.Name or ColumnField.Odbc2Name or ColumnField.Label => column.Name,
        ColumnField.BaseColumnName => column.BaseColumn ?? "",
        ColumnField.BaseTableName or ColumnField.TableName => column.BaseTable ?? "",
        ColumnField.CatalogName => column.BaseCatalog ?? "",
        ColumnField.SchemaName => column.BaseSchema ?? "",
        ColumnField.TypeName or ColumnField.LocalTypeName => column.Type.TypeName,
        ColumnField.LiteralPrefix => column.Type.LiteralPrefix ?? "",
        ColumnField.LiteralSuffix => column.Type.LiteralSuffix ?? "",
        _ => null,
    };

    /// <summary>The numeric fields; null when <paramref name="field"/> is not known at all.</summary>
    public static nint? Number(ColumnDescriptor column, ushort field, int odbcVersion) => field switch
    {
        ColumnField.ConciseType => column.Type.ConciseType(odbcVersion),
        ColumnField.Type => odbcVersion >= 3 ? column.Type.VerboseType : column.Type.ConciseType(odbcVersion),
        ColumnField.DisplaySize => column.DisplaySize,
        ColumnField.Length => column.ColumnSize,
        ColumnField.OctetLength or ColumnField.Odbc2Length => column.OctetLength,
        ColumnField.Precision => column.Type.DateTimeSub is null ? column.ColumnSize : column.DecimalDigits,
        ColumnField.Odbc2Precision => column.ColumnSize,
        ColumnField.Scale or ColumnField.Odbc2Scale => column.DecimalDigits,
        ColumnField.Nullable or ColumnField.Odbc2Nullable => column.Nullable ? Sentinels.Nullable : Sentinels.NoNulls,
        ColumnField.NumPrecRadix => column.Type.NumPrecRadix ?? 0,
        // SQL_TRUE for unsigned and for non-numeric columns, as the specification asks.
        ColumnField.Unsigned => column.Type.IsNumeric ? Sentinels.False : Sentinels.True,
        ColumnField.AutoUniqueValue or ColumnField.FixedPrecScale => Sentinels.False,
        ColumnField.CaseSensitive => column.Type.CaseSensitive ? Sentinels.True : Sentinels.False,
        ColumnField.Searchable => column.Type.Searchable,
        ColumnField.Updatable => ColumnField.ReadOnly,
        ColumnField.Unnamed => column.Name.Length == 0 ? ColumnField.UnnamedValue : ColumnField.Named,
        ColumnField.DateTimeIntervalCode => column.Type.DateTimeSub ?? 0,
        ColumnField.DateTimeIntervalPrecision => 0,
        ColumnField.RowVer => Sentinels.False,
        _ => null,
    };
}
