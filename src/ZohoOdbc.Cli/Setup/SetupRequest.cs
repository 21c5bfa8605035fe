using ZohoOdbc.Cli.Odbc;
using ZohoOdbc.Core;
using ZohoOdbc.Core.Zoho.Auth;

namespace ZohoOdbc.Cli.Setup;

/// <summary>What the user asked for, on the page or on the command line: the DSN to write and the Zoho client to sign in with.</summary>
internal sealed record SetupRequest
{
    public const string DefaultDriver = "ZohoOdbc";
    public static readonly IReadOnlyList<string> CacheModes = ["Replica", "Pages", "Off"];

    public string DataSourceName { get; init; } = "ZohoBooks";
    public string? Description { get; init; }
    public string Driver { get; init; } = DefaultDriver;
    public string Product { get; init; } = "Books";
    public string Region { get; init; } = "US";
    public string? ClientId { get; init; }
    public string? ClientSecret { get; init; }
    public string? AccountsUrl { get; init; }
    public string? ApiUrl { get; init; }
    public string CacheMode { get; init; } = "Replica";
    public string CacheTtl { get; init; } = "300";
    public string? CachePath { get; init; }
    public DsnScope Scope { get; init; } = DsnScope.User;

    /// <summary>Other non-secret keys of the DSN being replaced (LogFile, Timeout, ...), written back unchanged.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> KeptValues { get; init; } = [];

    /// <summary>The first thing to fix before signing in, or null. <paramref name="redirectUri"/> is quoted in the advice.</summary>
    public SetupProblem? Validate(string redirectUri, bool needSecret)
    {
        if (DataSourceDefinition.NameProblem(DataSourceName) is { } name)
            return new("The data source name is not valid", name, "Choose a short name such as ZohoBooks; ODBC programs list data sources by it.");
        if (string.IsNullOrWhiteSpace(ClientId))
            return new("The client id is missing",
                "ZohoOdbc signs in to Zoho as an API client that you create once in the Zoho API console.",
                $"At https://api-console.zoho.com add a Server-based Application with the redirect URI {redirectUri}, then paste its Client ID and Client Secret here.");
        if (needSecret && string.IsNullOrWhiteSpace(ClientSecret))
            return new("The client secret is missing", "Zoho gives a grant only to a client that proves who it is with its secret.",
                "Copy the Client Secret of the client from the Zoho API console (the Client Secret tab) and paste it here.");
        if (!CacheModes.Contains(CacheMode, StringComparer.OrdinalIgnoreCase))
            return new("The cache mode is not valid", $"'{CacheMode}' is not a cache mode.", $"Choose one of {string.Join(", ", CacheModes)}.");
        if (!int.TryParse(CacheTtl, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ttl) || ttl < 0)
            return new("The cache lifetime is not valid", $"'{CacheTtl}' is not a number of seconds.", "Give how many seconds cached tables count as fresh, e.g. 300.");
        if (Scope == DsnScope.System && !OperatingSystem.IsWindows() && !Environment.IsPrivilegedProcess)
            return new("A system DSN needs root", $"System data sources are kept in {DsnScope.System.Location()}, which only root may change.",
                "Run zoho-odbc setup with sudo to save a system DSN, or choose a user DSN.");
        try
        {
            _ = Settings(withSecret: needSecret);
        }
        catch (ZohoOdbcException e)
        {
            return new("A setting is not valid", e.Message, "Correct it and try again.");
        }
        return DriverProblem();
    }

    /// <summary>Null when the driver the DSN names is registered with the driver manager.</summary>
    public SetupProblem? DriverProblem()
    {
        var drivers = DataSources.InstalledDrivers();
        if (drivers.Contains(Driver, StringComparer.OrdinalIgnoreCase)) return null;
        return new($"The ODBC driver '{Driver}' is not registered",
            drivers.Count == 0 ? "The driver manager knows no driver at all." : $"The driver manager knows: {string.Join(", ", drivers)}.",
            OperatingSystem.IsWindows()
                ? "Run installer\\windows\\install.ps1 (elevated), then try again."
                : "Register it with installer/linux/install.sh (or ./build.sh install), or pass --driver with the name it was registered under.");
    }

    /// <summary>The connection settings of this request: with the client secret for signing in, without it for the DSN (the token store has the grant).</summary>
    public ConnectionSettings Settings(bool withSecret, string? region = null, string? organizationId = null, string? refreshToken = null)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Product"] = Product,
            ["Region"] = region ?? Region,
        };
        Put(values, "ClientId", ClientId);
        if (withSecret) Put(values, "ClientSecret", ClientSecret);
        Put(values, "RefreshToken", refreshToken);
        Put(values, "OrganizationId", organizationId);
        Put(values, "AccountsUrl", AccountsUrl);
        Put(values, "ApiUrl", ApiUrl);
        Put(values, "CachePath", CachePath);
        return ConnectionSettings.Parse(values, out _);
    }

    /// <summary>The keys the DSN gets: only what is not secret; ClientId is the reference to the grant in the token store.</summary>
    public DataSourceDefinition ToDataSource(string region, OrganizationInfo organization)
    {
        var values = new List<KeyValuePair<string, string>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) values.Add(new(key, value.Trim()));
        }
        Add("Description", string.IsNullOrWhiteSpace(Description) ? $"Zoho {ProductName} - {organization.Name}" : Description);
        Add("Product", ProductName);
        Add("Region", region);
        Add("ClientId", ClientId);
        Add("OrganizationId", organization.Id);
        Add("AccountsUrl", AccountsUrl);
        Add("ApiUrl", ApiUrl);
        Add("CacheMode", CacheModes.First(m => m.Equals(CacheMode, StringComparison.OrdinalIgnoreCase)));
        Add("CacheTtl", CacheTtl);
        Add("CachePath", CachePath);
        foreach (var (key, value) in KeptValues)
        {
            if (!values.Any(v => v.Key.Equals(key, StringComparison.OrdinalIgnoreCase))) Add(key, value);
        }
        return new DataSourceDefinition(DataSourceName.Trim(), Driver, values);
    }

    /// <summary>Books or Invoice, spelled as the DSN keyword documents it.</summary>
    public string ProductName => Settings(withSecret: false).Product == ZohoProduct.Invoice ? "Invoice" : "Books";

    /// <summary>The read-only scopes the consent page asks for.</summary>
    public string Scopes => OAuthHelper.DefaultScope(Settings(withSecret: false).Product);

    private static void Put(Dictionary<string, string> values, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) values[key] = value.Trim();
    }
}
