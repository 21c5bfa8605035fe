using System.Globalization;
using ZohoOdbc.Emulator.Api;
using ZohoOdbc.Emulator.Auth;
using ZohoOdbc.Emulator.Json;
using ZohoOdbc.Emulator.Limits;
using ZohoOdbc.Emulator.Recording;
using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Control;

/// <summary>The emulator's state that the control API reads and changes, gathered in one place.</summary>
public sealed class ControlPlane(
    EmulatorDirectory directory, TokenStore tokens, RequestLog log, FaultInjector faults, RequestSlowdown slowdown,
    LimitEnforcer limits, EmulatorClock clock, ServerAddress server)
{
    public EmulatorDirectory Directory { get; } = directory;
    public TokenStore Tokens { get; } = tokens;
    public RequestLog Log { get; } = log;
    public FaultInjector Faults { get; } = faults;
    public RequestSlowdown Slowdown { get; } = slowdown;
    public LimitEnforcer Limits { get; } = limits;
    public EmulatorClock Clock { get; } = clock;

    /// <summary>Data back to what was generated, log empty, no faults or latency, limits and grants as at start, clock on time.</summary>
    public void Reset()
    {
        foreach (HostedOrganization organization in Directory.Organizations)
        {
            organization.Reset();
        }

        Log.Clear();
        Faults.Clear();
        Slowdown.Settings = new LatencySettings();
        Limits.Reset();
        Tokens.Reset();
        Clock.Reset();
    }

    /// <summary>"Now" in the organization's time zone, for created and modified times.</summary>
    public DateTimeOffset Now(HostedOrganization organization) => Clock.GetUtcNow().ToOffset(organization.Profile.Offset);

    public void UpdateLimits(LimitsUpdate update)
    {
        LimitSettings current = Limits.Settings;
        Limits.Settings = current with
        {
            PerMinuteEnabled = update.PerMinuteEnabled ?? current.PerMinuteEnabled,
            PerMinuteLimit = update.PerMinuteLimit is { } perMinute ? (perMinute == 0 ? null : perMinute) : current.PerMinuteLimit,
            DailyEnabled = update.DailyEnabled ?? current.DailyEnabled,
            DailyLimit = update.DailyLimit is { } daily ? (daily == 0 ? null : daily) : current.DailyLimit,
            ConcurrencyEnabled = update.ConcurrencyEnabled ?? current.ConcurrencyEnabled,
            ConcurrencyLimit = update.ConcurrencyLimit is { } concurrency ? (concurrency == 0 ? null : concurrency) : current.ConcurrencyLimit,
        };
        if (update.TokenLimitEnabled is { } tokenLimit)
        {
            Tokens.ThrottleEnabled = tokenLimit;
        }
    }

    public LimitsView DescribeLimits()
    {
        LimitSettings settings = Limits.Settings;
        return new LimitsView(settings, Tokens.ThrottleEnabled, Directory.Organizations.Select(o =>
        {
            string plan = o.Profile.Organization.PlanName;
            return new OrganizationLimits(o.OrganizationId, plan,
                settings.PerMinuteLimit ?? LimitEnforcer.DefaultPerMinute,
                settings.DailyLimit ?? ZohoPlan.DailyCallLimit(plan),
                settings.ConcurrencyLimit ?? ZohoPlan.ConcurrencyLimit(plan),
                Limits.CallsToday(o.OrganizationId));
        }).ToList());
    }

    public ClockView DescribeClock() =>
        new(ZohoTime.FormatTimestamp(Clock.GetUtcNow()), (long)Clock.Offset.TotalSeconds);

    public EmulatorInfo Describe()
    {
        string baseUrl = server.BaseUrl;
        return new EmulatorInfo(
            baseUrl,
            EmulatorCredentials.ClientId,
            EmulatorCredentials.ClientSecret,
            DataCentre.All.Select(dc => new DataCentreInfo(dc.Code, dc.Location, dc.UrlOn(baseUrl), dc.UrlOn(baseUrl), dc.ZohoAccountsServer, dc.ZohoApiDomain)).ToList(),
            Directory.Organizations.Select(o => new OrganizationInfo(
                o.OrganizationId, o.Profile.Organization.Name, o.DataCentre.Code, o.Profile.Organization.PlanName,
                o.Profile.BaseCurrency.CurrencyCode, o.Profile.Organization.TimeZone, o.Data.Current.Counts())).ToList(),
            Directory.Users.Select(u => new UserInfo(u.UserId, u.Name, u.Email, u.DataCentre.Code, u.OrganizationIds, Tokens.RefreshTokensOf(u.UserId))).ToList());
    }
}
