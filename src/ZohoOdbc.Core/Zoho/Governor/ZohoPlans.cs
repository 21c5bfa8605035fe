namespace ZohoOdbc.Core.Zoho.Governor;

/// <summary>API calls per day and organization by Zoho plan (Zoho KB, reference §7).</summary>
internal static class ZohoPlans
{
    /// <summary>The plan's daily quota; null for a plan not listed (then only Zoho's own code 45 stops calls).</summary>
    public static int? DailyCallLimit(string? planName) => planName?.Trim().ToUpperInvariant() switch
    {
        "FREE" => 1000,
        "STANDARD" => 2000,
        "PROFESSIONAL" => 5000,
        "PREMIUM" or "ELITE" or "ULTIMATE" => 10000,
        _ => null,
    };
}
