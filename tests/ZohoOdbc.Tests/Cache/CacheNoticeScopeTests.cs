using ZohoOdbc.Core;
using ZohoOdbc.Core.Zoho.Http;

namespace ZohoOdbc.Tests.Cache;

/// <summary>
/// A cache notice belongs to the execution that caused it: a statement running at the same time on the same session never
/// receives it, and a failed execution's notices do not turn up on the next one.
/// </summary>
[Collection(CacheCollection.Name)]
public sealed class CacheNoticeScopeTests(CacheEmulator emulator)
{
    private const string Stale = "SELECT invoice_id FROM invoices ORDER BY invoice_id";
    private const string Fresh = "SELECT contact_id FROM contacts ORDER BY contact_id";

    /// <summary>
    /// A session on a network about to be cut: invoices kept 10 minutes ago (stale, so answered from the previous copy with a
    /// notice once Zoho is out of reach), contacts kept now (fresh: no call, no notice).
    /// </summary>
    private static Session StaleAndFresh(CacheHarness harness, CuttableNetwork network)
    {
        var session = harness.OpenThrough(network);
        CacheHarness.Lines(session, Stale);
        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        CacheHarness.Lines(session, Fresh);
        network.Down = true;
        return session;
    }

    /// <summary>Every refresh here fails on purpose: an open circuit would only make each wait out its break.</summary>
    private static CircuitBreakers StaysClosed() => new(minimumThroughput: 100_000);

    [Fact]
    public async Task Two_executions_at_once_on_one_session_each_get_only_their_own_notices()
    {
        using var harness = new CacheHarness(emulator, "notice-scope") { Breakers = StaysClosed() };
        using var network = new CuttableNetwork(harness.Client);
        using var session = StaleAndFresh(harness, network);

        for (var round = 0; round < 3; round++)
        {
            var stale = Task.Run(() => CacheHarness.Run(session, Stale));
            var freshNotices = new List<string>();
            // The fresh statement runs again and again while the stale one refreshes in vain, and once more after it.
            do freshNotices.AddRange((await Task.Run(() => CacheHarness.Run(session, Fresh))).Notices);
            while (!stale.IsCompleted);
            var (rows, notices) = await stale;
            freshNotices.AddRange(CacheHarness.Run(session, Fresh).Notices);

            Assert.NotEmpty(rows);
            Assert.StartsWith("invoices: Zoho could not be reached (", Assert.Single(notices));
            Assert.Empty(freshNotices);
        }
    }

    [Fact]
    public void A_failed_execution_does_not_leave_its_notices_to_the_next_one()
    {
        using var harness = new CacheHarness(emulator, "notice-failed") { Breakers = StaysClosed() };
        using var network = new CuttableNetwork(harness.Client);
        using var session = StaleAndFresh(harness, network);

        // invoices answer from the previous copy (a notice), then items, never kept, need Zoho: the execution fails.
        var failed = Assert.Throws<ZohoOdbcException>(() => CacheHarness.Run(session, "SELECT i.invoice_id, t.item_id FROM invoices i CROSS JOIN items t"));
        Assert.NotEqual(SqlStates.ProgramLimitExceeded, failed.SqlState);

        // The failed execution did meet the stale copy (the log says so), but its notice went with it.
        Assert.Contains("cache: invoices: Zoho could not be reached", File.ReadAllText(harness.LogFile));
        Assert.Empty(CacheHarness.Run(session, Fresh).Notices);
        Assert.StartsWith("invoices: Zoho could not be reached (", Assert.Single(CacheHarness.Run(session, Stale).Notices));
    }
}
