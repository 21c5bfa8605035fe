namespace ZohoOdbc.Driver.Odbc;

/// <summary>SQL_C_* application buffer types.</summary>
internal static class CType
{
    public const short Char = 1;
    public const short Numeric = 2;
    public const short Long = 4;
    public const short Short = 5;
    public const short Float = 7;
    public const short Double = 8;
    public const short Date = 9;            // ODBC 2 SQL_C_DATE; also the verbose SQL_DATETIME
    public const short Time = 10;           // ODBC 2 SQL_C_TIME; also the verbose SQL_INTERVAL
    public const short Timestamp = 11;      // ODBC 2 SQL_C_TIMESTAMP
    public const short TypeDate = 91;
    public const short TypeTime = 92;
    public const short TypeTimestamp = 93;
    public const short Default = 99;
    public const short Binary = -2;
    public const short Bit = -7;
    public const short TinyInt = -6;
    public const short WChar = -8;
    public const short Guid = -11;
    public const short SLong = -16;
    public const short SShort = -15;
    public const short ULong = -18;
    public const short UShort = -17;
    public const short SBigInt = -25;
    public const short UBigInt = -27;
    public const short STinyInt = -26;
    public const short UTinyInt = -28;

    /// <summary>SQL_ARD_TYPE / SQL_APD_TYPE: "use the type already in the descriptor record".</summary>
    public const short ArdType = -99;
    public const short ApdType = -100;

    /// <summary>SQL_C_INTERVAL_YEAR (101) … SQL_C_INTERVAL_MINUTE_TO_SECOND (113).</summary>
    public static bool IsInterval(short type) => type is >= 101 and <= 113;
}
