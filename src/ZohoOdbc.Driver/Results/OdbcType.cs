using ZohoOdbc.Driver.Odbc;

namespace ZohoOdbc.Driver.Results;

/// <summary>
/// One SQL type the driver reports, with the fixed metadata SQLGetTypeInfo, SQLColumns and the
/// IRD share. TypeName is the T-SQL spelling Core's CAST accepts.
/// </summary>
internal sealed record OdbcType(
    short SqlType,
    string TypeName,
    short DefaultCType,
    int MaxColumnSize,
    string? LiteralPrefix = null,
    string? LiteralSuffix = null,
    string? CreateParams = null,
    bool CaseSensitive = false,
    short Searchable = OdbcType.AllExceptLike,
    bool IsNumeric = false,
    short? MaxScale = null,
    short? DateTimeSub = null)
{
    public const short SearchableAll = 3;     // SQL_SEARCHABLE
    public const short AllExceptLike = 2;     // SQL_ALL_EXCEPT_LIKE
    public const int UnicodeBytesPerChar = 2;
    public const int Utf8BytesPerUtf16Unit = 3;

    public static readonly OdbcType VarChar = new(Odbc.SqlType.VarChar, "varchar", CType.Char, ColumnDescriptor.MaxTextSize, "'", "'", "max length", CaseSensitive: true, Searchable: SearchableAll);
    public static readonly OdbcType WVarChar = new(Odbc.SqlType.WVarChar, "nvarchar", CType.WChar, ColumnDescriptor.MaxTextSize, "N'", "'", "max length", CaseSensitive: true, Searchable: SearchableAll);
    public static readonly OdbcType Decimal = new(Odbc.SqlType.Decimal, "decimal", CType.Char, 38, CreateParams: "precision,scale", IsNumeric: true, MaxScale: 38);
    public static readonly OdbcType Integer = new(Odbc.SqlType.Integer, "int", CType.SLong, 10, IsNumeric: true, MaxScale: 0);
    public static readonly OdbcType SmallInt = new(Odbc.SqlType.SmallInt, "smallint", CType.SShort, 5, IsNumeric: true, MaxScale: 0);
    public static readonly OdbcType BigInt = new(Odbc.SqlType.BigInt, "bigint", CType.SBigInt, 19, IsNumeric: true, MaxScale: 0);
    public static readonly OdbcType Double = new(Odbc.SqlType.Double, "float", CType.Double, 15, IsNumeric: true);
    public static readonly OdbcType Bit = new(Odbc.SqlType.Bit, "bit", CType.Bit, 1);
    public static readonly OdbcType Date = new(Odbc.SqlType.TypeDate, "date", CType.TypeDate, 10, "'", "'", DateTimeSub: Odbc.SqlType.CodeDate);
    public static readonly OdbcType Time = new(Odbc.SqlType.TypeTime, "time", CType.TypeTime, 8, "'", "'", MaxScale: 0, DateTimeSub: Odbc.SqlType.CodeTime);
    public static readonly OdbcType Timestamp = new(Odbc.SqlType.TypeTimestamp, "datetime", CType.TypeTimestamp, 19, "'", "'", MaxScale: 0, DateTimeSub: Odbc.SqlType.CodeTimestamp);

    /// <summary>The rows of SQLGetTypeInfo: every type a query result can have.</summary>
    public static readonly IReadOnlyList<OdbcType> QueryTypes = [VarChar, WVarChar, Decimal, Integer, BigInt, Double, Bit, Date, Time, Timestamp];

    public bool IsCharacter => SqlType is Odbc.SqlType.VarChar or Odbc.SqlType.WVarChar;

    /// <summary>The type the driver reports for a SQL type code (the IPD's type names); null when it has none.</summary>
    public static OdbcType? ForSqlType(short sqlType) => sqlType == Odbc.SqlType.SmallInt
        ? SmallInt
        : QueryTypes.FirstOrDefault(t => t.SqlType == sqlType || t.ConciseType(EnvironmentAttribute.OdbcVersion2) == sqlType);

    /// <summary>Exact and approximate numeric SQL types (SQL_DESC_UNSIGNED is false for them).</summary>
    public static bool IsNumericSqlType(short sqlType) => sqlType is Odbc.SqlType.Decimal or Odbc.SqlType.Numeric or Odbc.SqlType.Integer
        or Odbc.SqlType.SmallInt or Odbc.SqlType.TinyInt or Odbc.SqlType.BigInt or Odbc.SqlType.Float or Odbc.SqlType.Real or Odbc.SqlType.Double;

    /// <summary>The default C type of a SQL type (what SQL_C_DEFAULT means for a parameter of that type).</summary>
    public static short DefaultCTypeOf(short sqlType) => sqlType switch
    {
        Odbc.SqlType.Char or Odbc.SqlType.VarChar or Odbc.SqlType.LongVarChar or Odbc.SqlType.Decimal or Odbc.SqlType.Numeric => CType.Char,
        Odbc.SqlType.WChar or Odbc.SqlType.WVarChar or Odbc.SqlType.WLongVarChar => CType.WChar,
        Odbc.SqlType.Bit => CType.Bit,
        Odbc.SqlType.TinyInt => CType.STinyInt,
        Odbc.SqlType.SmallInt => CType.SShort,
        Odbc.SqlType.Integer => CType.SLong,
        Odbc.SqlType.BigInt => CType.SBigInt,
        Odbc.SqlType.Real => CType.Float,
        Odbc.SqlType.Float or Odbc.SqlType.Double => CType.Double,
        Odbc.SqlType.TypeDate or Odbc.SqlType.Odbc2Date => CType.TypeDate,
        Odbc.SqlType.TypeTime or Odbc.SqlType.Odbc2Time => CType.TypeTime,
        Odbc.SqlType.TypeTimestamp or Odbc.SqlType.Odbc2Timestamp => CType.TypeTimestamp,
        Odbc.SqlType.Guid => CType.Guid,
        _ => CType.Binary,
    };

    /// <summary>Exact numerics carry DECIMAL_DIGITS; so do timestamps (fractional seconds).</summary>
    public bool HasDecimalDigits => MaxScale is not null;

    /// <summary>NUM_PREC_RADIX: 10 for numbers (COLUMN_SIZE counts decimal digits), none otherwise.</summary>
    public short? NumPrecRadix => IsNumeric ? (short)10 : null;

    /// <summary>SQL_DESC_TYPE: SQL_DATETIME for dates and timestamps, the concise type otherwise.</summary>
    public short VerboseType => DateTimeSub is null ? SqlType : Odbc.SqlType.DateTime;

    /// <summary>The type code for the application's ODBC version: ODBC 2 knows dates as 9 and timestamps as 11.</summary>
    public short ConciseType(int odbcVersion) => odbcVersion >= 3 ? SqlType : SqlType switch
    {
        Odbc.SqlType.TypeDate => Odbc.SqlType.Odbc2Date,
        Odbc.SqlType.TypeTimestamp => Odbc.SqlType.Odbc2Timestamp,
        _ => SqlType,
    };

    /// <summary>SQL_DESC_DISPLAY_SIZE: characters needed to show any value.</summary>
    public int DisplaySize(int columnSize, short scale) => SqlType switch
    {
        Odbc.SqlType.Decimal => columnSize + 2,            // sign and decimal point
        Odbc.SqlType.Integer => 11,
        Odbc.SqlType.SmallInt => 6,
        Odbc.SqlType.BigInt => 20,
        Odbc.SqlType.Double => 24,
        _ => columnSize,
    };

    /// <summary>SQL_DESC_OCTET_LENGTH: bytes of the value in its default C type.</summary>
    public int OctetLength(int columnSize, short scale) => SqlType switch
    {
        Odbc.SqlType.VarChar => columnSize * Utf8BytesPerUtf16Unit,
        Odbc.SqlType.WVarChar => columnSize * UnicodeBytesPerChar,
        Odbc.SqlType.Decimal => columnSize + 2,
        Odbc.SqlType.Integer => sizeof(int),
        Odbc.SqlType.SmallInt => sizeof(short),
        Odbc.SqlType.BigInt => sizeof(long),
        Odbc.SqlType.Double => sizeof(double),
        Odbc.SqlType.Bit => 1,
        Odbc.SqlType.TypeDate => 6,                         // SQL_DATE_STRUCT
        _ => 16,                                            // SQL_TIMESTAMP_STRUCT
    };
}
