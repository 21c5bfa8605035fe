namespace ZohoOdbc.Emulator.Auth;

/// <summary>Zoho Accounts' throttle answer (HTTP 400), e.g. after 10 access tokens from one refresh token in 10 minutes.</summary>
public sealed record OAuthThrottleError(string ErrorDescription, string Error, string Status)
{
    public static OAuthThrottleError TooManyRequests { get; } = new(
        "You have made too many requests continuously. Please try again after some time.", "Access Denied", "failure");
}
