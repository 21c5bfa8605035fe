namespace ZohoOdbc.Core.Zoho.Auth;

/// <summary>An OAuth access token, the API domain Zoho issued it for, and its lifetime.</summary>
internal sealed record AccessToken(string Value, string? ApiDomain, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt)
{
    /// <summary>
    /// Refresh a little before expiry so a token never dies in the middle of a paged fetch: five minutes of
    /// Zoho's hour, a tenth of shorter lifetimes (so a 60-second token is not refreshed on every call).
    /// </summary>
    public TimeSpan RefreshMargin
    {
        get
        {
            var tenth = (ExpiresAt - IssuedAt) / 10;
            return tenth < TimeSpan.FromMinutes(5) ? tenth : TimeSpan.FromMinutes(5);
        }
    }

    public bool IsFresh(DateTimeOffset now) => ExpiresAt - RefreshMargin > now;

    /// <summary>Still accepted by Zoho, if no longer fresh: usable while a new token may not be requested yet.</summary>
    public bool IsUsable(DateTimeOffset now) => ExpiresAt > now;
}
