using ZohoOdbc.Emulator;

namespace ZohoOdbc.Tests.Acceptance;

/// <summary>
/// Issue 5's acceptance: several processes, one governor. It mostly waits out a minute, so it runs first and beside the
/// unit tests (see <see cref="WaitingCollectionsFirst"/>) rather than alone at the end.
/// </summary>
[Collection(Name)]
public class EightProcessTests
{
    public const string Name = "Eight processes";

    private const string PrimaryOrganization = EmulatorCredentials.OrganizationId;

    /// <summary>
    /// 8 processes (the scan probe) scan a 3,000-invoice organization (15 pages each, 120 calls) at once against one emulator
    /// that enforces Zoho's 100 calls per minute, sharing the governor file: the emulator sees no 429 and never more than 100
    /// calls in any minute, so the last 20 calls wait for the window (the test takes about a minute). They share one token too.
    /// </summary>
    [Fact]
    public async Task Eight_processes_share_the_governor_and_stay_under_Zohos_limit()
    {
        using var writing = AcceptanceFiles.Writing();
        await using var harness = await EmulatorHarness.StartAsync(nameof(Eight_processes_share_the_governor_and_stay_under_Zohos_limit),
            new EmulatorOptions { Invoices = 3_000, RateLimit = true });
        var shared = AcceptanceFiles.Directory("eight-processes");
        var connection = string.Join(';',
            $"ClientId={EmulatorCredentials.ClientId}", $"ClientSecret={EmulatorCredentials.ClientSecret}", $"RefreshToken={EmulatorCredentials.RefreshToken}",
            $"AccountsUrl={harness.Server.BaseUrl}", $"OrganizationId={PrimaryOrganization}", "RequestsPerMinute=100", "CacheMode=Off",
            $"CachePath={Path.Combine(shared, "cache")}", $"LogFile={AcceptanceFiles.LogFile("eight-processes")}", "LogLevel=Debug");

        var probes = Enumerable.Range(0, 8).Select(_ => ScanProbe.Start("SELECT * FROM invoices", connection, configDirectory: Path.Combine(shared, "config"))).ToList();
        var results = await Task.WhenAll(probes.Select(p => p.WaitAsync(TimeSpan.FromMinutes(3))));

        Assert.All(results, r => Assert.True(r.ExitCode == 0, $"exit {r.ExitCode}: {r.Error}"));
        Assert.All(results, r => Assert.StartsWith("rows=3000 ", r.Output));
        Assert.Single(results.Select(r => r.Output.Split(' ')[1]).Distinct());

        var log = harness.Server.Requests.Snapshot();
        Assert.DoesNotContain(log, r => r.StatusCode == 429);
        var calls = log.Where(r => r.OrganizationId == PrimaryOrganization).OrderBy(r => r.TimeUtc).ToList();
        Assert.Equal(8 * 15, calls.Count);
        Assert.True(AcceptanceQueries.MostInAnyMinute(calls) <= 100, $"{AcceptanceQueries.MostInAnyMinute(calls)} calls in one minute");
        Assert.True(calls[^1].TimeUtc - calls[0].TimeUtc >= TimeSpan.FromSeconds(60), "the processes never had to wait for the window");
        Assert.Single(log, r => r.Path.EndsWith("/oauth/v2/token", StringComparison.Ordinal));
        // One log file for the 8 processes: every call is one whole line.
        var lines = File.ReadAllLines(AcceptanceFiles.LogFile("eight-processes"));
        Assert.Equal(8 * 15, lines.Count(l => l.Contains(" api GET /books/v3/invoices?", StringComparison.Ordinal) && l.EndsWith("attempt=1", StringComparison.Ordinal)));
    }

}
