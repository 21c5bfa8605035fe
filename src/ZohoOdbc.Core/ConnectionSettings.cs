using ZohoOdbc.Core.Cache;

namespace ZohoOdbc.Core;

public enum ZohoProduct { Books, Invoice }

/// <summary>
/// The DSN contract of ARCHITECTURE.md, parsed from keyword/value pairs (DSN merged with the
/// connection string by the caller; keys are case-insensitive).
/// </summary>
public sealed class ConnectionSettings
{
    /// <summary>Every keyword the driver understands, in the spelling documented in README.md.</summary>
    public static readonly IReadOnlyList<string> Keywords =
    [
        "Product", "Region", "ClientId", "ClientSecret", "RefreshToken", "OrganizationId",
        "AccountsUrl", "ApiUrl", "CacheMode", "CacheTtl", "CachePath", "CacheKey", "Offline",
        "MaxCallsPerQuery", "RequestsPerMinute", "MaxConcurrency", "DailyLimit", "Timeout",
        "LogFile", "LogLevel", "ReconcileInterval",
    ];

    public ZohoProduct Product { get; init; } = ZohoProduct.Books;
    public string Region { get; init; } = "US";
    public string? ClientId { get; init; }
    public string? ClientSecret { get; init; }
    public string? RefreshToken { get; init; }
    public string? OrganizationId { get; init; }
    public string? AccountsUrl { get; init; }
    public string? ApiUrl { get; init; }

    /// <summary>Directory of the cache databases and the governor's shared file; the user's cache directory when null.</summary>
    public string? CachePath { get; init; }

    /// <summary>CacheMode, CacheTtl, CacheKey, Offline and ReconcileInterval (see Cache/CacheSettings.cs).</summary>
    public CacheSettings Cache { get; init; } = CacheSettings.Default;
    public int MaxCallsPerQuery { get; init; } = 1000;
    public int RequestsPerMinute { get; init; } = 100;
    public int MaxConcurrency { get; init; } = 5;
    public int? DailyLimit { get; init; }
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
    public string? LogFile { get; init; }

    /// <summary>Off, Error, Warning, Info (every API call) or Debug; only used with LogFile.</summary>
    public string LogLevel { get; init; } = "Info";

    internal Logging.DriverLogLevel LogVerbosity => Logging.DriverLogLevels.TryParse(LogLevel, out var level) ? level : Logging.DriverLogLevel.Info;

    /// <summary>
    /// Parses keyword/value pairs. Unknown keywords are returned in <paramref name="unknownKeywords"/>
    /// (the Driver reports them as 01S00 warnings); a bad value throws a ZohoOdbcException (HY024).
    /// DSN, DRIVER, UID, PWD, FILEDSN and SAVEFILE belong to the driver manager and are not unknown.
    /// </summary>
    public static ConnectionSettings Parse(IReadOnlyDictionary<string, string> values, out IReadOnlyList<string> unknownKeywords)
    {
        var unknown = new List<string>();
        var known = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in values)
        {
            if (Keywords.Contains(key, StringComparer.OrdinalIgnoreCase)) known[key] = value;
            else if (!DriverManagerKeywords.Contains(key, StringComparer.OrdinalIgnoreCase)) unknown.Add(key);
        }
        unknownKeywords = unknown;

        string? Get(string k) => known.TryGetValue(k, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        return new ConnectionSettings
        {
            Product = ParseProduct(Get("Product")),
            Region = ParseRegion(Get("Region")),
            ClientId = Get("ClientId"),
            ClientSecret = Get("ClientSecret"),
            RefreshToken = Get("RefreshToken"),
            OrganizationId = Get("OrganizationId"),
            AccountsUrl = Get("AccountsUrl"),
            ApiUrl = Get("ApiUrl"),
            CachePath = ParsePath("CachePath", Get("CachePath")),
            Cache = CacheSettings.Parse(known),
            MaxCallsPerQuery = ParseInt("MaxCallsPerQuery", Get("MaxCallsPerQuery"), 1000, 1),
            RequestsPerMinute = ParseInt("RequestsPerMinute", Get("RequestsPerMinute"), 100, 1),
            MaxConcurrency = ParseInt("MaxConcurrency", Get("MaxConcurrency"), 5, 1),
            DailyLimit = Get("DailyLimit") is { } d ? ParseInt("DailyLimit", d, 0, 1) : null,
            Timeout = TimeSpan.FromSeconds(ParseInt("Timeout", Get("Timeout"), 30, 1)),
            LogFile = ParsePath("LogFile", Get("LogFile")),
            LogLevel = ParseLogLevel(Get("LogLevel")),
        };
    }

    private static readonly string[] DriverManagerKeywords = ["DSN", "DRIVER", "UID", "PWD", "FILEDSN", "SAVEFILE"];

    private static ZohoProduct ParseProduct(string? value) => value?.ToUpperInvariant() switch
    {
        null or "BOOKS" or "ZOHOBOOKS" => ZohoProduct.Books,
        "INVOICE" or "ZOHOINVOICE" => ZohoProduct.Invoice,
        _ => throw new ZohoOdbcException(SqlStates.InvalidConnectionAttribute,
            $"Product '{value}' is not valid: use Books or Invoice."),
    };

    private static string ParseRegion(string? value)
    {
        if (value is null) return "US";
        var region = value.ToUpperInvariant();
        if (!Zoho.ZohoRegion.IsKnown(region))
            throw new ZohoOdbcException(SqlStates.InvalidConnectionAttribute,
                $"Region '{value}' is not valid: use one of {string.Join(", ", Zoho.ZohoRegion.Codes)}.");
        return region;
    }

    private static string ParseLogLevel(string? value)
    {
        if (value is null) return "Info";
        if (Logging.DriverLogLevels.TryParse(value, out _)) return value;
        throw new ZohoOdbcException(SqlStates.InvalidConnectionAttribute,
            $"LogLevel '{value}' is not valid: use Off, Error, Warning, Info or Debug.");
    }

    /// <summary>A file or directory path: absolute, or relative to the working directory (which a driver rarely controls).</summary>
    private static string? ParsePath(string key, string? value)
    {
        if (value is null) return null;
        try
        {
            var expanded = Environment.ExpandEnvironmentVariables(value);
            if (expanded.StartsWith("~/", StringComparison.Ordinal) || expanded == "~")
                expanded = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), expanded.TrimStart('~').TrimStart('/'));
            return Path.GetFullPath(expanded);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new ZohoOdbcException(SqlStates.InvalidConnectionAttribute, $"{key}='{value}' is not a valid path: {e.Message}");
        }
    }

    private static int ParseInt(string key, string? value, int fallback, int min)
    {
        if (value is null) return fallback;
        if (int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= min)
            return n;
        throw new ZohoOdbcException(SqlStates.InvalidConnectionAttribute,
            $"{key}='{value}' is not valid: give a whole number of at least {min}.");
    }
}
