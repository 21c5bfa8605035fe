namespace ZohoOdbc.Emulator.Auth;

/// <summary>The result of a token request: tokens, or the Zoho Accounts error to answer with.</summary>
public sealed record TokenOutcome(string? AccessToken, string? RefreshToken, string? Scope, string? Error)
{
    /// <summary>The throttle error (10 access tokens per refresh token per 10 minutes), answered with HTTP 400.</summary>
    public const string Throttled = "Access Denied";

    public static TokenOutcome Failure(string error) => new(null, null, null, error);
}
