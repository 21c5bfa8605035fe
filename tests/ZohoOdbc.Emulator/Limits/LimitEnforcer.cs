using System.Globalization;
using ZohoOdbc.Emulator.Api;
using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Limits;

/// <summary>
/// Zoho's per-organization API limits (reference §7), each switchable: requests per minute (429 code 44, fixed
/// one-minute windows of the clock), the daily quota of the plan (429 code 45, resets at UTC midnight) and
/// concurrent calls in flight (429 code 1070). Calls it rejects do not count. Answers carry
/// <c>X-Rate-Limit-Limit/Remaining/Reset</c> for the daily quota when it is on, else for the minute window; a 429 adds
/// <c>Retry-After</c>.
/// </summary>
public sealed class LimitEnforcer(TimeProvider time, LimitSettings initial)
{
    public const int DefaultPerMinute = 100;

    private readonly Lock gate = new();
    private readonly Dictionary<string, OrganizationUsage> usage = new(StringComparer.Ordinal);
    private readonly LimitSettings startSettings = initial;
    private LimitSettings settings = initial;

    public LimitSettings Settings
    {
        get { lock (gate) { return settings; } }
        set { lock (gate) { settings = value; } }
    }

    /// <summary>Clears every counter except calls in flight and puts back the start settings.</summary>
    public void Reset()
    {
        lock (gate)
        {
            settings = startSettings;
            foreach (OrganizationUsage counters in usage.Values)
            {
                counters.MinuteWindow = -1;
                counters.MinuteCount = 0;
                counters.DayCount = 0;
            }
        }
    }

    /// <summary>Calls counted today for an organization (daily quota), whether or not the quota is enforced.</summary>
    public int CallsToday(string organizationId)
    {
        lock (gate)
        {
            return usage.TryGetValue(organizationId, out OrganizationUsage? counters) && counters.Day == Today() ? counters.DayCount : 0;
        }
    }

    /// <summary>Admits a call or throws the 429; dispose the lease when the call is answered.</summary>
    public IDisposable Admit(HostedOrganization organization, HttpResponse response)
    {
        DateTimeOffset now = time.GetUtcNow();
        long window = now.ToUnixTimeSeconds() / 60;
        int secondsToNextMinute = 60 - (int)(now.ToUnixTimeSeconds() % 60);
        DateOnly today = DateOnly.FromDateTime(now.UtcDateTime);
        int secondsToMidnight = (int)Math.Ceiling((today.AddDays(1).ToDateTime(TimeOnly.MinValue) - now.UtcDateTime).TotalSeconds);
        string plan = organization.Profile.Organization.PlanName;

        lock (gate)
        {
            if (!usage.TryGetValue(organization.OrganizationId, out OrganizationUsage? counters))
            {
                usage[organization.OrganizationId] = counters = new OrganizationUsage();
            }

            if (counters.MinuteWindow != window)
            {
                counters.MinuteWindow = window;
                counters.MinuteCount = 0;
            }

            if (counters.Day != today)
            {
                counters.Day = today;
                counters.DayCount = 0;
            }

            int perMinute = settings.PerMinuteLimit ?? DefaultPerMinute;
            int daily = settings.DailyLimit ?? ZohoPlan.DailyCallLimit(plan);
            int concurrency = settings.ConcurrencyLimit ?? ZohoPlan.ConcurrencyLimit(plan);

            if (settings.ConcurrencyEnabled && counters.InFlight >= concurrency)
            {
                response.Headers.RetryAfter = "1";
                throw ZohoErrors.TooManyInProcessRequests();
            }

            if (settings.PerMinuteEnabled && counters.MinuteCount >= perMinute)
            {
                SetHeaders(response, perMinute, 0, secondsToNextMinute);
                response.Headers.RetryAfter = secondsToNextMinute.ToString(CultureInfo.InvariantCulture);
                throw ZohoErrors.RateLimitExceeded();
            }

            if (settings.DailyEnabled && counters.DayCount >= daily)
            {
                SetHeaders(response, daily, 0, secondsToMidnight);
                response.Headers.RetryAfter = secondsToMidnight.ToString(CultureInfo.InvariantCulture);
                throw ZohoErrors.DailyLimitExceeded(daily);
            }

            counters.MinuteCount++;
            counters.DayCount++;
            counters.InFlight++;
            if (settings.DailyEnabled)
            {
                SetHeaders(response, daily, daily - counters.DayCount, secondsToMidnight);
            }
            else if (settings.PerMinuteEnabled)
            {
                SetHeaders(response, perMinute, perMinute - counters.MinuteCount, secondsToNextMinute);
            }

            return new Lease(this, counters);
        }
    }

    private void Release(OrganizationUsage counters)
    {
        lock (gate)
        {
            counters.InFlight--;
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private static void SetHeaders(HttpResponse response, int limit, int remaining, int resetSeconds)
    {
        response.Headers["X-Rate-Limit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-Rate-Limit-Remaining"] = Math.Max(0, remaining).ToString(CultureInfo.InvariantCulture);
        response.Headers["X-Rate-Limit-Reset"] = resetSeconds.ToString(CultureInfo.InvariantCulture);
    }

    private sealed class Lease(LimitEnforcer owner, OrganizationUsage counters) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                owner.Release(counters);
            }
        }
    }
}
