using System.Globalization;
using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Core.Sql;

/// <summary>
/// Converts constants at bind time, with SQL Server's errors for values that do not convert:
/// CAST('2024-01-31' AS DATE), a string compared with a date column, '100' compared with an amount.
/// </summary>
internal static class LiteralConversion
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyyMMdd"];

    private static readonly string[] TimestampFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd", "yyyyMMdd", "yyyyMMdd HH:mm:ss",
    ];

    public static DateOnly ParseDate(string text)
    {
        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        if (DateTime.TryParseExact(trimmed, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var timestamp))
            return DateOnly.FromDateTime(timestamp);
        throw new ZohoOdbcException(SqlStates.InvalidDateTimeFormat,
            $"Conversion failed when converting '{text}' to a date: write dates as 'yyyy-MM-dd', e.g. '2024-01-31'.");
    }

    public static DateTime ParseTimestamp(string text)
    {
        if (DateTime.TryParseExact(text.Trim(), TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var timestamp))
            return timestamp;
        throw new ZohoOdbcException(SqlStates.InvalidDateTimeFormat,
            $"Conversion failed when converting '{text}' to a date and time: write them as 'yyyy-MM-dd HH:mm:ss', e.g. '2024-01-31 17:30:00'.");
    }

    public static TimeOnly ParseTime(string text) => Engine.TimeOfDayText.Parse(text) ?? throw new ZohoOdbcException(SqlStates.InvalidDateTimeFormat,
        $"Conversion failed when converting '{text}' to a time: write times as 'HH:mm:ss', e.g. '17:30:00'.");

    /// <summary>
    /// The constant <paramref name="value"/> (not null, of type <paramref name="sourceType"/>) converted to
    /// <paramref name="target"/>, or null when the conversion is left to run time.
    /// </summary>
    public static object? TryConvert(object? value, SqlTypeInfo sourceType, SqlTypeInfo target)
    {
        if (value is null) return null;
        object? converted = (target.Type, value) switch
        {
            (SqlDataType.VarChar, string s) => target.Size >= TypeInference.MaxVarCharSize || s.Length <= target.Size ? s : s[..target.Size],
            (SqlDataType.VarChar, long or decimal or bool) => Fit(Formattable(value, sourceType), target),
            (SqlDataType.VarChar, DateOnly d) => Cut(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), target),
            (SqlDataType.VarChar, DateTime t) => Cut(Engine.SqliteStorage.FormatTimestamp(t), target),
            (SqlDataType.VarChar, TimeOnly t) => Cut(Engine.TimeOfDayText.Format(t), target),

            // Text converts to an integer only when it is one: CAST('1.5' AS INT) fails in SQL Server.
            (SqlDataType.Integer or SqlDataType.BigInt, string s) => long.TryParse(s.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
                ? ToInteger(whole, target) : throw Mismatch(s, target),
            (SqlDataType.Integer or SqlDataType.BigInt, long or decimal or double or bool) => ToInteger(ToDecimal(value), target),

            (SqlDataType.Decimal, string s) => ToDecimal(decimal.TryParse(s.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var exact)
                ? exact : throw Mismatch(s, target), target),
            (SqlDataType.Decimal, long or decimal or double or bool) => ToDecimal(ToDecimal(value), target),

            (SqlDataType.Double, string s) => (double)ParseNumber(s, target),
            (SqlDataType.Double, long or decimal or bool) => (double)ToDecimal(value),
            (SqlDataType.Double, double d) => d,

            (SqlDataType.Bit, string s) => s.Trim().ToLowerInvariant() switch
            {
                "true" or "1" => true,
                "false" or "0" => false,
                _ => throw Mismatch(s, target),
            },
            (SqlDataType.Bit, long or decimal or double) => ToDecimal(value) != 0,
            (SqlDataType.Bit, bool b) => b,

            (SqlDataType.Date, string s) => ParseDate(s),
            (SqlDataType.Date, DateOnly d) => d,
            (SqlDataType.VarChar, double d) => null,
            (SqlDataType.Date, DateTime t) => DateOnly.FromDateTime(t),
            (SqlDataType.Timestamp, string s) => ParseTimestamp(s),
            (SqlDataType.Timestamp, DateOnly d) => d.ToDateTime(TimeOnly.MinValue),
            (SqlDataType.Timestamp, DateTime t) => t,
            (SqlDataType.Timestamp, TimeOnly t) => new DateTime(1900, 1, 1).Add(t.ToTimeSpan()),
            (SqlDataType.Time, string s) => ParseTime(s),
            (SqlDataType.Time, DateTime t) => TimeOnly.FromDateTime(t),
            (SqlDataType.Time, TimeOnly t) => t,

            (SqlDataType.Date or SqlDataType.Timestamp or SqlDataType.Time, _) => throw new ZohoOdbcException(SqlStates.DataTypeMismatch,
                $"Explicit conversion from data type {sourceType} to {target} is not allowed."),
            _ => null,
        };
        return converted;
    }

    /// <summary>A decimal keeps the digits of its scale (CAST(1.5 AS decimal(5,2)) prints 1.50).</summary>
    private static string Formattable(object value, SqlTypeInfo sourceType) => value switch
    {
        long l => l.ToString(CultureInfo.InvariantCulture),
        decimal d => d.ToString("F" + sourceType.Scale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        bool b => b ? "1" : "0",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    private static string Cut(string text, SqlTypeInfo target) =>
        target.Size >= TypeInference.MaxVarCharSize || text.Length <= target.Size ? text : text[..target.Size];

    /// <summary>A number too long for the text type is an error in SQL Server, not a cut.</summary>
    private static string Fit(string text, SqlTypeInfo target) =>
        target.Size >= TypeInference.MaxVarCharSize || text.Length <= target.Size ? text
            : throw new ZohoOdbcException(SqlStates.NumericOutOfRange, $"Arithmetic overflow error converting the number {text} to {target}.");

    private static decimal ToDecimal(object value) => value switch
    {
        long l => l,
        decimal d => d,
        double d => (decimal)d,
        bool b => b ? 1 : 0,
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    private static decimal ParseNumber(string text, SqlTypeInfo target) =>
        decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : throw Mismatch(text, target);

    private static long ToInteger(decimal value, SqlTypeInfo target)
    {
        var truncated = decimal.Truncate(value);
        var (min, max) = target.Type == SqlDataType.Integer ? (int.MinValue, int.MaxValue) : (long.MinValue, long.MaxValue);
        if (truncated < min || truncated > max)
            throw new ZohoOdbcException(SqlStates.NumericOutOfRange, $"Arithmetic overflow converting {value.ToString(CultureInfo.InvariantCulture)} to {target}.");
        return (long)truncated;
    }

    /// <summary>SQL Server rounds half away from zero when it drops decimals.</summary>
    private static decimal ToDecimal(decimal value, SqlTypeInfo target)
    {
        var rounded = Math.Round(value, target.Scale, MidpointRounding.AwayFromZero);
        var integerDigits = decimal.Truncate(Math.Abs(rounded)).ToString(CultureInfo.InvariantCulture).TrimStart('0').Length;
        if (integerDigits > target.Size - target.Scale)
            throw new ZohoOdbcException(SqlStates.NumericOutOfRange, $"Arithmetic overflow converting {value.ToString(CultureInfo.InvariantCulture)} to {target}.");
        return rounded;
    }

    private static ZohoOdbcException Mismatch(string text, SqlTypeInfo target) =>
        new(SqlStates.DataTypeMismatch, $"Conversion failed when converting the value '{text}' to {target}.");
}
