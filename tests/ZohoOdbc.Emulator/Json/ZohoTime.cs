using System.Globalization;

namespace ZohoOdbc.Emulator.Json;

/// <summary>Zoho's text forms of dates ("2025-03-14") and timestamps ("2025-03-14T10:22:31-0500", colon-less offset).</summary>
public static class ZohoTime
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string LocalPart = "yyyy-MM-dd'T'HH:mm:ss";

    public static string FormatDate(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string FormatTimestamp(DateTimeOffset value)
    {
        TimeSpan offset = value.Offset;
        char sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        return string.Concat(
            value.ToString(LocalPart, CultureInfo.InvariantCulture),
            sign.ToString(),
            offset.Hours.ToString("00", CultureInfo.InvariantCulture),
            offset.Minutes.ToString("00", CultureInfo.InvariantCulture));
    }

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Accepts Zoho's colon-less offset and the ISO form with a colon; a space where '+' was (an unencoded plus) is rejected, as Zoho does.</summary>
    public static bool TryParseTimestamp(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(
            text,
            ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ssK"],
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out value)
        || TryParseColonLess(text, out value);

    private static bool TryParseColonLess(string text, out DateTimeOffset value)
    {
        value = default;
        // "2025-03-14T10:22:31-0500": 19 local characters, a sign and four digits.
        if (text.Length != 24 || (text[19] != '+' && text[19] != '-'))
        {
            return false;
        }

        if (!DateTime.TryParseExact(text[..19], LocalPart, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime local)
            || !int.TryParse(text.AsSpan(20, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int hours)
            || !int.TryParse(text.AsSpan(22, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int minutes)
            || hours > 14 || minutes > 59)
        {
            return false;
        }

        var offset = new TimeSpan(hours, minutes, 0);
        value = new DateTimeOffset(local, text[19] == '-' ? -offset : offset);
        return true;
    }
}
