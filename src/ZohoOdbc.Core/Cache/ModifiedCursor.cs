using System.Globalization;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Cache;

/// <summary>
/// The value of Zoho's <c>last_modified_time</c> list filter (records modified at or after it): an instant written as
/// Zoho writes times, <c>2025-03-14T10:22:31-0500</c>. A delta asks from a little before the newest change it saw, so
/// that changes made while it read (and clocks a second apart) are read again rather than missed.
/// </summary>
internal static class ModifiedCursor
{
    /// <summary>Read again before the newest change seen, beyond the duration of the walk that saw it.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromSeconds(60);

    /// <summary>Zoho's timestamp with its offset (<c>-0500</c> or <c>-05:00</c>); false for anything else.</summary>
    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (text is null) return false;
        var span = text.Trim();
        if (span.Length >= 24 && span[^5] is '+' or '-' && span[^4..].All(char.IsAsciiDigit))
            span = span[..^2] + ":" + span[^2..];
        return DateTimeOffset.TryParseExact(span, ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz"],
            CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }

    /// <summary>As Zoho writes it, in the instant's own offset.</summary>
    public static string Format(DateTimeOffset instant)
    {
        var offset = instant.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return instant.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + sign + abs.Hours.ToString("00", CultureInfo.InvariantCulture)
            + abs.Minutes.ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The earliest instant a wall-clock time of the organization's zone can be (read at UTC+14), for rows whose offset
    /// the typed row dropped: a delta from it reads a few hours more than needed, never less.
    /// </summary>
    public static DateTimeOffset EarliestInstantOf(DateTime wallClock) =>
        new(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified), TimeSpan.FromHours(14));

    /// <summary>The next cursor: before the newest change seen by at least the walk's duration and the margin; never earlier than the last one.</summary>
    public static DateTimeOffset Next(DateTimeOffset newestSeen, TimeSpan walkDuration, DateTimeOffset? previous)
    {
        var next = newestSeen - walkDuration - Margin;
        return previous is { } last && last > next ? last : next;
    }

    /// <summary>The list parameters of a delta from <paramref name="cursor"/>.</summary>
    public static KeyValuePair<string, string> Parameter(string cursor) => new(RecordVersion.ModifiedColumn, cursor);

    /// <summary>The newest modification among typed rows (offset unknown), as its earliest possible instant.</summary>
    public static DateTimeOffset? EarliestNewest(IEnumerable<object?[]> rows, EntityDefinition entity)
    {
        if (RecordVersion.ModifiedOrdinal(entity) is not { } ordinal) return null;
        DateTime? newest = null;
        foreach (var row in rows)
            if (row[ordinal] is DateTime t && (newest is null || t > newest)) newest = t;
        return newest is { } found ? EarliestInstantOf(found) : null;
    }
}
