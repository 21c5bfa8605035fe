namespace ZohoOdbc.Emulator.Benchmarks;

/// <summary>Latency of one page kind in milliseconds: median and 95th percentile of the timed samples.</summary>
public sealed record PageTiming(double Median, double P95)
{
    public static PageTiming Of(List<double> samples)
    {
        samples.Sort();
        return new PageTiming(Percentile(samples, 0.5), Percentile(samples, 0.95));
    }

    private static double Percentile(List<double> sorted, double share) =>
        sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
}
