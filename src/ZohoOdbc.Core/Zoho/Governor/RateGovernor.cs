using System.Globalization;
using System.Text.RegularExpressions;
using ZohoOdbc.Core.Logging;
using ZohoOdbc.Core.Zoho.Http;

namespace ZohoOdbc.Core.Zoho.Governor;

/// <summary>
/// The gate of one organization's API calls: at most RequestsPerMinute calls started in any minute and
/// MaxConcurrency in flight (one fewer for a while after Zoho's code 1070), counted together with every other
/// process of the user through the shared <see cref="GovernorStore"/>; none once the day's quota is spent.
/// Zoho's answers feed it: 429 code 44 pauses every process, code 45 stops them until the quota renews,
/// X-Rate-Limit-* headers correct the counts.
/// </summary>
internal sealed partial class RateGovernor : IRequestGate
{
    private readonly GovernorStore store;
    private readonly TimeSpan lease;
    private readonly DriverLog log;

    public RateGovernor(GovernorStore store, string organizationId, GovernorLimits limits, TimeSpan attemptTimeout, DriverLog log)
    {
        this.store = store;
        OrganizationId = organizationId;
        Limits = limits;
        this.log = log;
        // A slot outlives its call only if the process died; then other processes reclaim it after this.
        lease = attemptTimeout + TimeSpan.FromSeconds(30);
    }

    public string OrganizationId { get; }

    public GovernorLimits Limits { get; }

    public DailyQuotaStatus DailyQuota() => store.DailyQuota(OrganizationId, Limits);

    public async ValueTask<IRequestPermit> EnterAsync(CancellationToken cancellationToken)
    {
        var waitedSince = (DateTimeOffset?)null;
        for (;;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (store.TryAcquire(OrganizationId, Limits, Environment.ProcessId, lease))
            {
                case GovernorDecision.Granted granted:
                    if (waitedSince is { } since && log.IsEnabled(DriverLogLevel.Debug))
                        log.Debug($"governor org={OrganizationId} waited {(long)(store.Now - since).TotalMilliseconds}ms for a call slot");
                    return new Permit(this, granted.Slot);
                case GovernorDecision.QuotaSpent spent:
                    var refusal = QuotaSpent(spent.Quota, zohoSays: null);
                    log.Warning($"governor org={OrganizationId}: no call: {refusal.Message}");
                    throw refusal;
                case GovernorDecision.Wait wait:
                    if (waitedSince is null)
                    {
                        waitedSince = store.Now;
                        if (log.IsEnabled(DriverLogLevel.Debug))
                            log.Debug($"governor org={OrganizationId} waits {(long)wait.Delay.TotalMilliseconds}ms: {wait.Reason}");
                    }
                    // A little jitter so that processes waiting for the same moment do not all wake at once.
                    await Task.Delay(wait.Delay + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 25)), cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    /// <summary>Code 45 or a locally spent quota: HY000 with Zoho's code, the limit and when it renews.</summary>
    public ZohoOdbcException QuotaSpent(DailyQuotaStatus quota, string? zohoSays)
    {
        var limit = quota.Limit is { } l ? $"{l.ToString("N0", CultureInfo.InvariantCulture)} calls ({quota.Source})" : "its limit";
        var prefix = zohoSays is null ? "" : $"Zoho refused the call: {zohoSays} (code 45). ";
        return new ZohoOdbcException(SqlStates.GeneralError,
            $"{prefix}The daily API quota of organization {OrganizationId} is used up: {limit}. It renews at {Renewal(quota.ResetsAt, store.Now)}. " +
            "Zoho counts the calls of every user and integration of the organization; until then, query the cache or ask Zoho to raise the quota " +
            "(then set DailyLimit to the new figure).",
            ZohoApiErrors.DailyLimitExceeded);
    }

    /// <summary>"2026-01-02 00:00 UTC (in 3 h 12 min)".</summary>
    public static string Renewal(DateTimeOffset resetsAt, DateTimeOffset now)
    {
        var left = resetsAt - now;
        if (left < TimeSpan.Zero) left = TimeSpan.Zero;
        var inText = left.TotalHours >= 1 ? $"{(int)left.TotalHours} h {left.Minutes} min" : left.TotalMinutes >= 1 ? $"{(int)left.TotalMinutes} min" : $"{(int)Math.Ceiling(left.TotalSeconds)} s";
        return $"{resetsAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC (in {inText})";
    }

    private void Observe(ZohoResponse response)
    {
        var now = store.Now;
        switch (response.ZohoCode)
        {
            case ZohoApiErrors.TooManyConcurrentRequests:
                var cap = store.LowerConcurrency(OrganizationId, Limits.MaxConcurrency);
                log.Warning($"governor org={OrganizationId}: Zoho says too many calls in flight (code 1070); at most {cap} at a time for a while");
                break;
            case ZohoApiErrors.RequestsPerMinuteExceeded:
                var pause = response.RetryAfter ?? (response.RateLimit?.ResetSeconds is { } s ? TimeSpan.FromSeconds(s) : TimeSpan.FromSeconds(60));
                if (pause > TimeSpan.FromSeconds(65)) pause = TimeSpan.FromSeconds(65);
                store.Pause(OrganizationId, now + pause);
                log.Warning($"governor org={OrganizationId}: Zoho says too many calls per minute (code 44); every process pauses {(long)pause.TotalMilliseconds}ms");
                break;
            case ZohoApiErrors.DailyLimitExceeded:
                var resets = response.RateLimit?.ResetSeconds is { } r && r > 60 ? now + TimeSpan.FromSeconds(r) : DailyQuotaStatus.NextMidnightUtc(now);
                store.MarkQuotaSpent(OrganizationId, LimitIn(response) ?? Limits.DailyLimit, resets);
                log.Warning($"governor org={OrganizationId}: Zoho says the daily quota is spent (code 45) until {Renewal(resets, now)}");
                break;
        }

        // Headers that reset in more than a minute describe the daily quota: Zoho's count includes other machines' calls.
        if (response.RateLimit is { Limit: { } limit, Remaining: { } remaining, ResetSeconds: { } reset })
        {
            if (reset > 60) store.SyncDaily(OrganizationId, limit, limit - remaining);
            else if (remaining == 0 && response.ZohoCode is null or 0) store.Pause(OrganizationId, now + TimeSpan.FromSeconds(reset));
        }
    }

    /// <summary>The quota Zoho names: X-Rate-Limit-Limit, else the number in "...maximum call rate limit of 1,000."</summary>
    private static int? LimitIn(ZohoResponse response)
    {
        if (response.RateLimit?.Limit is { } limit && response.RateLimit.ResetSeconds > 60) return limit;
        if (response.ZohoMessage is { } message && TrailingNumber().Match(message) is { Success: true } match
            && int.TryParse(match.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            return n;
        return null;
    }

    [GeneratedRegex(@"limit of ([0-9][0-9,]*)")]
    private static partial Regex TrailingNumber();

    private sealed class Permit(RateGovernor governor, string slot) : IRequestPermit
    {
        private int released;

        public void Completed(ZohoResponse response) => governor.Observe(response);

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) governor.store.Release(slot);
        }
    }
}
