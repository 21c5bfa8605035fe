namespace ZohoOdbc.Core.Zoho.Auth;

/// <summary>
/// Zoho Accounts refused a token request with an OAuth <c>error</c> (invalid_code, invalid_client, ...).
/// Kept apart from ZohoOdbcException so that connecting can look further (another data centre) before
/// <see cref="ToZohoOdbcException"/> gives the user's message.
/// </summary>
internal sealed class TokenRefusedException(string error, string? description, string accountsUrl, string clientId)
    : Exception($"Zoho Accounts refused the token request: {error}")
{
    public const string InvalidCode = "invalid_code";

    public string Error { get; } = error;
    public string? Description { get; } = description;
    public string AccountsUrl { get; } = accountsUrl;

    public ZohoOdbcException ToZohoOdbcException(string? refreshTokenHint = null) => Error switch
    {
        InvalidCode => new(SqlStates.InvalidAuthorization,
            $"Zoho refused the refresh token (invalid_code): it was revoked, expired, or issued in another data centre than {AccountsUrl}" +
            $"{refreshTokenHint}. Create a new grant (Zoho API console, or the driver's OAuth code exchange) and update RefreshToken " +
            "(and Region or AccountsUrl if the account is in another data centre)."),
        "invalid_client" => new(SqlStates.InvalidAuthorization,
            $"Zoho Accounts at {AccountsUrl} does not know ClientId '{clientId}' (invalid_client): check ClientId, and that the client " +
            "is enabled for this data centre (Region or AccountsUrl)."),
        "invalid_client_secret" => new(SqlStates.InvalidAuthorization,
            $"Zoho refused the client secret of ClientId '{clientId}' (invalid_client_secret): copy the secret again from the " +
            "Zoho API console and update ClientSecret."),
        "invalid_redirect_uri" => new(SqlStates.InvalidAuthorization,
            $"Zoho Accounts at {AccountsUrl} refused the redirect URI (invalid_redirect_uri): give exactly the redirect URI the " +
            "authorization URL was made with, as registered for the client in the Zoho API console."),
        // Zoho's throttle: HTTP 400 "Access Denied" with "You have made too many requests continuously..."
        "Access Denied" => new(SqlStates.UnableToConnect,
            $"Zoho Accounts at {AccountsUrl} refused to issue a token: {Description ?? Error} Zoho allows 10 access tokens per refresh " +
            "token in 10 minutes, counting every program that uses it; wait a few minutes, then connect again."),
        _ => new(SqlStates.InvalidAuthorization,
            $"Zoho Accounts at {AccountsUrl} refused the token request ({Error}{(Description is null ? "" : ": " + Description)}). " +
            "Check ClientId, ClientSecret and RefreshToken."),
    };
}
