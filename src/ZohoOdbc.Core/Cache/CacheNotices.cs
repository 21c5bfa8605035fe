using System.Collections.Concurrent;
using System.Globalization;
using ZohoOdbc.Core.Logging;

namespace ZohoOdbc.Core.Cache;

/// <summary>
/// What a session should tell the user about answers that did not come fresh from Zoho: answered offline from a copy of
/// a given age, or from the previous copy because Zoho could not be reached. The engine (or driver) may drain them as
/// warnings; they are logged either way, and only the latest few are kept for a session nobody drains.
/// </summary>
internal sealed class CacheNotices(DriverLog log)
{
    private const int Kept = 20;

    private readonly ConcurrentQueue<string> pending = new();

    public void Add(string notice)
    {
        log.Info("cache: " + notice);
        pending.Enqueue(notice);
        while (pending.Count > Kept && pending.TryDequeue(out _))
        {
            // The oldest go first.
        }
    }

    /// <summary>The notices since the last call, oldest first.</summary>
    public IReadOnlyList<string> Drain()
    {
        var list = new List<string>();
        while (pending.TryDequeue(out var notice)) list.Add(notice);
        return list;
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
