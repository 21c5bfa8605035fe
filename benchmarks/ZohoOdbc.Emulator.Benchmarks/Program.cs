using System.Diagnostics;
using ZohoOdbc.Emulator.Benchmarks;
using ZohoOdbc.Emulator.Data;

// Generates a baseline organization and a large one in this process and serves both from in-process emulators.
// Page requests alternate between the two, so load on the machine hits both alike and the reported ratios
// (target / baseline) mean the same on any machine; the absolute targets (generation < 60 s, pages < 20 ms)
// are checked too.
BenchmarkSettings settings;
try
{
    settings = BenchmarkSettings.Parse(args);
}
catch (ArgumentException error)
{
    Console.Error.WriteLine(error.Message);
    Console.Error.WriteLine(BenchmarkSettings.Usage);
    return 2;
}

// Generation first, smallest first, after a small discarded run that pays for JIT compilation.
SampleData.Generate(42, 200, 1000);
TimeSpan baselineGeneration = Time(() => SampleData.Generate(42, settings.BaselineContacts, settings.BaselineInvoices));
TimeSpan targetGeneration = Time(() => SampleData.Generate(42, settings.TargetContacts, settings.TargetInvoices));
Console.Error.WriteLine($"generated: baseline {baselineGeneration.TotalSeconds:F2} s, target {targetGeneration.TotalSeconds:F2} s");

await using ServedOrganization baseline = await ServedOrganization.StartAsync(settings.BaselineContacts, settings.BaselineInvoices);
await using ServedOrganization target = await ServedOrganization.StartAsync(settings.TargetContacts, settings.TargetInvoices);

var pages = new List<PageComparison>();
foreach (PageKind kind in PageKind.All)
{
    Console.Error.WriteLine("measuring " + kind.Name);
    // Warm-up: JIT, and the first request of a sort column orders its records once per data set.
    for (int i = 0; i < settings.WarmUp; i++)
    {
        await baseline.FetchAsync(kind);
        await target.FetchAsync(kind);
    }

    var baselineSamples = new List<double>(settings.Samples);
    var targetSamples = new List<double>(settings.Samples);
    for (int i = 0; i < settings.Samples; i++)
    {
        baselineSamples.Add(await baseline.FetchAsync(kind));
        targetSamples.Add(await target.FetchAsync(kind));
    }

    pages.Add(new PageComparison(kind.Name, PageTiming.Of(baselineSamples), PageTiming.Of(targetSamples)));
}

var report = new BenchmarkReport(settings, baseline, target, baselineGeneration, targetGeneration, pages);
report.Print(Console.Out);
return report.MeetsTargets(Console.Out) ? 0 : 1;

static TimeSpan Time(Action action)
{
    var watch = Stopwatch.StartNew();
    action();
    return watch.Elapsed;
}
