namespace ZohoOdbc.Core.Zoho;

/// <summary>Zoho's data centres: accounts server and API domain per region (reference §1.1).</summary>
public static class ZohoRegion
{
    private static readonly Dictionary<string, (string Accounts, string Api)> Servers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = ("https://accounts.zoho.com", "https://www.zohoapis.com"),
        ["EU"] = ("https://accounts.zoho.eu", "https://www.zohoapis.eu"),
        ["IN"] = ("https://accounts.zoho.in", "https://www.zohoapis.in"),
        ["AU"] = ("https://accounts.zoho.com.au", "https://www.zohoapis.com.au"),
        ["JP"] = ("https://accounts.zoho.jp", "https://www.zohoapis.jp"),
        ["CA"] = ("https://accounts.zohocloud.ca", "https://www.zohoapis.ca"),
        ["CN"] = ("https://accounts.zoho.com.cn", "https://www.zohoapis.com.cn"),
        ["SA"] = ("https://accounts.zoho.sa", "https://www.zohoapis.sa"),
    };

    public static IEnumerable<string> Codes => Servers.Keys;

    public static bool IsKnown(string code) => Servers.ContainsKey(code);

    public static string AccountsServer(string code) => Servers[code].Accounts;

    public static string ApiDomain(string code) => Servers[code].Api;
}
