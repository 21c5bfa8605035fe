namespace ZohoOdbc.Emulator.Tenancy;

/// <summary>
/// One Zoho data centre. On the emulator every DC shares the port and is told apart by a path prefix:
/// US at the root (and at /us), the others at /eu, /in, /au, /jp, /ca, /cn, /sa. Each prefix serves that DC's
/// accounts server (/oauth/v2/...) and API domain (/books/v3, /invoice/v3).
/// </summary>
public sealed record DataCentre(string Code, string Location, string PathPrefix, string ZohoAccountsServer, string ZohoApiDomain)
{
    public static DataCentre Us { get; } = new("US", "us", "/us", "https://accounts.zoho.com", "https://www.zohoapis.com");
    public static DataCentre Eu { get; } = new("EU", "eu", "/eu", "https://accounts.zoho.eu", "https://www.zohoapis.eu");
    public static DataCentre In { get; } = new("IN", "in", "/in", "https://accounts.zoho.in", "https://www.zohoapis.in");
    public static DataCentre Au { get; } = new("AU", "au", "/au", "https://accounts.zoho.com.au", "https://www.zohoapis.com.au");
    public static DataCentre Jp { get; } = new("JP", "jp", "/jp", "https://accounts.zoho.jp", "https://www.zohoapis.jp");
    public static DataCentre Ca { get; } = new("CA", "ca", "/ca", "https://accounts.zohocloud.ca", "https://www.zohoapis.ca");
    public static DataCentre Cn { get; } = new("CN", "cn", "/cn", "https://accounts.zoho.com.cn", "https://www.zohoapis.com.cn");
    public static DataCentre Sa { get; } = new("SA", "sa", "/sa", "https://accounts.zoho.sa", "https://www.zohoapis.sa");

    public static IReadOnlyList<DataCentre> All { get; } = [Us, Eu, In, Au, Jp, Ca, Cn, Sa];

    /// <summary>The emulated accounts server and API domain of this DC (they share one URL): US is the bare server URL.</summary>
    public string UrlOn(string serverBaseUrl) => ReferenceEquals(this, Us) ? serverBaseUrl : serverBaseUrl + PathPrefix;

    public static DataCentre? FromCode(string code) =>
        All.FirstOrDefault(dc => dc.Code.Equals(code, StringComparison.OrdinalIgnoreCase));
}
