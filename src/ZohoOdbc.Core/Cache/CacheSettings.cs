using System.Globalization;

namespace ZohoOdbc.Core.Cache;

/// <summary>
/// The cache keywords of a connection: CacheMode, CacheTtl, CacheKey, Offline and ReconcileInterval (CachePath is
/// parsed with the other paths by <see cref="ConnectionSettings"/>). A class rather than a record so that the secret
/// in <see cref="Key"/> never appears in a generated ToString.
/// </summary>
public sealed class CacheSettings
{
    public static readonly CacheSettings Default = new();

    /// <summary>The keywords parsed here, in the spelling of the DSN contract.</summary>
    public static readonly IReadOnlyList<string> Keywords = ["CacheMode", "CacheTtl", "CacheKey", "Offline", "ReconcileInterval"];

    public CacheMode Mode { get; init; } = CacheMode.Replica;

    /// <summary>How long a cached table (or answer) counts as fresh: no API call within it.</summary>
    public TimeSpan Ttl { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary>A secret the cache key is derived from instead of the key file (the same secret opens the cache on any machine).</summary>
    public string? Key { get; init; }

    /// <summary>Answer from the cache alone, whatever its age; a table never cached is an error.</summary>
    public bool Offline { get; init; }

    /// <summary>How often a replicated table is walked in full to drop the records deleted in Zoho.</summary>
    public TimeSpan ReconcileInterval { get; init; } = TimeSpan.FromDays(1);

    /// <summary>Reads the cache keywords (case-insensitive keys); a bad value throws a ZohoOdbcException (HY024).</summary>
    public static CacheSettings Parse(IReadOnlyDictionary<string, string> values)
    {
        string? Get(string keyword)
        {
            foreach (var (key, value) in values)
                if (string.Equals(key, keyword, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(value)) return value.Trim();
            return null;
        }

        return new CacheSettings
        {
            Mode = ParseMode(Get("CacheMode")),
            Ttl = Seconds("CacheTtl", Get("CacheTtl"), Default.Ttl),
            Key = Get("CacheKey"),
            Offline = ParseFlag("Offline", Get("Offline")),
            ReconcileInterval = Seconds("ReconcileInterval", Get("ReconcileInterval"), Default.ReconcileInterval),
        };
    }

    private static CacheMode ParseMode(string? value) => value?.ToUpperInvariant() switch
    {
        null or "REPLICA" => CacheMode.Replica,
        "PAGES" => CacheMode.Pages,
        "OFF" or "NONE" or "NO" => CacheMode.Off,
        _ => throw new ZohoOdbcException(SqlStates.InvalidConnectionAttribute, $"CacheMode '{value}' is not valid: use Off, Pages or Replica."),
    };

    private static bool ParseFlag(string key, string? value) => value?.ToUpperInvariant() switch
    {
        null or "NO" or "FALSE" or "0" or "OFF" => false,
        "YES" or "TRUE" or "1" or "ON" => true,
        _ => throw new ZohoOdbcException(SqlStates.InvalidConnectionAttribute, $"{key}='{value}' is not valid: use Yes or No."),
    };

    private static TimeSpan Seconds(string key, string? value, TimeSpan fallback)
    {
        if (value is null) return fallback;
        if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 0 and <= 100L * 365 * 86400)
            return TimeSpan.FromSeconds(seconds);
        throw new ZohoOdbcException(SqlStates.InvalidConnectionAttribute, $"{key}='{value}' is not valid: give a whole number of seconds (0 or more).");
    }
}
