using System.Diagnostics;
using Microsoft.Data.Sqlite;
using ZohoOdbc.Core.Cache;
using ZohoOdbc.Emulator;
using ZohoOdbc.Emulator.Control;

namespace ZohoOdbc.Tests.Cache;

/// <summary>Several sessions and processes on one cache file: one refresher per table, waiting, and a refresher killed mid-way.</summary>
[Collection(CacheCollection.Name)]
public sealed class CacheProcessTests(CacheEmulator emulator)
{
    private const string AllInvoices = "SELECT * FROM invoices ORDER BY invoice_id";

    [Fact]
    public async Task A_process_killed_in_mid_refresh_leaves_a_cache_the_next_query_uses_and_repairs()
    {
        using var harness = new CacheHarness(emulator, "kill");
        List<string> expected;
        using (var direct = harness.Open(("CacheMode", "Off")))
            expected = CacheHarness.Lines(direct, AllInvoices);

        // Slow pages, one at a time: the child is killed after three of its five pages.
        harness.Server.Control.Slowdown.Settings = new LatencySettings(400, "/books/v3/invoices");
        harness.ClearCalls();
        using (var child = ProbeProcess.Start("SELECT * FROM invoices", ChildKeywords(harness), harness.ConfigDirectory))
        {
            var watch = Stopwatch.StartNew();
            while (harness.ServerListCalls("invoices") < 3)
            {
                Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), "the child never started its refresh");
                await Task.Delay(20);
            }
            child.Kill();
        }
        harness.Server.Control.Slowdown.Settings = new LatencySettings();
        // The call the child had in flight is logged when the emulator answers it, after the kill.
        await harness.QuietAsync();

        // Killed in mid-refresh: rows of the new generation are on disk, uncommitted, and its lease names a dead process.
        var file = Path.Combine(harness.CacheDirectory, "cache-books-60001234567.db");
        Assert.True(Scalar(file, "SELECT count(*) FROM records") > 0, "the child wrote no page before it was killed");
        Assert.Equal(1, Scalar(file, "SELECT count(*) FROM leases"));
        Assert.DoesNotContain(CacheStatus.Read(CacheSettings.Default, harness.CacheDirectory, harness.ConfigDirectory, null, null), t => t.Table == "invoices" && t.Rows > 0);

        harness.ClearCalls();
        using var session = harness.Open();
        var rows = CacheHarness.Lines(session, AllInvoices);
        Assert.Equal(expected, rows);
        Assert.Equal(CacheEmulator.Invoices / 200, harness.ListCalls("invoices"));
        Assert.Equal(CacheEmulator.Invoices, Scalar(file, "SELECT count(*) FROM records"));
        Assert.Equal(0, Scalar(file, "SELECT count(*) FROM leases"));
    }

    [Fact]
    public async Task A_query_waits_for_another_process_refreshing_the_table_and_makes_no_call_of_its_own()
    {
        using var harness = new CacheHarness(emulator, "wait");
        harness.Server.Control.Slowdown.Settings = new LatencySettings(300, "/books/v3/invoices");
        using var child = ProbeProcess.Start("SELECT * FROM invoices", ChildKeywords(harness), harness.ConfigDirectory);
        var watch = Stopwatch.StartNew();
        while (harness.ServerListCalls("invoices") < 1)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), "the child never started its refresh");
            await Task.Delay(20);
        }

        using var session = harness.Open();
        var rows = CacheHarness.Lines(session, "SELECT invoice_id FROM invoices");
        var (exitCode, output, error) = await child.WaitAsync(TimeSpan.FromSeconds(60));
        harness.Server.Control.Slowdown.Settings = new LatencySettings();

        Assert.True(exitCode == 0, error);
        Assert.StartsWith($"rows={CacheEmulator.Invoices} ", output);
        Assert.Equal(CacheEmulator.Invoices, rows.Count);
        // The child's five pages, and none of this process.
        Assert.Empty(harness.ApiCalls());
        await harness.QuietAsync();
        Assert.Equal(CacheEmulator.Invoices / 200, harness.ServerListCalls("invoices"));
    }

    [Fact]
    public async Task Sessions_refreshing_the_same_stale_table_at_once_make_one_delta()
    {
        using var harness = new CacheHarness(emulator, "parallel");
        var sessions = Enumerable.Range(0, 4).Select(_ => harness.Open()).ToList();
        try
        {
            CacheHarness.Lines(sessions[0], AllInvoices);
            harness.Clock.Advance(TimeSpan.FromSeconds(301));
            harness.ClearCalls();
            var results = await Task.WhenAll(sessions.Select(s => Task.Run(() => CacheHarness.Lines(s, AllInvoices))));
            Assert.All(results, r => Assert.Equal(results[0], r));
            Assert.Equal(1, harness.ListCalls("invoices"));
        }
        finally
        {
            foreach (var session in sessions) session.Dispose();
        }
    }

    private static Dictionary<string, string> ChildKeywords(CacheHarness harness)
    {
        var keywords = harness.Keywords(("AccountsUrl", harness.Server.BaseUrl), ("MaxConcurrency", "1"));
        keywords.Remove("Region");
        return keywords;
    }

    private static long Scalar(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
