namespace ZohoOdbc.Driver.Odbc;

/// <summary>The SQL data type codes (sql.h, sqlext.h, sqlucode.h) the driver reports or accepts.</summary>
internal static class SqlType
{
    public const short AllTypes = 0;
    public const short Decimal = 3;
    public const short Integer = 4;
    public const short SmallInt = 5;
    public const short Double = 8;
    public const short DateTime = 9;      // verbose type of dates and timestamps
    public const short Odbc2Date = 9;     // SQL_DATE, what ODBC 2 applications expect
    public const short Odbc2Timestamp = 11;
    public const short VarChar = 12;
    public const short TypeDate = 91;
    public const short TypeTimestamp = 93;
    public const short BigInt = -5;
    public const short Bit = -7;
    public const short WVarChar = -9;

    /// <summary>SQL_DATETIME_SUB codes for the verbose SQL_DATETIME type.</summary>
    public const short CodeDate = 1;
    public const short CodeTimestamp = 3;
}
