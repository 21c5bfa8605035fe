namespace ZohoOdbc.Emulator.Tenancy;

/// <summary>What a Zoho plan allows: API calls per day (Zoho KB) and concurrent in-flight calls (Free 5, paid 10).</summary>
public static class ZohoPlan
{
    public static int DailyCallLimit(string planName) => planName.ToUpperInvariant() switch
    {
        "FREE" => 1000,
        "STANDARD" => 2000,
        "PROFESSIONAL" => 5000,
        _ => 10000,
    };

    public static int ConcurrencyLimit(string planName) =>
        planName.Equals("FREE", StringComparison.OrdinalIgnoreCase) ? 5 : 10;

    /// <summary>plan_type as /organizations shows it.</summary>
    public static int PlanType(string planName) => planName.ToUpperInvariant() switch
    {
        "FREE" => 0,
        "STANDARD" => 11,
        "PROFESSIONAL" => 12,
        "PREMIUM" => 13,
        "ELITE" => 14,
        _ => 15,
    };
}
