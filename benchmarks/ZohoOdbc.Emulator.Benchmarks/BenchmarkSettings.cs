using System.Globalization;

namespace ZohoOdbc.Emulator.Benchmarks;

/// <summary>Sizes and repetitions; --quick uses a smaller target and fewer samples for a fast look.</summary>
public sealed record BenchmarkSettings
{
    public const string Usage = "usage: ZohoOdbc.Emulator.Benchmarks [--quick] [--invoices N] [--samples N]";

    public int BaselineContacts { get; init; } = 1000;
    public int BaselineInvoices { get; init; } = 5000;
    public int TargetContacts { get; init; } = 20_000;
    public int TargetInvoices { get; init; } = 100_000;

    /// <summary>Timed requests per page kind and organization (after warm-up).</summary>
    public int Samples { get; init; } = 60;

    /// <summary>Untimed requests per page kind and organization first.</summary>
    public int WarmUp { get; init; } = 10;

    public TimeSpan GenerationTarget { get; init; } = TimeSpan.FromMinutes(1);

    public double PageTargetMilliseconds { get; init; } = 20;

    public bool Quick { get; init; }

    public static BenchmarkSettings Parse(IReadOnlyList<string> args)
    {
        var settings = new BenchmarkSettings();
        for (int i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    settings = settings with { Quick = true, TargetContacts = 4000, TargetInvoices = 20_000, Samples = 15, WarmUp = 5 };
                    break;
                case "--invoices" when i + 1 < args.Count:
                    int invoices = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    settings = settings with { TargetInvoices = invoices, TargetContacts = Math.Max(1, invoices / 5) };
                    break;
                case "--samples" when i + 1 < args.Count:
                    settings = settings with { Samples = int.Parse(args[++i], CultureInfo.InvariantCulture) };
                    break;
                default:
                    throw new ArgumentException($"unknown argument '{args[i]}'");
            }
        }

        return settings;
    }
}
