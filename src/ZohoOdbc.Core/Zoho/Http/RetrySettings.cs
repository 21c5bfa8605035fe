namespace ZohoOdbc.Core.Zoho.Http;

/// <summary>
/// How often and how patiently a call is retried. Eight retries with exponential, jittered delays from one
/// second (capped at 30 s) ride out a few minutes of trouble, which a scheduled refresh prefers to failing;
/// a server that cannot be reached at all gets two, so a wrong address fails fast.
/// </summary>
internal sealed record RetrySettings(int MaxRetries, TimeSpan BaseDelay, TimeSpan MaxDelay, int UnreachableRetries)
{
    public static readonly RetrySettings Default = new(8, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), 2);

    /// <summary>Longest wait accepted from Retry-After or X-Rate-Limit-Reset before trying again.</summary>
    public TimeSpan MaxServerDelay { get; init; } = TimeSpan.FromSeconds(60);
}
