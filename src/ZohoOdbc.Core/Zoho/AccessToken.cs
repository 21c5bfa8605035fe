namespace ZohoOdbc.Core.Zoho;

/// <summary>An OAuth access token and the API domain Zoho issued it for.</summary>
internal sealed record AccessToken(string Value, string? ApiDomain, DateTimeOffset ExpiresAt)
{
    /// <summary>Refresh a little early so a token never expires in the middle of a paged fetch.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(5);

    public bool IsFresh(DateTimeOffset now) => ExpiresAt - Margin > now;
}
