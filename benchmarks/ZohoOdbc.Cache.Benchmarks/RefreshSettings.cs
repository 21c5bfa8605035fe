using System.Globalization;

namespace ZohoOdbc.Cache.Benchmarks;

/// <summary>Size of the organization and share of invoices changed; --quick is a small run for a fast look.</summary>
public sealed record RefreshSettings
{
    public const string Usage = "usage: ZohoOdbc.Cache.Benchmarks [--quick] [--invoices N] [--changed-percent P] [--latency MS]";

    public int Invoices { get; init; } = 10_000;

    public double ChangedPercent { get; init; } = 1;

    public bool Quick { get; init; }

    /// <summary>Added to every API call by the emulator, to stand for Zoho's own answer time (the emulator answers in about a millisecond).</summary>
    public int LatencyMilliseconds { get; init; }

    public int Changed => Math.Max(1, (int)Math.Round(Invoices * ChangedPercent / 100));

    public static RefreshSettings Parse(IReadOnlyList<string> args)
    {
        var settings = new RefreshSettings();
        for (var i = 0; i < args.Count; i++)
        {
            settings = args[i] switch
            {
                "--quick" => settings with { Quick = true, Invoices = 1_000 },
                "--invoices" when i + 1 < args.Count => settings with { Invoices = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--changed-percent" when i + 1 < args.Count => settings with { ChangedPercent = double.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--latency" when i + 1 < args.Count => settings with { LatencyMilliseconds = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown argument '{args[i]}'"),
            };
        }
        if (settings.Invoices < 200) throw new ArgumentException("--invoices needs at least 200");
        return settings;
    }
}
