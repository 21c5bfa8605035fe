using System.Runtime.CompilerServices;

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
        if (!Digits(text, 0, 4, out var year) || !TwoDigits(text, 5, out var month) || !TwoDigits(text, 8, out var day)) return false;
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
        if (!IsTimestampLength(text.Length) || !TryParseDate(text, out var date) || !TryParseTimeOfDay(text, out var ticks)) return false;
        time = new DateTime(date.DayNumber * TimeSpan.TicksPerDay + ticks);
        return true;
    }

    /// <summary>Whether <see cref="TryParseTimestamp"/> can accept a text of this length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTimestampLength(int length) => length is 10 or 16 or 19 or (>= 21 and <= 27);

    /// <summary>
    /// The time part of a timestamp text (everything after its first ten bytes, which the caller has read as the date)
    /// as ticks since midnight; <see cref="TryParseTimestamp"/>'s rules, for a text of a length it accepts.
    /// </summary>
    public static bool TryParseTimeOfDay(ReadOnlySpan<byte> text, out long ticks)
    {
        ticks = 0;
        if (text.Length == 10) return true;
        var separator = text[10];
        if (separator != ' ' && (separator != 'T' || text.Length == 16)) return false;
        if (text[13] != ':' || !TwoDigits(text, 11, out var hour) || !TwoDigits(text, 14, out var minute) || hour > 23 || minute > 59) return false;
        var second = 0;
        if (text.Length > 16 && (text[16] != ':' || !TwoDigits(text, 17, out second) || second > 59)) return false;
        long fraction = 0;
        if (text.Length > 19)
        {
            if (text[19] != '.' || !Digits(text, 20, text.Length - 20, out var digits)) return false;
            fraction = digits;
            for (var scale = text.Length - 20; scale < 7; scale++) fraction *= 10;
        }
        ticks = ((hour * 60L + minute) * 60 + second) * TimeSpan.TicksPerSecond + fraction;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TwoDigits(ReadOnlySpan<byte> text, int start, out int value)
    {
        var tens = (uint)(text[start] - '0');
        var units = (uint)(text[start + 1] - '0');
        value = (int)(tens * 10 + units);
        return tens <= 9 && units <= 9;
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
