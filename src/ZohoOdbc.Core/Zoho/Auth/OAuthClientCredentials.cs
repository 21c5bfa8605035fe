namespace ZohoOdbc.Core.Zoho.Auth;

/// <summary>What the token endpoint needs to turn a refresh token into access tokens.</summary>
internal sealed record OAuthClientCredentials(string AccountsUrl, string ClientId, string ClientSecret, string RefreshToken);
