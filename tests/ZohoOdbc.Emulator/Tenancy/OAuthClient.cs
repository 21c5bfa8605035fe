namespace ZohoOdbc.Emulator.Tenancy;

/// <summary>A client registered in the API console (multi-DC enabled). Redirect URIs must be loopback URLs.</summary>
public sealed record OAuthClient(string ClientId, string ClientSecret, string Name)
{
    /// <summary>
    /// Zoho requires the exact registered redirect URI; the emulator's clients accept any loopback http(s) URL
    /// so that tools can listen on a free port.
    /// </summary>
    public bool AcceptsRedirect(string redirectUri) =>
        Uri.TryCreate(redirectUri, UriKind.Absolute, out Uri? uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && (uri.IsLoopback || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase));
}
