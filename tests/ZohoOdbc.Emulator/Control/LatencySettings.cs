namespace ZohoOdbc.Emulator.Control;

/// <summary>Added latency per request: <see cref="Milliseconds"/> for requests whose path starts with <see cref="PathPrefix"/> (all when null).</summary>
public sealed record LatencySettings(int Milliseconds = 0, string? PathPrefix = null);
