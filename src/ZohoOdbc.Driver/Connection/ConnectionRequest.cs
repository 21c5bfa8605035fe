using ZohoOdbc.Core;

namespace ZohoOdbc.Driver.Connection;

/// <summary>
/// What an application asked to connect to: the DSN or DRIVER, the DSN's stored values, and the
/// connection-string keys that override them. Also builds the output connection string.
/// </summary>
internal sealed class ConnectionRequest
{
    private const string DsnKey = "DSN";
    private const string DriverKey = "DRIVER";

    /// <summary>Secrets are echoed back only when the caller passed them, never copied out of a DSN.</summary>
    private static readonly HashSet<string> SecretKeywords = new(StringComparer.OrdinalIgnoreCase) { "ClientSecret", "RefreshToken", "CacheKey" };

    private readonly Dictionary<string, string> values = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> fromCaller = new(StringComparer.OrdinalIgnoreCase);

    private ConnectionRequest(string? dataSourceName, string? driver)
    {
        DataSourceName = dataSourceName;
        Driver = driver;
    }

    public string? DataSourceName { get; }

    public string? Driver { get; }

    /// <summary>The merged keyword values: DSN first, connection string on top.</summary>
    public IReadOnlyDictionary<string, string> Values => values;

    /// <summary>SQLDriverConnect: DSN or DRIVER (whichever comes first), DSN values, then the string's keys.</summary>
    public static ConnectionRequest FromConnectionString(string? text)
    {
        var pairs = ConnectionString.Parse(text);
        var target = pairs.FirstOrDefault(p => IsKey(p.Key, DsnKey) || IsKey(p.Key, DriverKey));
        var request = target.Key is { } key && IsKey(key, DsnKey)
            ? new ConnectionRequest(target.Value, null)
            : new ConnectionRequest(null, target.Value);
        request.ReadDataSource();
        foreach (var (name, value) in pairs)
        {
            if (IsKey(name, DsnKey) || IsKey(name, DriverKey)) continue;
            request.values[name] = value;
            request.fromCaller.Add(name);
        }
        return request;
    }

    /// <summary>SQLConnect: everything comes from the DSN.</summary>
    public static ConnectionRequest FromDataSource(string dataSourceName)
    {
        var request = new ConnectionRequest(dataSourceName, null);
        request.ReadDataSource();
        return request;
    }

    /// <summary>DSN or DRIVER plus every effective keyword, enough to reconnect (SAVEFILE, pooling).</summary>
    public string OutputConnectionString()
    {
        var pairs = new List<KeyValuePair<string, string>>();
        if (DataSourceName is not null) pairs.Add(new(DsnKey, DataSourceName));
        else if (Driver is not null) pairs.Add(new(DriverKey, Driver));
        foreach (var keyword in ConnectionSettings.Keywords)
        {
            if (!values.TryGetValue(keyword, out var value)) continue;
            if (SecretKeywords.Contains(keyword) && !fromCaller.Contains(keyword)) continue;
            pairs.Add(new(keyword, value));
        }
        return ConnectionString.Format(pairs);
    }

    private void ReadDataSource()
    {
        if (string.IsNullOrEmpty(DataSourceName)) return;
        foreach (var keyword in ConnectionSettings.Keywords)
        {
            if (OdbcInstaller.ReadValue(DataSourceName, keyword) is { } value) values[keyword] = value;
        }
    }

    private static bool IsKey(string key, string expected) => string.Equals(key, expected, StringComparison.OrdinalIgnoreCase);
}
