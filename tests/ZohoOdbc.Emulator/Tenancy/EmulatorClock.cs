namespace ZohoOdbc.Emulator.Tenancy;

/// <summary>
/// The emulator's notion of "now": the system clock plus an offset that tests move forward through the control API,
/// so token expiry, rate-limit windows and the daily quota can be tested without waiting.
/// </summary>
public sealed class EmulatorClock : TimeProvider
{
    private long offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref offsetTicks, by.Ticks);
    }

    public void Reset() => Interlocked.Exchange(ref offsetTicks, 0);
}
