namespace ZohoOdbc.Core.Engine;

/// <summary>
/// Dates and timestamps as the UTF-8 text SQLite stores for them (exactly <see cref="SqliteStorage.FormatDate"/> and
/// <see cref="SqliteStorage.FormatTimestamp"/>), written digit by digit into the caller's buffer: loading a table formats
/// one or two per row, and a string each (parsed format, UTF-16, then UTF-8) was a visible share of the load.
/// </summary>
internal static class StorageText
{
    /// <summary>The longest text written: <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>.</summary>
    public const int MaxLength = 27;

    /// <summary><c>yyyy-MM-dd</c>; returns the bytes written.</summary>
    public static int WriteDate(DateOnly date, Span<byte> utf8)
    {
        date.Deconstruct(out var year, out var month, out var day);
        return WriteDate(year, month, day, utf8);
    }

    /// <summary><c>yyyy-MM-dd HH:mm:ss</c>, with <c>.FFFFFFF</c> (no trailing zeros) when the time has a fraction of a second.</summary>
    public static int WriteTimestamp(DateTime time, Span<byte> utf8)
    {
        var length = WriteDate(time.Year, time.Month, time.Day, utf8);
        utf8[length] = (byte)' ';
        Digits(time.Hour, 2, utf8.Slice(length + 1));
        utf8[length + 3] = (byte)':';
        Digits(time.Minute, 2, utf8.Slice(length + 4));
        utf8[length + 6] = (byte)':';
        Digits(time.Second, 2, utf8.Slice(length + 7));
        length += 9;
        var fraction = (int)(time.Ticks % TimeSpan.TicksPerSecond);
        if (fraction == 0) return length;
        var digits = 7;
        while (fraction % 10 == 0)
        {
            fraction /= 10;
            digits--;
        }
        utf8[length] = (byte)'.';
        Digits(fraction, digits, utf8.Slice(length + 1));
        return length + 1 + digits;
    }

    private static int WriteDate(int year, int month, int day, Span<byte> utf8)
    {
        Digits(year, 4, utf8);
        utf8[4] = (byte)'-';
        Digits(month, 2, utf8.Slice(5));
        utf8[7] = (byte)'-';
        Digits(day, 2, utf8.Slice(8));
        return 10;
    }

    // Exactly count digits, zero-padded (the value has no more).
    private static void Digits(int value, int count, Span<byte> utf8)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            utf8[i] = (byte)('0' + value % 10);
            value /= 10;
        }
    }
}
