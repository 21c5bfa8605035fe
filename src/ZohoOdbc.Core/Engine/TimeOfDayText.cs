using System.Globalization;

namespace ZohoOdbc.Core.Engine;

/// <summary>
/// A time of day (SQL time, ODBC {t 'hh:mm:ss'}) as the engine stores it: 'HH:mm:ss', with '.FFFFFFF' only when there
/// are fractions, the time part of a stored timestamp. Fixed-width hours, minutes and seconds make text order time order.
/// </summary>
internal static class TimeOfDayText
{
    private static readonly string[] Formats = ["HH:mm:ss", "HH:mm:ss.FFFFFFF", "HH:mm", "H:mm:ss", "H:mm", "H:mm:ss.FFFFFFF"];

    public static string Format(TimeOnly time) => time.ToString(
        time.Ticks % TimeSpan.TicksPerSecond == 0 ? "HH:mm:ss" : "HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    /// <summary>The time of <paramref name="text"/> ('9:05', '09:05:30', '09:05:30.25'); null when it is none.</summary>
    public static TimeOnly? Parse(string text) =>
        TimeOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
}
