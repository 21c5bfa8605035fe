using ZohoOdbc.Core;

namespace ZohoOdbc.Tests.Cache;

/// <summary>
/// MaxCallsPerQuery and EXPLAIN count API calls, not rows: what a warm cache answers costs nothing, EXPLAIN says the cache
/// serves it, and its estimate is still the number of calls the query then makes.
/// </summary>
[Collection(CacheCollection.Name)]
public sealed class CacheCallBudgetTests(CacheEmulator emulator)
{
    private const int EstimatedCalls = 7, CacheServed = 8, ExplainCalls = 9, Notes = 10;

    private static List<object?[]> Explain(Session session, string sql)
    {
        using var reader = session.Prepare("EXPLAIN " + sql).Execute();
        var rows = new List<object?[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.Columns.Count).Select(reader.GetValue).ToArray());
        return rows;
    }

    [Theory]
    [InlineData("SELECT invoice_number, total FROM invoices WHERE status = 'paid' ORDER BY total DESC")]
    [InlineData("SELECT TOP 3 invoice_number FROM invoices ORDER BY date")]
    [InlineData("SELECT invoice_id, count(*) FROM invoice_line_items GROUP BY invoice_id")]
    public void A_warm_replica_is_explained_as_cached_with_no_calls_and_is_not_refused_by_MaxCallsPerQuery(string sql)
    {
        using var harness = new CacheHarness(emulator, "budget");
        using (var warm = harness.Open())
            CacheHarness.Lines(warm, "SELECT * FROM invoice_line_items");

        harness.ClearCalls();
        using var session = harness.Open(("MaxCallsPerQuery", "3"));
        var plan = Explain(session, sql);
        var row = Assert.Single(plan);
        Assert.True((bool)row[CacheServed]!, $"not cached: {row[Notes]}");
        Assert.Equal((0L, 0L), ((long)row[EstimatedCalls]!, (long)row[ExplainCalls]!));
        Assert.Contains("answered from the replica", (string)row[Notes]!);
        Assert.Empty(harness.ApiCalls());

        Assert.NotEmpty(CacheHarness.Lines(session, sql));
        Assert.Empty(harness.ApiCalls());
    }

    [Fact]
    public void A_stale_replica_is_explained_with_the_calls_of_its_delta_and_the_query_makes_them()
    {
        using var harness = new CacheHarness(emulator, "budget-stale");
        using var session = harness.Open();
        CacheHarness.Lines(session, "SELECT invoice_id FROM invoices");
        harness.Clock.Advance(TimeSpan.FromSeconds(301));
        harness.ClearCalls();

        var row = Assert.Single(Explain(session, "SELECT invoice_id FROM invoices"));
        Assert.True((bool)row[CacheServed]!);
        Assert.Equal((1L, 1L), ((long)row[EstimatedCalls]!, (long)row[ExplainCalls]!));
        Assert.Contains("brought up to date", (string)row[Notes]!);
        harness.ClearCalls();
        CacheHarness.Lines(session, "SELECT invoice_id FROM invoices");
        Assert.Equal(1, harness.ListCalls("invoices"));
    }

    [Fact]
    public void Without_a_cache_nothing_is_explained_as_cached()
    {
        using var harness = new CacheHarness(emulator, "budget-off");
        using var session = harness.Open(("CacheMode", "Off"));
        CacheHarness.Lines(session, "SELECT invoice_id FROM invoices");
        var row = Assert.Single(Explain(session, "SELECT invoice_id FROM invoices"));
        Assert.False((bool)row[CacheServed]!);
        Assert.Equal(CacheEmulator.Invoices / 200L, (long)row[EstimatedCalls]!);
    }
}
