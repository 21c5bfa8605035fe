namespace ZohoOdbc.Emulator.Auth;

/// <summary>Zoho Accounts' error body, e.g. {"error":"invalid_client"} (usually with HTTP 200).</summary>
public sealed record OAuthError(string Error);
