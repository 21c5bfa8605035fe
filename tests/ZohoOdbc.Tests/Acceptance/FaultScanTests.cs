using ZohoOdbc.Emulator;
using ZohoOdbc.Emulator.Control;

namespace ZohoOdbc.Tests.Acceptance;

/// <summary>
/// Issue 5's acceptance: a full scan under injected faults. Much of it is waiting (Retry-After pauses), so it starts
/// early beside the unit tests (see <see cref="WaitingCollectionsFirst"/>).
/// </summary>
[Collection(Name)]
public class FaultScanTests
{
    public const string Name = "Fault scan";

    /// <summary>
    /// About 30 % of all calls (the OAuth call included) answered with 429 (Retry-After 1 s), 500, or no answer at all (the
    /// connection hangs past the 1-second attempt timeout, then drops), during a full scan of 20,000 invoices (101 pages):
    /// the rows equal those of the same scan without faults, row for row.
    /// </summary>
    [Fact]
    public async Task Faults_during_a_full_scan_leave_the_result_unchanged()
    {
        using var writing = AcceptanceFiles.Writing();
        await using var harness = await EmulatorHarness.StartAsync(nameof(Faults_during_a_full_scan_leave_the_result_unchanged),
            new EmulatorOptions { Invoices = 20_000 });
        using var services = harness.Services(attemptTimeout: TimeSpan.FromSeconds(1));
        // The client-side governor would otherwise (rightly) spread 140 calls over two minutes.
        (string, string) fast = ("RequestsPerMinute", "1000");
        const string Scan = "SELECT * FROM invoices ORDER BY invoice_id";

        List<string> expected;
        using (var session = harness.Open(services, fast))
            expected = AcceptanceQueries.Lines(session, Scan);
        Assert.Equal(20_000, expected.Count);

        // Three rules tried in turn, each firing with p = 1 - 0.7^(1/3): together 30 % of requests.
        var p = 1 - Math.Pow(0.7, 1.0 / 3);
        harness.Server.Control.Faults.Add(new FaultRule { Kind = FaultKinds.RateLimit, Probability = p, RetryAfterSeconds = 1, Seed = 1 });
        harness.Server.Control.Faults.Add(new FaultRule { Kind = FaultKinds.InternalError, Probability = p, Seed = 2 });
        harness.Server.Control.Faults.Add(new FaultRule { Kind = FaultKinds.Timeout, Probability = p, HangMilliseconds = 3000, Seed = 3 });
        harness.Server.Requests.Clear();

        List<string> actual;
        using (var session = harness.Open(services, fast))
            actual = AcceptanceQueries.Lines(session, Scan);

        Assert.Equal(expected.Count, actual.Count);
        Assert.True(expected.SequenceEqual(actual), "the rows differ from the fault-free scan");
        var faults = harness.Server.Control.Faults.List();
        var calls = harness.Server.Requests.Snapshot();
        var injected = faults.Sum(f => f.Injected);
        Assert.True(faults.All(f => f.Injected >= 5), string.Join(", ", faults.Select(f => $"{f.Rule.Kind}: {f.Injected}")));
        Assert.InRange((double)injected / calls.Count, 0.2, 0.4);
    }

}
