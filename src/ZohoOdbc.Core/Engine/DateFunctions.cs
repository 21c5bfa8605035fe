using System.Globalization;
using static ZohoOdbc.Core.Engine.SqlValues;

namespace ZohoOdbc.Core.Engine;

/// <summary>
/// SQL Server's date functions over the engine's ISO text dates ('yyyy-MM-dd') and times ('yyyy-MM-dd HH:mm:ss'):
/// DATEADD clamps to the end of the month (SQLite's date() would roll over), DATEDIFF counts boundaries crossed,
/// DATEPART(week) and weekday follow us_english (weeks start on Sunday), names are English.
/// </summary>
internal static class DateFunctions
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyyMMdd", "yyyy-M-d", "M/d/yyyy", "MM/dd/yyyy", "yyyy/MM/dd", "yyyy.MM.dd", "MMM d yyyy", "MMMM d yyyy", "d MMM yyyy", "MMM d, yyyy"];

    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd'T'HH:mm", "yyyyMMdd HH:mm:ss", "yyyyMMdd HH:mm", "M/d/yyyy HH:mm:ss", "M/d/yyyy h:mm:ss tt", "M/d/yyyy HH:mm", "M/d/yyyy h:mm tt",
    ];

    public static DateOnly? ParseDate(string text)
    {
        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date)) return date;
        return ParseTimestamp(trimmed) is { } time ? DateOnly.FromDateTime(time) : null;
    }

    public static DateTime? ParseTimestamp(string text)
    {
        var trimmed = text.Trim();
        if (DateTime.TryParseExact(trimmed, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var time)) return time;
        return DateOnly.TryParseExact(trimmed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date)
            ? date.ToDateTime(TimeOnly.MinValue)
            : null;
    }

    /// <summary>A stored date or time (ISO text) as a DateTime.</summary>
    private static DateTime Read(object value)
    {
        var text = ToText(value);
        return ParseTimestamp(text) ?? throw SqlFunctionError.Raise(SqlStates.InvalidDateTimeFormat,
            $"Conversion failed when converting date and/or time from character string '{text}'");
    }

    private static string Write(DateTime value, object? kind) =>
        (string?)kind == SqliteFunctions.DateCode ? SqliteStorage.FormatDate(DateOnly.FromDateTime(value)) : SqliteStorage.FormatTimestamp(value);

    public static object? Now(object? utc)
    {
        var now = utc is long u && u != 0 ? DateTime.UtcNow : DateTime.Now;
        return SqliteStorage.FormatTimestamp(new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Unspecified));
    }

    public static object? DatePart(object? part, object? value)
    {
        if (IsNull(value)) return null;
        var t = Read(value!);
        return (string)part! switch
        {
            "year" => (long)t.Year,
            "quarter" => (long)((t.Month - 1) / 3 + 1),
            "month" => (long)t.Month,
            "dayofyear" => (long)t.DayOfYear,
            "day" => (long)t.Day,
            "week" => (long)((t.DayOfYear + (int)new DateTime(t.Year, 1, 1).DayOfWeek - 1) / 7 + 1),
            "weekday" => (long)t.DayOfWeek + 1,
            "hour" => (long)t.Hour,
            "minute" => (long)t.Minute,
            "second" => (long)t.Second,
            "iso_week" => (long)ISOWeek.GetWeekOfYear(t),
            var other => throw SqlFunctionError.Raise(SqlStates.SyntaxError, $"'{other}' is not a recognized datepart option"),
        };
    }

    public static object? DateName(object? part, object? value)
    {
        if (IsNull(value)) return null;
        var t = Read(value!);
        return (string)part! switch
        {
            "month" => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(t.Month),
            "weekday" => CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(t.DayOfWeek),
            var other => ((long)DatePart(other, value)!).ToString(CultureInfo.InvariantCulture),
        };
    }

    public static object? DateAdd(object? part, object? number, object? value, object? kind)
    {
        if (IsNull(number) || IsNull(value)) return null;
        var t = Read(value!);
        var n = ToLong(number!);
        try
        {
            var result = (string)part! switch
            {
                "year" => t.AddYears(checked((int)n)),
                "quarter" => t.AddMonths(checked((int)n * 3)),
                "month" => t.AddMonths(checked((int)n)),
                "dayofyear" or "day" or "weekday" => t.AddDays(n),
                "week" => t.AddDays(n * 7.0),
                "hour" => t.AddHours(n),
                "minute" => t.AddMinutes(n),
                "second" => t.AddSeconds(n),
                var other => throw SqlFunctionError.Raise(SqlStates.SyntaxError, $"'{other}' is not a recognized dateadd option"),
            };
            return Write(result, kind);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            throw SqlFunctionError.Raise("22008", "Adding a value to a date or time column caused an overflow");
        }
    }

    /// <summary>DATEDIFF counts the part boundaries crossed between the two (DATEDIFF(year, '2024-12-31', '2025-01-01') is 1).</summary>
    public static object? DateDiff(object? part, object? start, object? end, object? big)
    {
        if (IsNull(start) || IsNull(end)) return null;
        var a = Read(start!);
        var b = Read(end!);
        long result = (string)part! switch
        {
            "year" => b.Year - a.Year,
            "quarter" => (b.Year * 4L + (b.Month - 1) / 3) - (a.Year * 4L + (a.Month - 1) / 3),
            "month" => (b.Year * 12L + b.Month) - (a.Year * 12L + a.Month),
            "dayofyear" or "day" or "weekday" => DayNumber(b) - DayNumber(a),
            "week" => Floor(DayNumber(b) + 1, 7) - Floor(DayNumber(a) + 1, 7),
            "hour" => Floor(b.Ticks, TimeSpan.TicksPerHour) - Floor(a.Ticks, TimeSpan.TicksPerHour),
            "minute" => Floor(b.Ticks, TimeSpan.TicksPerMinute) - Floor(a.Ticks, TimeSpan.TicksPerMinute),
            "second" => Floor(b.Ticks, TimeSpan.TicksPerSecond) - Floor(a.Ticks, TimeSpan.TicksPerSecond),
            var other => throw SqlFunctionError.Raise(SqlStates.SyntaxError, $"'{other}' is not a recognized datediff option"),
        };
        if (big is not (long and not 0) && result is < int.MinValue or > int.MaxValue)
            throw SqlFunctionError.Raise(SqlStates.NumericOutOfRange,
                "The datediff function resulted in an overflow. The number of dateparts separating two date/time instances is too large. Try to use datediff with a less precise datepart");
        return result;
    }

    private static long DayNumber(DateTime t) => DateOnly.FromDateTime(t).DayNumber;

    private static long Floor(long value, long unit) => value >= 0 ? value / unit : -((-value + unit - 1) / unit);

    public static object? EndOfMonth(object? value, object? months)
    {
        if (IsNull(value) || IsNull(months)) return null;
        var t = Read(value!).AddMonths((int)ToLong(months!));
        return SqliteStorage.FormatDate(new DateOnly(t.Year, t.Month, DateTime.DaysInMonth(t.Year, t.Month)));
    }

    public static object? DateFromParts(object? year, object? month, object? day)
    {
        if (IsNull(year) || IsNull(month) || IsNull(day)) return null;
        try
        {
            return SqliteStorage.FormatDate(new DateOnly((int)ToLong(year!), (int)ToLong(month!), (int)ToLong(day!)));
        }
        catch (ArgumentOutOfRangeException)
        {
            throw SqlFunctionError.Raise(SqlStates.InvalidDateTimeFormat, "Cannot construct data type date, some of the arguments have values which are not valid");
        }
    }

    public static object? DateTimeFromParts(object?[] parts)
    {
        if (parts.Any(IsNull)) return null;
        var v = parts.Select(p => (int)ToLong(p!)).ToArray();
        try
        {
            return SqliteStorage.FormatTimestamp(new DateTime(v[0], v[1], v[2], v[3], v[4], v[5], v[6]));
        }
        catch (ArgumentOutOfRangeException)
        {
            throw SqlFunctionError.Raise(SqlStates.InvalidDateTimeFormat, "Cannot construct data type datetime, some of the arguments have values which are not valid");
        }
    }

    public static object? IsDate(object? value) => IsNull(value) ? 0L : ParseTimestamp(ToText(value!)) is null ? 0L : 1L;

    // ----- CONVERT styles -----

    /// <summary>CONVERT(varchar, date, style). A date (not a datetime) prints without a time of day.</summary>
    public static object? StyledText(object? value, object? style, object? kind)
    {
        if (IsNull(value)) return null;
        var t = Read(value!);
        var isDate = (string)kind! == SqliteFunctions.DateCode;
        var s = ToLong(style!);
        var century = s >= 100 || s is 20 or 21 or 23 or 0;
        var y = century ? "yyyy" : "yy";
        var datePart = (s % 100) switch
        {
            1 => $"MM/dd/{y}",
            2 => $"{y}.MM.dd",
            3 => $"dd/MM/{y}",
            4 => $"dd.MM.{y}",
            5 => $"dd-MM-{y}",
            6 => $"dd MMM {y}",
            7 => $"MMM dd, {y}",
            10 => $"MM-dd-{y}",
            11 => $"{y}/MM/dd",
            12 => $"{y}MMdd",
            _ => null,
        };
        var invariant = CultureInfo.InvariantCulture;
        if (datePart is not null && s is not (20 or 21 or 23 or 26 or 27)) return t.ToString(datePart, invariant);
        return s switch
        {
            0 or 100 => $"{t.ToString("MMM", invariant)} {t.Day,2} {t.Year}" + (isDate ? "" : $" {(t.Hour % 12 == 0 ? 12 : t.Hour % 12),2}:{t:mm}{(t.Hour < 12 ? "AM" : "PM")}"),
            20 or 120 or 21 or 121 => isDate ? t.ToString("yyyy-MM-dd", invariant) : SqliteStorage.FormatTimestamp(t),
            23 => t.ToString("yyyy-MM-dd", invariant),
            126 or 127 => isDate ? t.ToString("yyyy-MM-dd", invariant) : t.ToString("yyyy-MM-dd'T'HH:mm:ss", invariant),
            _ => throw SqlFunctionError.Raise(SqlStates.FeatureNotSupported, $"CONVERT style {s} is not supported"),
        };
    }

    /// <summary>CONVERT(date, text, style): the text read in the style's day/month order.</summary>
    public static object? ParseStyled(object? value, object? style, object? kind, object? tryCast)
    {
        if (IsNull(value)) return null;
        var text = ToText(value!).Trim();
        var s = ToLong(style!) % 100;
        string[] formats = s switch
        {
            1 or 10 => ["MM/dd/yyyy", "M/d/yyyy", "MM-dd-yyyy", "MM/dd/yy", "MM-dd-yy"],
            3 or 4 or 5 => ["dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "dd-MM-yyyy", "dd/MM/yy", "dd.MM.yy", "dd-MM-yy"],
            2 or 11 => ["yyyy.MM.dd", "yyyy/MM/dd", "yy.MM.dd", "yy/MM/dd"],
            12 => ["yyyyMMdd", "yyMMdd"],
            6 => ["dd MMM yyyy", "d MMM yyyy", "dd MMM yy"],
            7 => ["MMM dd, yyyy", "MMM d, yyyy", "MMM dd, yy"],
            _ => [],
        };
        DateTime? parsed = formats.Length > 0 && DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var exact)
            ? exact
            : ParseTimestamp(text);
        if (parsed is { } t) return Write(t, kind);
        return tryCast is long t2 && t2 != 0 ? null : throw SqlFunctionError.Raise(SqlStates.InvalidDateTimeFormat,
            $"Conversion failed when converting date and/or time from character string '{text}'");
    }

    // ----- FORMAT -----

    /// <summary>en-US conventions (SQL Server's us_english), built on the invariant culture: the driver runs with invariant globalization.</summary>
    private static readonly CultureInfo EnglishUs = MakeEnglishUs();

    private static CultureInfo MakeEnglishUs()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        var dates = culture.DateTimeFormat;
        dates.ShortDatePattern = "M/d/yyyy";
        dates.LongDatePattern = "dddd, MMMM d, yyyy";
        dates.ShortTimePattern = "h:mm tt";
        dates.LongTimePattern = "h:mm:ss tt";
        dates.FullDateTimePattern = "dddd, MMMM d, yyyy h:mm:ss tt";
        dates.MonthDayPattern = "MMMM d";
        dates.YearMonthPattern = "MMMM yyyy";
        culture.NumberFormat.CurrencySymbol = "$";
        culture.NumberFormat.CurrencyNegativePattern = 1;
        culture.NumberFormat.CurrencyPositivePattern = 0;
        return CultureInfo.ReadOnly(culture);
    }

    /// <summary>FORMAT(value, format): .NET format strings, as SQL Server's FORMAT uses them; NULL for an invalid format.</summary>
    public static object? Format(object? value, object? format, object? kind, object? scale)
    {
        if (IsNull(value) || IsNull(format)) return null;
        var pattern = ToText(format!);
        try
        {
            return (string)kind! switch
            {
                SqliteFunctions.DateCode or SqliteFunctions.TimestampCode => Read(value!).ToString(pattern, EnglishUs),
                SqliteFunctions.DecimalCode => Math.Round(SqlValues.ToDecimal(value!), (int)ToLong(scale!), MidpointRounding.AwayFromZero).ToString(pattern, EnglishUs),
                SqliteFunctions.IntegerCode or SqliteFunctions.BigIntCode => ToLong(value!).ToString(pattern, EnglishUs),
                _ => ToDouble(value!).ToString(pattern, EnglishUs),
            };
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
