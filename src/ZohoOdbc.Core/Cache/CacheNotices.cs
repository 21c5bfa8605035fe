using System.Globalization;
using ZohoOdbc.Core.Logging;

namespace ZohoOdbc.Core.Cache;

/// <summary>
/// What the cache tells the user about answers that did not come fresh from Zoho: answered offline from a copy of a given
/// age, or from the previous copy because Zoho could not be reached. Each notice is logged and goes to the execution that
/// caused it (<see cref="ExecutionNotices"/>), never to another statement of the session.
/// </summary>
internal sealed class CacheNotices(DriverLog log)
{
    public void Add(string notice)
    {
        log.Info("cache: " + notice);
        ExecutionNotices.Current?.Add(notice);
    }

    /// <summary>"2026-11-21 15:08 UTC, 2 h 5 min old".</summary>
    public static string Age(DateTimeOffset asOf, DateTimeOffset now)
    {
        var age = now - asOf;
        if (age < TimeSpan.Zero) age = TimeSpan.Zero;
        var text = age.TotalDays >= 1 ? $"{(int)age.TotalDays} d {age.Hours} h"
            : age.TotalHours >= 1 ? $"{(int)age.TotalHours} h {age.Minutes} min"
            : age.TotalMinutes >= 1 ? $"{(int)age.TotalMinutes} min"
            : $"{(int)age.TotalSeconds} s";
        return asOf.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC, " + text + " old";
    }
}
