using System.Globalization;

namespace ZohoOdbc.Emulator.Benchmarks;

/// <summary>Prints both organizations side by side with the target/baseline ratio, and checks the issue's absolute targets.</summary>
public sealed class BenchmarkReport(
    BenchmarkSettings settings, ServedOrganization baseline, ServedOrganization target,
    TimeSpan baselineGeneration, TimeSpan targetGeneration, IReadOnlyList<PageComparison> pages)
{
    public void Print(TextWriter output)
    {
        output.WriteLine($"Emulator benchmark{(settings.Quick ? " (quick)" : "")}: baseline {baseline.Invoices:N0} invoices, " +
            $"target {target.Invoices:N0} invoices, {settings.Samples} samples per page kind, {Environment.ProcessorCount} cores");
        output.WriteLine();
        output.WriteLine($"{"measure",-40} {"baseline",10} {"target",10} {"ratio",7}");
        Row(output, "generation (s)", baselineGeneration.TotalSeconds, targetGeneration.TotalSeconds);
        Row(output, "server start incl. generation (s)", baseline.Start.TotalSeconds, target.Start.TotalSeconds);
        foreach (PageComparison page in pages)
        {
            Row(output, page.Name + " median (ms)", page.Baseline.Median, page.Target.Median);
            Row(output, page.Name + " p95 (ms)", page.Baseline.P95, page.Target.P95);
        }

        output.WriteLine();
    }

    /// <summary>Generation under a minute and every page kind's median under 20 ms.</summary>
    public bool MeetsTargets(TextWriter output)
    {
        bool ok = true;
        if (targetGeneration > settings.GenerationTarget)
        {
            output.WriteLine($"FAIL generation took {targetGeneration.TotalSeconds:F1} s (target {settings.GenerationTarget.TotalSeconds:F0} s)");
            ok = false;
        }

        foreach (PageComparison page in pages.Where(p => p.Target.Median > settings.PageTargetMilliseconds))
        {
            output.WriteLine($"FAIL {page.Name}: median {page.Target.Median:F1} ms (target {settings.PageTargetMilliseconds} ms)");
            ok = false;
        }

        output.WriteLine(ok
            ? $"PASS generation {targetGeneration.TotalSeconds:F1} s, slowest page median {pages.Max(p => p.Target.Median):F1} ms"
            : "Targets not met.");
        return ok;
    }

    private static void Row(TextWriter output, string name, double baselineValue, double targetValue) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-40} {baselineValue,10:F2} {targetValue,10:F2} {targetValue / Math.Max(baselineValue, 1e-9),7:F2}"));
}
