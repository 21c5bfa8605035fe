namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// The data centres a session may sign in at: Zoho's eight (<see cref="ZohoRegion"/>) in production; tests map
/// the same codes to the emulator's path prefixes, so that the data-centre logic runs unchanged.
/// </summary>
internal sealed class DataCentres
{
    public static readonly DataCentres Zoho = new(ZohoRegion.Codes.ToDictionary(c => c, c => (ZohoRegion.AccountsServer(c), ZohoRegion.ApiDomain(c))));

    private readonly Dictionary<string, (string Accounts, string Api)> servers;

    public DataCentres(IReadOnlyDictionary<string, (string Accounts, string Api)> servers) =>
        this.servers = servers.ToDictionary(s => s.Key.ToUpperInvariant(), s => (s.Value.Accounts.TrimEnd('/'), s.Value.Api.TrimEnd('/')));

    public IEnumerable<string> Codes => servers.Keys;

    public string AccountsServer(string region) => servers[region.ToUpperInvariant()].Accounts;

    public string ApiDomain(string region) => servers[region.ToUpperInvariant()].Api;

    /// <summary>The region whose accounts server is <paramref name="url"/>; null for any other server.</summary>
    public string? RegionOfAccountsServer(string url) =>
        servers.FirstOrDefault(s => string.Equals(s.Value.Accounts, url.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)).Key;

    /// <summary>The region whose API domain is <paramref name="url"/>; null for any other server.</summary>
    public string? RegionOfApiDomain(string url) =>
        servers.FirstOrDefault(s => string.Equals(s.Value.Api, url.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)).Key;
}
