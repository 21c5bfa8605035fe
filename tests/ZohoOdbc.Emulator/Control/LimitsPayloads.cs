using ZohoOdbc.Emulator.Limits;

namespace ZohoOdbc.Emulator.Control;

/// <summary>
/// PUT /__emulator/limits: each field given changes that switch or number; a limit of 0 means "as Zoho sets it"
/// (100 per minute, the plan's daily quota, 5 or 10 in flight).
/// </summary>
public sealed record LimitsUpdate
{
    public bool? PerMinuteEnabled { get; init; }
    public int? PerMinuteLimit { get; init; }
    public bool? DailyEnabled { get; init; }
    public int? DailyLimit { get; init; }
    public bool? ConcurrencyEnabled { get; init; }
    public int? ConcurrencyLimit { get; init; }
    public bool? TokenLimitEnabled { get; init; }
}

/// <summary>GET /__emulator/limits: the switches, and per organization the limits in force and today's calls.</summary>
public sealed record LimitsView(LimitSettings Settings, bool TokenLimitEnabled, IReadOnlyList<OrganizationLimits> Organizations);

public sealed record OrganizationLimits(string OrganizationId, string PlanName, int PerMinuteLimit, int DailyLimit, int ConcurrencyLimit, int CallsToday);
