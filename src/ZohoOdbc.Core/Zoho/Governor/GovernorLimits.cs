namespace ZohoOdbc.Core.Zoho.Governor;

/// <summary>
/// The limits one process applies to an organization: calls per minute, calls in flight, calls per day
/// (DailyLimit, else the plan's quota; null when neither is known), and where the daily figure came from
/// (for messages).
/// </summary>
internal sealed record GovernorLimits(int RequestsPerMinute, int MaxConcurrency, int? DailyLimit, string DailyLimitSource)
{
    /// <summary>A minute after a call's answer (plus a second for rounding), Zoho's minute window no longer holds it.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(61);

    public static GovernorLimits From(ConnectionSettings settings, string? planName)
    {
        if (settings.DailyLimit is { } configured) return new(settings.RequestsPerMinute, settings.MaxConcurrency, configured, $"DailyLimit={configured}");
        var plan = ZohoPlans.DailyCallLimit(planName);
        return new(settings.RequestsPerMinute, settings.MaxConcurrency, plan,
            plan is null ? "no known plan" : $"the {planName!.Trim().ToUpperInvariant()} plan's quota");
    }
}
