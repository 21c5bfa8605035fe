using ZohoOdbc.Cli.Tests.Harness;
using ZohoOdbc.Emulator;

namespace ZohoOdbc.Cli.Tests;

/// <summary><c>zoho-odbc cache status|sync|clear</c> on a DSN set up against the emulator.</summary>
public sealed class CacheCommandTests : IDisposable
{
    private readonly EmulatorProcess emulator = EmulatorProcess.Start();
    private readonly OdbcSandbox sandbox = new();

    private ProcessResult Cli(string? stdin, params string[] args) => ChildProcess.Run(RepoPaths.Cli, args, sandbox.Environment, stdin);

    private void SetUp(string dsn, string cacheMode)
    {
        var setup = Cli(EmulatorCredentials.ClientSecret + "\n", "setup", "--dsn", dsn, "--driver", OdbcSandbox.DriverName,
            "--client-id", EmulatorCredentials.ClientId, "--client-secret", "-", "--refresh-token", EmulatorCredentials.RefreshToken,
            "--accounts-url", emulator.Url, "--cache-mode", cacheMode);
        Assert.True(setup.ExitCode == 0, setup.ToString());
    }

    [Fact]
    public void Before_anything_is_cached_each_command_says_what_to_do()
    {
        SetUp("Cached", "Replica");
        // Setup's test query may have cached Zoho's answer: start from an empty cache.
        var clear = Cli(null, "cache", "clear", "Cached");
        Assert.True(clear.ExitCode == 0, clear.ToString());
        Assert.Contains("already empty", Cli(null, "cache", "clear", "Cached").StdOut);

        var status = Cli(null, "cache", "status", "Cached");
        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Contains("CacheMode=Replica", status.StdOut);
        Assert.Contains("Nothing is cached yet", status.StdOut);

        var sync = Cli(null, "cache", "sync", "Cached");
        Assert.Equal(1, sync.ExitCode);
        Assert.Contains("--table invoices,contacts", sync.StdErr);

        SetUp("Uncached", "Off");
        var off = Cli(null, "cache", "sync", "Uncached", "--table", "invoices");
        Assert.Equal(1, off.ExitCode);
        Assert.Contains("does not cache (CacheMode=Off)", off.StdErr);

        Assert.Equal(2, Cli(null, "cache", "status", "Cached", "--table", "invoices").ExitCode);
        Assert.Equal(2, Cli(null, "cache", "rebuild", "Cached").ExitCode);
    }

    [Fact]
    public void Sync_fills_the_replica_with_progress_and_clear_empties_it()
    {
        SetUp("Cached", "Replica");
        var sync = Cli(null, "cache", "sync", "Cached", "--table", "invoices");
        Assert.True(sync.ExitCode == 0, sync.ToString());
        Assert.Contains("1/1 tables · invoices: 5,000 rows", sync.StdOut);

        var status = Cli(null, "cache", "status", "Cached");
        var invoices = status.StdOut.Split('\n').Single(l => l.TrimStart().StartsWith("invoices", StringComparison.Ordinal));
        Assert.Contains("5,000", invoices);

        // A second sync without --table brings what is cached up to date.
        var again = Cli(null, "cache", "sync", "Cached");
        Assert.True(again.ExitCode == 0, again.ToString());

        var clear = Cli(null, "cache", "clear", "Cached");
        Assert.Contains("Cleared the cache of 'Cached'", clear.StdOut);
        Assert.Contains("Nothing is cached yet", Cli(null, "cache", "status", "Cached").StdOut);
    }

    public void Dispose()
    {
        sandbox.Dispose();
        emulator.Dispose();
    }
}
