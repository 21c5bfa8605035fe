namespace ZohoOdbc.Emulator.Control;

/// <summary>
/// A fault to inject, as POST /__emulator/faults takes it. Exactly one of <see cref="Count"/> (the next N matching
/// requests) or <see cref="Probability"/> (that share of matching requests, drawn from a seeded generator) is set.
/// </summary>
public sealed record FaultRule
{
    /// <summary>One of <see cref="FaultKinds.All"/>.</summary>
    public required string Kind { get; init; }

    public int? Count { get; init; }

    public double? Probability { get; init; }

    /// <summary>Only requests whose full path (DC prefix included) starts with this; all API and OAuth requests when null.</summary>
    public string? PathPrefix { get; init; }

    /// <summary>timeout: how long to hang before dropping the connection.</summary>
    public int HangMilliseconds { get; init; } = 30_000;

    /// <summary>rate_limit: the Retry-After / X-Rate-Limit-Reset value.</summary>
    public int RetryAfterSeconds { get; init; } = 2;

    /// <summary>Seed of the generator that decides probabilistic faults (the emulator's --seed when null).</summary>
    public int? Seed { get; init; }
}
