namespace ZohoOdbc.Core.Engine;

/// <summary>
/// The SQL types Core produces. Each maps to one CLR type in <see cref="IRowReader.GetValue"/>:
/// VarChar → string, Decimal → decimal, BigInt/Integer → long, Double → double, Bit → bool,
/// Date → DateOnly, Timestamp → DateTime (the organization's wall-clock time, offset dropped),
/// Time → string 'HH:mm:ss' (a time of day; ODBC's SQL_TYPE_TIME, which the driver converts from that text).
/// </summary>
public enum SqlDataType
{
    VarChar,
    Decimal,
    Integer,
    BigInt,
    Double,
    Bit,
    Date,
    Timestamp,
    Time,
}
