namespace ZohoOdbc.Emulator.Limits;

/// <summary>
/// Which of Zoho's per-organization limits are enforced. A null limit means "as Zoho sets it": 100 requests per
/// minute, the daily quota of the organization's plan, 5 (Free) or 10 concurrent calls.
/// </summary>
public sealed record LimitSettings
{
    public bool PerMinuteEnabled { get; init; }
    public int? PerMinuteLimit { get; init; }
    public bool DailyEnabled { get; init; }
    public int? DailyLimit { get; init; }
    public bool ConcurrencyEnabled { get; init; }
    public int? ConcurrencyLimit { get; init; }
}
