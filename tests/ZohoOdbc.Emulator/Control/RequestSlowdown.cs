namespace ZohoOdbc.Emulator.Control;

/// <summary>Holds the added latency of <see cref="LatencySettings"/> and applies it to API and OAuth requests.</summary>
public sealed class RequestSlowdown
{
    private LatencySettings settings = new();

    public LatencySettings Settings
    {
        get => Volatile.Read(ref settings);
        set => Volatile.Write(ref settings, value);
    }

    public Task DelayAsync(HttpContext context)
    {
        LatencySettings current = Settings;
        if (current.Milliseconds <= 0 || !PathMatch.Matches(context.Request, current.PathPrefix))
        {
            return Task.CompletedTask;
        }

        return Task.Delay(current.Milliseconds, context.RequestAborted);
    }
}
