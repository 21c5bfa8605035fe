namespace ZohoOdbc.Driver.Odbc;

/// <summary>SQLGetDescField / SQLSetDescField identifiers (header fields, then record fields).</summary>
internal static class DescField
{
    // Header fields.
    public const short ArraySize = 20;
    public const short ArrayStatusPtr = 21;
    public const short BindOffsetPtr = 24;
    public const short BindType = 25;
    public const short RowsProcessedPtr = 34;
    public const short Count = 1001;
    public const short AllocType = 1099;

    // Record fields.
    public const short ConciseType = 2;
    public const short DisplaySize = 6;
    public const short Unsigned = 8;
    public const short FixedPrecScale = 9;
    public const short Updatable = 10;
    public const short AutoUniqueValue = 11;
    public const short CaseSensitive = 12;
    public const short Searchable = 13;
    public const short TypeName = 14;
    public const short TableName = 15;
    public const short SchemaName = 16;
    public const short CatalogName = 17;
    public const short Label = 18;
    public const short BaseColumnName = 22;
    public const short BaseTableName = 23;
    public const short DateTimeIntervalPrecision = 26;
    public const short LiteralPrefix = 27;
    public const short LiteralSuffix = 28;
    public const short LocalTypeName = 29;
    public const short NumPrecRadix = 32;
    public const short ParameterType = 33;
    public const short RowVer = 35;
    public const short MimeType = 36;
    public const short Type = 1002;
    public const short Length = 1003;
    public const short OctetLengthPtr = 1004;
    public const short Precision = 1005;
    public const short Scale = 1006;
    public const short DateTimeIntervalCode = 1007;
    public const short Nullable = 1008;
    public const short IndicatorPtr = 1009;
    public const short DataPtr = 1010;
    public const short Name = 1011;
    public const short Unnamed = 1012;
    public const short OctetLength = 1013;

    public const short AllocAuto = 1;   // SQL_DESC_ALLOC_AUTO
    public const short AllocUser = 2;   // SQL_DESC_ALLOC_USER
}
