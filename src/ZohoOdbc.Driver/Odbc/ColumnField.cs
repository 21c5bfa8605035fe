namespace ZohoOdbc.Driver.Odbc;

/// <summary>
/// SQLColAttribute field ids: the ODBC 3 SQL_DESC_* fields and the ODBC 2 SQL_COLUMN_* ids that
/// differ from them (Power BI still asks for those).
/// </summary>
internal static class ColumnField
{
    public const ushort Odbc2Count = 0;          // SQL_COLUMN_COUNT
    public const ushort Odbc2Name = 1;           // SQL_COLUMN_NAME
    public const ushort ConciseType = 2;         // SQL_DESC_CONCISE_TYPE = SQL_COLUMN_TYPE
    public const ushort Odbc2Length = 3;         // SQL_COLUMN_LENGTH
    public const ushort Odbc2Precision = 4;      // SQL_COLUMN_PRECISION
    public const ushort Odbc2Scale = 5;          // SQL_COLUMN_SCALE
    public const ushort DisplaySize = 6;
    public const ushort Odbc2Nullable = 7;       // SQL_COLUMN_NULLABLE
    public const ushort Unsigned = 8;
    public const ushort FixedPrecScale = 9;
    public const ushort Updatable = 10;
    public const ushort AutoUniqueValue = 11;
    public const ushort CaseSensitive = 12;
    public const ushort Searchable = 13;
    public const ushort TypeName = 14;
    public const ushort TableName = 15;
    public const ushort SchemaName = 16;
    public const ushort CatalogName = 17;
    public const ushort Label = 18;
    public const ushort BaseColumnName = 22;
    public const ushort BaseTableName = 23;
    public const ushort LiteralPrefix = 27;
    public const ushort LiteralSuffix = 28;
    public const ushort LocalTypeName = 29;
    public const ushort NumPrecRadix = 32;
    public const ushort DateTimeIntervalCode = 1007;
    public const ushort DateTimeIntervalPrecision = 26;
    public const ushort RowVer = 35;
    public const ushort Count = 1001;
    public const ushort Type = 1002;
    public const ushort Length = 1003;
    public const ushort Precision = 1005;
    public const ushort Scale = 1006;
    public const ushort Nullable = 1008;
    public const ushort Name = 1011;
    public const ushort Unnamed = 1012;
    public const ushort OctetLength = 1013;

    public const short ReadOnly = 0;             // SQL_ATTR_READONLY
    public const short Named = 0;                // SQL_NAMED
    public const short UnnamedValue = 1;         // SQL_UNNAMED
}
