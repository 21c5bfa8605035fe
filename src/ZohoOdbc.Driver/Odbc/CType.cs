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
    public const short Date = 9;            // ODBC 2 SQL_C_DATE
    public const short Time = 10;           // ODBC 2 SQL_C_TIME
    public const short Timestamp = 11;      // ODBC 2 SQL_C_TIMESTAMP
    public const short TypeDate = 91;
    public const short TypeTime = 92;
    public const short TypeTimestamp = 93;
    public const short Default = 99;
    public const short Binary = -2;
    public const short Bit = -7;
    public const short TinyInt = -6;
    public const short WChar = -8;
    public const short SLong = -16;
    public const short SShort = -15;
    public const short ULong = -18;
    public const short UShort = -17;
    public const short SBigInt = -25;
    public const short UBigInt = -27;
    public const short STinyInt = -26;
    public const short UTinyInt = -28;
}
