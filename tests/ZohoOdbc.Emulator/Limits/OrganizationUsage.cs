namespace ZohoOdbc.Emulator.Limits;

/// <summary>One organization's counters: the current minute window, the current UTC day, and calls in flight.</summary>
internal sealed class OrganizationUsage
{
    public long MinuteWindow { get; set; } = -1;
    public int MinuteCount { get; set; }
    public DateOnly Day { get; set; }
    public int DayCount { get; set; }
    public int InFlight { get; set; }
}
