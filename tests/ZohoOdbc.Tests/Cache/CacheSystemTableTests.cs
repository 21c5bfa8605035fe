using ZohoOdbc.Core;

namespace ZohoOdbc.Tests.Cache;

/// <summary>The sys_cache system table: what the connection's cache holds per table, read without any API call.</summary>
[Collection(CacheCollection.Name)]
public sealed class CacheSystemTableTests(CacheEmulator emulator)
{
    private const string Query =
        "SELECT table_name, cache_mode, state, rows, answers, api_calls, list_calls, detail_calls, " +
        "CASE WHEN last_full_load IS NULL THEN 0 ELSE 1 END, CASE WHEN last_reconciliation IS NULL THEN 0 ELSE 1 END, " +
        "CASE WHEN last_delta IS NULL THEN 0 ELSE 1 END FROM sys_cache ORDER BY table_name";

    [Fact]
    public void Sys_cache_shows_rows_loads_and_calls_per_table_without_calling_Zoho()
    {
        using var harness = new CacheHarness(emulator, "systable");
        using var session = harness.Open();
        Assert.Contains("sys_cache", session.Tables.Select(t => t.Name));
        Assert.Empty(CacheHarness.Lines(session, Query));

        CacheHarness.Lines(session, "SELECT * FROM invoices");
        CacheHarness.Lines(session, "SELECT * FROM contacts WHERE status = 'active'");
        harness.ClearCalls();
        var lines = CacheHarness.Lines(session, Query);
        Assert.Empty(harness.ApiCalls());
        var pages = CacheEmulator.Invoices / 200;
        Assert.Equal(2, lines.Count);
        // Contacts were only asked for narrowly: kept as an answer, not replicated.
        Assert.Matches(@"^contacts\tReplica\tanswers\t0\t1\t(\d+)\t\1\t0\t0\t0\t0\t$", lines[0]);
        Assert.Equal($"invoices\tReplica\tfresh\t{CacheEmulator.Invoices}\t0\t{pages}\t{pages}\t0\t1\t1\t0\t", lines[1]);

        // Older than CacheTtl: stale until the next query brings it up to date with a delta.
        harness.Clock.Advance(TimeSpan.FromSeconds(301));
        Assert.Contains(CacheHarness.Lines(session, Query), l => l.StartsWith("invoices\tReplica\tstale\t", StringComparison.Ordinal));
        CacheHarness.Lines(session, "SELECT invoice_id FROM invoices");
        var refreshed = Assert.Single(CacheHarness.Lines(session, Query), l => l.StartsWith("invoices\t", StringComparison.Ordinal));
        Assert.StartsWith("invoices\tReplica\tfresh\t", refreshed);
        Assert.EndsWith("\t1\t1\t1\t", refreshed);
    }

    [Fact]
    public void Sys_cache_is_empty_without_a_cache()
    {
        using var harness = new CacheHarness(emulator, "systable-off");
        using var session = harness.Open(("CacheMode", "Off"));
        CacheHarness.Lines(session, "SELECT TOP 1 invoice_id FROM invoices");
        harness.ClearCalls();
        Assert.Empty(CacheHarness.Lines(session, Query));
        Assert.Empty(harness.ApiCalls());
    }
}
