namespace ZohoOdbc.Driver.Odbc;

/// <summary>The SQL data type codes (sql.h, sqlext.h, sqlucode.h) the driver reports or accepts.</summary>
internal static class SqlType
{
    public const short AllTypes = 0;
    public const short Char = 1;
    public const short Numeric = 2;
    public const short Decimal = 3;
    public const short Integer = 4;
    public const short SmallInt = 5;
    public const short Float = 6;
    public const short Real = 7;
    public const short Double = 8;
    public const short DateTime = 9;      // verbose type of dates, times and timestamps
    public const short Interval = 10;     // verbose type of intervals
    public const short Odbc2Date = 9;     // SQL_DATE, what ODBC 2 applications expect
    public const short Odbc2Time = 10;
    public const short Odbc2Timestamp = 11;
    public const short VarChar = 12;
    public const short TypeDate = 91;
    public const short TypeTime = 92;
    public const short TypeTimestamp = 93;
    public const short LongVarChar = -1;
    public const short Binary = -2;
    public const short VarBinary = -3;
    public const short LongVarBinary = -4;
    public const short BigInt = -5;
    public const short TinyInt = -6;
    public const short Bit = -7;
    public const short WChar = -8;
    public const short WVarChar = -9;
    public const short WLongVarChar = -10;
    public const short Guid = -11;

    /// <summary>SQL_DATETIME_SUB codes for the verbose SQL_DATETIME type.</summary>
    public const short CodeDate = 1;
    public const short CodeTime = 2;
    public const short CodeTimestamp = 3;

    /// <summary>SQL_INTERVAL_YEAR (101) … SQL_INTERVAL_MINUTE_TO_SECOND (113).</summary>
    public static bool IsInterval(short type) => type is >= 101 and <= 113;

    public static bool IsCharacter(short type) => type is Char or VarChar or LongVarChar or WChar or WVarChar or WLongVarChar;

    public static bool IsBinary(short type) => type is Binary or VarBinary or LongVarBinary;

    /// <summary>Every concise SQL type code ODBC 3.8 defines (SQLBindParameter's ParameterType, IPD SQL_DESC_CONCISE_TYPE).</summary>
    public static bool IsKnown(short type) =>
        type is Char or Numeric or Decimal or Integer or SmallInt or Float or Real or Double or VarChar or TypeDate or TypeTime
            or TypeTimestamp or LongVarChar or Binary or VarBinary or LongVarBinary or BigInt or TinyInt or Bit or WChar
            or WVarChar or WLongVarChar or Guid or Odbc2Date or Odbc2Time or Odbc2Timestamp
        || IsInterval(type);

    /// <summary>The verbose type and the datetime/interval subcode of a concise type (SQL_DESC_TYPE, SQL_DESC_DATETIME_INTERVAL_CODE).</summary>
    public static (short Verbose, short Code) Split(short concise) => concise switch
    {
        TypeDate or Odbc2Date => (DateTime, CodeDate),
        TypeTime or Odbc2Time => (DateTime, CodeTime),
        TypeTimestamp or Odbc2Timestamp => (DateTime, CodeTimestamp),
        _ when IsInterval(concise) => (Interval, (short)(concise - 100)),
        _ => (concise, 0),
    };

    /// <summary>The concise type of a verbose type and subcode; null when the pair names no type.</summary>
    public static short? Join(short verbose, short code) => verbose switch
    {
        DateTime => code switch { CodeDate => TypeDate, CodeTime => TypeTime, CodeTimestamp => TypeTimestamp, _ => null },
        Interval => code is >= 1 and <= 13 ? (short)(100 + code) : null,
        _ => verbose,
    };
}
