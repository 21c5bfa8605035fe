using System.Globalization;

namespace ZohoOdbc.Emulator;

/// <summary>Command-line settings of one emulator instance.</summary>
public sealed record EmulatorOptions
{
    public const string Usage =
        "usage: ZohoOdbc.Emulator [--port N] [--seed S] [--contacts N] [--invoices N] " +
        "[--token-lifetime SECONDS] [--token-limit] [--rate-limit] [--daily-limit] [--concurrency-limit] [--limits] [--exit-on-stdin-close]";

    /// <summary>TCP port on 127.0.0.1; 0 lets the system pick a free one.</summary>
    public int Port { get; init; }

    public int Seed { get; init; } = 42;

    public int Contacts { get; init; } = 1000;

    public int Invoices { get; init; } = 5000;

    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromSeconds(3600);

    /// <summary>Zoho's 10 access tokens per refresh token per 10 minutes (off by default: test harnesses open many connections).</summary>
    public bool TokenLimit { get; init; }

    /// <summary>100 requests per minute per organization (429 code 44); off by default.</summary>
    public bool RateLimit { get; init; }

    /// <summary>The daily quota of the organization's plan (429 code 45); off by default.</summary>
    public bool DailyLimit { get; init; }

    /// <summary>Concurrent calls in flight per organization (429 code 1070); off by default.</summary>
    public bool ConcurrencyLimit { get; init; }

    /// <summary>Stop when standard input reaches end of file, so a dead test harness does not leak the process.</summary>
    public bool ExitOnStdinClose { get; init; }

    /// <summary>Parses <c>--name value</c> or <c>--name=value</c> arguments; throws <see cref="ArgumentException"/> on bad input.</summary>
    public static EmulatorOptions Parse(IReadOnlyList<string> args)
    {
        var options = new EmulatorOptions();
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            string? inlineValue = null;
            int equals = name.IndexOf('=', StringComparison.Ordinal);
            if (name.StartsWith("--", StringComparison.Ordinal) && equals > 0)
            {
                inlineValue = name[(equals + 1)..];
                name = name[..equals];
            }

            switch (name)
            {
                case "--port":
                    options = options with { Port = ReadInt(name, NextValue(), 0, 65535) };
                    break;
                case "--seed":
                    options = options with { Seed = ReadInt(name, NextValue(), int.MinValue, int.MaxValue) };
                    break;
                case "--contacts":
                    options = options with { Contacts = ReadInt(name, NextValue(), 0, 10_000_000) };
                    break;
                case "--invoices":
                    options = options with { Invoices = ReadInt(name, NextValue(), 0, 10_000_000) };
                    break;
                case "--token-lifetime":
                    options = options with { TokenLifetime = TimeSpan.FromSeconds(ReadInt(name, NextValue(), 1, int.MaxValue)) };
                    break;
                case "--exit-on-stdin-close":
                    NoValue();
                    options = options with { ExitOnStdinClose = true };
                    break;
                case "--token-limit":
                    NoValue();
                    options = options with { TokenLimit = true };
                    break;
                case "--rate-limit":
                    NoValue();
                    options = options with { RateLimit = true };
                    break;
                case "--daily-limit":
                    NoValue();
                    options = options with { DailyLimit = true };
                    break;
                case "--concurrency-limit":
                    NoValue();
                    options = options with { ConcurrencyLimit = true };
                    break;
                case "--limits":
                    NoValue();
                    options = options with { RateLimit = true, DailyLimit = true, ConcurrencyLimit = true };
                    break;
                default:
                    throw new ArgumentException($"unknown argument '{args[i]}'");
            }

            void NoValue()
            {
                if (inlineValue is not null)
                {
                    throw new ArgumentException($"{name} takes no value");
                }
            }

            string NextValue()
            {
                if (inlineValue is not null)
                {
                    return inlineValue;
                }

                if (i + 1 >= args.Count)
                {
                    throw new ArgumentException($"{name} needs a value");
                }

                return args[++i];
            }
        }

        if (options.Invoices > 0 && options.Contacts == 0)
        {
            throw new ArgumentException("--invoices needs at least one contact to bill");
        }

        return options;
    }

    private static int ReadInt(string name, string text, int min, int max)
    {
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) || value < min || value > max)
        {
            throw new ArgumentException($"{name} expects an integer between {min} and {max}, got '{text}'");
        }

        return value;
    }
}
