using System.Text.RegularExpressions;

namespace ZohoOdbc.Core.Logging;

/// <summary>
/// Removes secrets from text before it is written anywhere: the exact values a session knows (client secret,
/// refresh token) and anything shaped like a Zoho token or an OAuth parameter, so even a token the session
/// never saw (one issued to another process) cannot reach a log.
/// </summary>
internal sealed partial class SecretMasker
{
    public const string Mask = "***";

    private readonly string[] secrets;

    public SecretMasker(IEnumerable<string?> secrets) =>
        // Longest first, so a secret that contains another is masked whole.
        this.secrets = secrets.Where(s => !string.IsNullOrEmpty(s) && s.Length >= 4).Select(s => s!).Distinct()
            .OrderByDescending(s => s.Length).ToArray();

    public string Apply(string text)
    {
        foreach (var secret in secrets)
            if (text.Contains(secret, StringComparison.Ordinal)) text = text.Replace(secret, Mask, StringComparison.Ordinal);
        text = AuthorizationHeader().Replace(text, "$1 " + Mask);
        text = SecretParameter().Replace(text, "$1=" + Mask);
        text = SecretJsonField().Replace(text, "\"$1\":\"" + Mask + "\"");
        return ZohoToken().Replace(text, Mask);
    }

    /// <summary>Zoho's grant, refresh and access tokens: 1000.&lt;id&gt;.&lt;id&gt; (a client id has one dot only).</summary>
    [GeneratedRegex(@"\b1000(\.[0-9A-Za-z_-]+){2,}")]
    private static partial Regex ZohoToken();

    [GeneratedRegex(@"\b(Zoho-oauthtoken|Bearer|Basic)\s+[^\s,;""']+", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorizationHeader();

    [GeneratedRegex(@"\b(access_token|refresh_token|client_secret|code|token|authtoken)=[^&\s""']+", RegexOptions.IgnoreCase)]
    private static partial Regex SecretParameter();

    [GeneratedRegex(@"""(access_token|refresh_token|client_secret|code|token)""\s*:\s*""[^""]*""", RegexOptions.IgnoreCase)]
    private static partial Regex SecretJsonField();
}
