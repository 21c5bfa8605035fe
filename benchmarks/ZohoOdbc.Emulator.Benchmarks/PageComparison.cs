namespace ZohoOdbc.Emulator.Benchmarks;

/// <summary>One page kind measured on both organizations.</summary>
public sealed record PageComparison(string Name, PageTiming Baseline, PageTiming Target);
