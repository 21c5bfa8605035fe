namespace ZohoOdbc.Core.Zoho.Governor;

/// <summary>The governor's answer to "may a call start now?".</summary>
internal abstract record GovernorDecision
{
    private GovernorDecision()
    {
    }

    public sealed record Granted(string Slot) : GovernorDecision;

    /// <summary>Not yet: ask again after <paramref name="Delay"/>.</summary>
    public sealed record Wait(TimeSpan Delay, string Reason) : GovernorDecision;

    /// <summary>Not today: the daily quota is used up until it renews.</summary>
    public sealed record QuotaSpent(DailyQuotaStatus Quota) : GovernorDecision;
}

/// <summary>Calls used today by this machine (or as Zoho reported), the quota, when it renews, and where the figure comes from.</summary>
internal sealed record DailyQuotaStatus(long Used, int? Limit, DateTimeOffset ResetsAt, string Source)
{
    public long? Remaining => Limit is { } limit ? Math.Max(0, limit - Used) : null;

    /// <summary>Zoho does not document when the quota renews; clients assume midnight UTC (reference §7).</summary>
    public static DateTimeOffset NextMidnightUtc(DateTimeOffset now) => new(now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
}
