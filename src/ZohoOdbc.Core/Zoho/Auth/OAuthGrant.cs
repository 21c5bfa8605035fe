namespace ZohoOdbc.Core.Zoho.Auth;

/// <summary>
/// What a code exchange gives the user: the refresh token to put in the DSN (unless the token store keeps it),
/// where the account lives, and the scopes granted. The access token stays inside the driver.
/// </summary>
/// <param name="RefreshToken">For RefreshToken= in the DSN; also kept in the token store when <paramref name="Stored"/>.</param>
/// <param name="AccountsServer">The accounts server of the account's data centre.</param>
/// <param name="Region">Its data centre code (US, EU, ...); null for a server of no known region (a proxy or an emulator).</param>
/// <param name="ApiDomain">Zoho's api_domain for the account.</param>
/// <param name="Scope">The scopes granted, when Zoho says.</param>
/// <param name="Stored">True when the client secret and refresh token were stored, so a DSN needs only ClientId (and Region).</param>
public sealed record OAuthGrant(string RefreshToken, string AccountsServer, string? Region, string? ApiDomain, string? Scope, bool Stored);
