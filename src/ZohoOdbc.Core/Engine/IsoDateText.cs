namespace ZohoOdbc.Core.Engine;

/// <summary>
/// Reads the ISO dates and timestamps the engine's tables hold as text straight from SQLite's
/// UTF-8, without a string or a culture. It accepts a strict subset of what
/// <see cref="SqliteStorage.FromStorage"/> accepts and gives the same value; anything else
/// returns false and the caller takes FromStorage's path (which also words the errors).
/// </summary>
internal static class IsoDateText
{
    /// <summary>"yyyy-MM-dd" in the first ten bytes (a date column keeps the date of a longer text).</summary>
    public static bool TryParseDate(ReadOnlySpan<byte> text, out DateOnly date)
    {
        date = default;
        if (text.Length < 10 || text[4] != '-' || text[7] != '-') return false;
        if (!Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day)) return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>
    /// "yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss" and "yyyy-MM-dd HH:mm:ss.f" with
    /// one to seven fraction digits ('T' also between date and time, except in the short form).
    /// </summary>
    public static bool TryParseTimestamp(ReadOnlySpan<byte> text, out DateTime time)
    {
        time = default;
        if (text.Length is not (10 or 16 or 19) and not (>= 21 and <= 27)) return false;
        if (!TryParseDate(text, out var date)) return false;
        if (text.Length == 10)
        {
            time = date.ToDateTime(TimeOnly.MinValue);
            return true;
        }
        var separator = text[10];
        if (separator != ' ' && (separator != 'T' || text.Length == 16)) return false;
        if (text[13] != ':' || !Digits(text, 11, 2, out var hour) || !Digits(text, 14, 2, out var minute) || hour > 23 || minute > 59) return false;
        var second = 0;
        if (text.Length > 16 && (text[16] != ':' || !Digits(text, 17, 2, out second) || second > 59)) return false;
        long ticks = 0;
        if (text.Length > 19)
        {
            if (text[19] != '.' || !Digits(text, 20, text.Length - 20, out var fraction)) return false;
            ticks = fraction;
            for (var scale = text.Length - 20; scale < 7; scale++) ticks *= 10;
        }
        time = new DateTime(date.DayNumber * TimeSpan.TicksPerDay + ((hour * 60L + minute) * 60 + second) * TimeSpan.TicksPerSecond + ticks);
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - (byte)'0';
            if ((uint)digit > 9) return false;
            value = value * 10 + digit;
        }
        return true;
    }
}
