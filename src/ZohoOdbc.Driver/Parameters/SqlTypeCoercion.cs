using System.Globalization;
using ZohoOdbc.Driver.Conversion;
using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;

namespace ZohoOdbc.Driver.Parameters;

/// <summary>
/// Appendix D, C to SQL: turns a value read from a C buffer into the CLR value of a SQL type
/// (character types → string, exact numerics → decimal, integers → long, approximate → double,
/// BIT → bool, DATE → DateOnly, TIMESTAMP → DateTime, TIME → its text). Invalid pairs are 07006,
/// unparsable text 22018 / 22007, values that do not fit 22003 / 22008; a dropped fraction is
/// reported through <paramref name="truncated"/> (01S07).
/// </summary>
internal static class SqlTypeCoercion
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d"];
    private static readonly string[] TimestampFormats =
        ["yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd"];
    private static readonly string[] TimeFormats = ["HH:mm:ss.FFFFFFF", "HH:mm:ss", "HH:mm"];

    /// <summary>Whether the driver can send parameters of this SQL type at all (binary and interval types have no column to meet).</summary>
    public static bool Supports(short sqlType) =>
        SqlType.IsKnown(sqlType) && !SqlType.IsBinary(sqlType) && !SqlType.IsInterval(sqlType);

    public static object To(short sqlType, object value, out bool truncated)
    {
        truncated = false;
        return sqlType switch
        {
            _ when SqlType.IsCharacter(sqlType) || sqlType == SqlType.Guid => ToText(value),
            SqlType.Decimal or SqlType.Numeric => ToDecimal(value),
            SqlType.Integer => ToWhole(value, int.MinValue, int.MaxValue, out truncated),
            SqlType.SmallInt => ToWhole(value, short.MinValue, short.MaxValue, out truncated),
            SqlType.TinyInt => ToWhole(value, sbyte.MinValue, byte.MaxValue, out truncated),
            SqlType.BigInt => ToWhole(value, long.MinValue, long.MaxValue, out truncated),
            SqlType.Real or SqlType.Float or SqlType.Double => ToDouble(value),
            SqlType.Bit => ToBit(value, out truncated),
            SqlType.TypeDate or SqlType.Odbc2Date => ToDate(value),
            SqlType.TypeTime or SqlType.Odbc2Time => ToTime(value, out truncated),
            SqlType.TypeTimestamp or SqlType.Odbc2Timestamp => ToTimestamp(value),
            _ => throw new OdbcException(OdbcStates.OptionalFeatureNotImplemented, $"Parameters of SQL type {sqlType} are not supported."),
        };
    }

    /// <summary>The character form, as a CAST to VARCHAR writes it (invariant culture, ISO dates).</summary>
    public static string ToText(object value) => value switch
    {
        string text => text,
        long number => number.ToString(CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "1" : "0",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly time => time.Ticks % TimeSpan.TicksPerSecond == 0
            ? time.ToString("HH:mm:ss", CultureInfo.InvariantCulture)
            : time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        DateTime moment => moment.Ticks % TimeSpan.TicksPerSecond == 0
            ? moment.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
            : moment.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        byte[] bytes => System.Text.Encoding.UTF8.GetString(bytes),
        Guid guid => guid.ToString("D"),
        _ => throw Restricted(value, "character"),
    };

    private static decimal ToDecimal(object value) => value switch
    {
        string text => ParseNumber(text),
        long or decimal or double => NumericValue.From(value).ToDecimal(),
        _ => throw Restricted(value, "exact numeric"),
    };

    private static long ToWhole(object value, decimal min, decimal max, out bool truncated)
    {
        var exact = value switch
        {
            string text => ParseNumber(text),
            long or decimal or double => NumericValue.From(value).ToDecimal(),
            _ => throw Restricted(value, "integer"),
        };
        var whole = decimal.Truncate(exact);
        truncated = whole != exact;
        if (whole < min || whole > max) throw NumericValue.OutOfRange();
        return (long)whole;
    }

    private static double ToDouble(object value) => value switch
    {
        string text when double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        string text => throw NotANumber(text),
        long number => number,
        decimal number => (double)number,
        double number => number,
        _ => throw Restricted(value, "approximate numeric"),
    };

    /// <summary>BIT takes 0 or 1; a value between them is truncated (01S07), anything else is out of range.</summary>
    private static bool ToBit(object value, out bool truncated)
    {
        var number = value switch
        {
            string text => ParseNumber(text),
            long or decimal or double => NumericValue.From(value).ToDecimal(),
            _ => throw Restricted(value, "bit"),
        };
        if (number is < 0 or >= 2) throw NumericValue.OutOfRange();
        truncated = number != 0 && number != 1;
        return number >= 1;
    }

    private static DateOnly ToDate(object value)
    {
        switch (value)
        {
            case DateOnly date:
                return date;
            case DateTime moment when moment.TimeOfDay == TimeSpan.Zero:
                return DateOnly.FromDateTime(moment);
            case DateTime:
                throw new OdbcException(OdbcStates.DatetimeFieldOverflow, "Datetime field overflow: a timestamp with a time of day cannot become a date.");
            case string text:
                var trimmed = text.Trim();
                if (DateOnly.TryParseExact(trimmed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return parsed;
                if (DateTime.TryParseExact(trimmed, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var stamp))
                    return ToDate(stamp);
                throw InvalidDatetime(text);
            default:
                throw Restricted(value, "date");
        }
    }

    /// <summary>Core has no TIME type: a time parameter travels as its 'hh:mm:ss' text.</summary>
    private static string ToTime(object value, out bool truncated)
    {
        truncated = false;
        switch (value)
        {
            case TimeOnly time:
                return ToText(time);
            case DateTime moment:
                return ToText(TimeOnly.FromDateTime(moment));
            case string text:
                var trimmed = text.Trim();
                if (TimeOnly.TryParseExact(trimmed, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return ToText(parsed);
                if (DateTime.TryParseExact(trimmed, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var stamp))
                    return ToText(TimeOnly.FromDateTime(stamp));
                throw InvalidDatetime(text);
            default:
                throw Restricted(value, "time");
        }
    }

    private static DateTime ToTimestamp(object value) => value switch
    {
        DateTime moment => moment,
        DateOnly date => date.ToDateTime(TimeOnly.MinValue),
        // A time alone gets today's date, as the specification says.
        TimeOnly time => DateOnly.FromDateTime(DateTime.Today).ToDateTime(time),
        string text when DateTime.TryParseExact(text.Trim(), TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) => parsed,
        string text => throw InvalidDatetime(text),
        _ => throw Restricted(value, "timestamp"),
    };

    private static decimal ParseNumber(string text)
    {
        var trimmed = text.Trim();
        if (decimal.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)) return exact;
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var approximate))
            return NumericValue.From(approximate).ToDecimal();
        throw NotANumber(text);
    }

    private static OdbcException NotANumber(string text) =>
        new(OdbcStates.InvalidCharacterValue, $"Invalid character value for cast specification: '{Shorten(text)}' is not a number.");

    private static OdbcException InvalidDatetime(string text) =>
        new(OdbcStates.InvalidDatetimeFormat, $"Invalid datetime format: '{Shorten(text)}'.");

    private static OdbcException Restricted(object value, string target) =>
        new(OdbcStates.RestrictedDataType, $"Restricted data type attribute violation: a {Describe(value)} parameter value cannot be converted to a {target} type.");

    private static string Describe(object value) => value switch
    {
        string => "character",
        long or decimal or double => "numeric",
        DateOnly => "date",
        TimeOnly => "time",
        DateTime => "timestamp",
        byte[] => "binary",
        Guid => "GUID",
        _ => value.GetType().Name,
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
