using System.Globalization;

namespace ZohoOdbc.Core.Engine;

/// <summary>
/// How typed values are kept in SQLite and turned back into the CLR types of <see cref="IRowReader"/>.
/// Decimal is stored as REAL: SQLite has no decimal type, and REAL keeps comparisons, sorting and
/// arithmetic numeric (TEXT would not). A double keeps 15 significant decimal digits, so every value
/// of at most 15 digits (an amount with 2 decimals below 10^13, a rate with 6 below 10^9) comes back
/// exact once rounded to the column's scale, which the reader does. Dates and times are ISO text,
/// which sorts and compares in time order.
/// </summary>
internal static class SqliteStorage
{
    private static readonly string[] TimestampFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd",
    ];

    /// <summary>The column type in CREATE TABLE; text compares case-insensitively and blind to trailing spaces, as SQL Server's default collation does.</summary>
    public static string DeclaredType(SqlDataType type) => type switch
    {
        SqlDataType.VarChar => "TEXT COLLATE " + SqliteFunctions.Collation,
        SqlDataType.Decimal or SqlDataType.Double => "REAL",
        SqlDataType.Integer or SqlDataType.BigInt or SqlDataType.Bit => "INTEGER",
        SqlDataType.Date or SqlDataType.Timestamp or SqlDataType.Time => "TEXT",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string FormatTimestamp(DateTime time) => time.ToString(
        time.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    /// <summary>A typed row value (as the entity reader produces it) as an SQLite parameter value.</summary>
    public static object ToStorage(object? value) => value switch
    {
        null => DBNull.Value,
        string s => s,
        decimal d => (double)d,
        long l => l,
        double d => d,
        bool b => b ? 1L : 0L,
        DateOnly d => FormatDate(d),
        DateTime t => FormatTimestamp(t),
        TimeOnly t => TimeOfDayText.Format(t),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, null),
    };

    /// <summary>
    /// An SQLite value (long, double, string or byte[]) as the CLR type of <paramref name="column"/>.
    /// Expressions may produce another storage class than their SQL type (ROUND gives a double for an
    /// integer): those convert; values that cannot convert are 22018.
    /// </summary>
    public static object? FromStorage(object value, ResultColumn column)
    {
        if (value is DBNull) return null;
        try
        {
            return column.Type switch
            {
                SqlDataType.VarChar => value switch
                {
                    string s => s,
                    long l => l.ToString(CultureInfo.InvariantCulture),
                    double d => d.ToString("R", CultureInfo.InvariantCulture),
                    _ => Mismatch(value, column),
                },
                SqlDataType.Decimal => value switch
                {
                    double d => ToScale((decimal)d, column.Scale),
                    long l => ToScale(l, column.Scale),
                    string s when decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => ToScale(parsed, column.Scale),
                    _ => Mismatch(value, column),
                },
                SqlDataType.Integer or SqlDataType.BigInt => value switch
                {
                    long l => l,
                    double d => checked((long)Math.Truncate(d)),
                    string s when long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
                    _ => Mismatch(value, column),
                },
                SqlDataType.Double => value switch
                {
                    double d => d,
                    long l => (double)l,
                    string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
                    _ => Mismatch(value, column),
                },
                SqlDataType.Bit => value switch
                {
                    long l => l != 0,
                    double d => d != 0,
                    string s when s is "1" or "0" => s == "1",
                    string s when bool.TryParse(s, out var parsed) => parsed,
                    _ => Mismatch(value, column),
                },
                SqlDataType.Date => value is string s && s.Length >= 10
                    && DateOnly.TryParseExact(s.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? date
                    : Mismatch(value, column),
                SqlDataType.Timestamp => value is string s
                    && DateTime.TryParseExact(s, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
                    ? time
                    : Mismatch(value, column),
                SqlDataType.Time => value is string s && TimeOfDayText.Parse(s) is { } timeOfDay ? TimeOfDayText.Format(timeOfDay) : Mismatch(value, column),
                _ => Mismatch(value, column),
            };
        }
        catch (OverflowException)
        {
            throw new ZohoOdbcException(SqlStates.NumericOutOfRange,
                $"The value {Convert.ToString(value, CultureInfo.InvariantCulture)} of column '{column.Name}' does not fit its type {column.Type}.");
        }
    }

    private static readonly double[] PowersOf10 = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14];

    /// <summary>
    /// The read side's shortcut for a stored REAL that is the double nearest to a decimal of at most
    /// <paramref name="scale"/> fractional digits and 15 significant digits (every amount the engine
    /// stores): that decimal, with exactly <paramref name="scale"/> decimals, without going through
    /// System.Decimal's conversion. It equals ToScale((decimal)value, scale): the conversion keeps 15
    /// significant digits, which give that decimal back, and rounding to the scale leaves it. False
    /// for anything else (then the caller takes that general path).
    /// </summary>
    internal static bool TryToScaleExactly(double value, int scale, out decimal result)
    {
        result = default;
        if ((uint)scale >= (uint)PowersOf10.Length || value == 0) return false;
        var power = PowersOf10[scale];
        var scaled = value * power;
        if (!(Math.Abs(scaled) < 1e15)) return false;
        // The nearest integer, halves away from zero: cheaper than Math.Round, and where the two differ (an exact half)
        // neither candidate passes the check below.
        var units = (double)(long)(scaled + (scaled < 0 ? -0.5 : 0.5));
        // r / 10^s is correctly rounded (both exact below 2^53): equal to value only for the right r.
        if (Math.Abs(units) >= 1e15 || units / power != value) return false;
        var magnitude = (long)Math.Abs(units);
        result = new decimal((int)(uint)magnitude, (int)(uint)((ulong)magnitude >> 32), 0, units < 0, (byte)scale);
        return true;
    }

    /// <summary>Rounded to the scale and carrying exactly that many decimals (30.1 → 30.10), as SQL Server returns decimals.</summary>
    internal static decimal ToScale(decimal value, int scale)
    {
        var digits = Math.Min(scale, 28);
        var rounded = Math.Round(value, digits, MidpointRounding.AwayFromZero);
        return rounded + new decimal(0, 0, 0, false, (byte)digits);
    }

    private static object Mismatch(object value, ResultColumn column) =>
        throw new ZohoOdbcException(SqlStates.DataTypeMismatch,
            $"The value '{Convert.ToString(value, CultureInfo.InvariantCulture)}' of column '{(column.Name.Length == 0 ? "(unnamed)" : column.Name)}' " +
            $"cannot be read as {column.Type}.");
}
