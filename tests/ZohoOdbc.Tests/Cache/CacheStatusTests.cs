using ZohoOdbc.Core;
using ZohoOdbc.Core.Cache;

namespace ZohoOdbc.Tests.Cache;

/// <summary>What the cache reports per table (for cache status and the system table), clearing it, and answering offline.</summary>
[Collection(CacheCollection.Name)]
public sealed class CacheStatusTests(CacheEmulator emulator)
{
    [Fact]
    public void Status_shows_rows_loads_deltas_reconciliations_and_calls_per_table_and_clear_removes_the_file()
    {
        using var harness = new CacheHarness(emulator, "status");
        Assert.Empty(CacheStatus.Read(CacheSettings.Default, harness.CacheDirectory, harness.ConfigDirectory, null, null));
        var loadedAt = harness.Clock.GetUtcNow();
        using (var session = harness.Open())
        {
            CacheHarness.Lines(session, "SELECT * FROM invoices");
            CacheHarness.Lines(session, "SELECT * FROM invoice_line_items WHERE invoice_id = '" + emulator.Server.Data.Current.Invoices[0].InvoiceId + "'");
            CacheHarness.Lines(session, "SELECT * FROM contacts WHERE status = 'active'");
            harness.Clock.Advance(TimeSpan.FromSeconds(301));
            CacheHarness.Lines(session, "SELECT * FROM invoices");
        }

        var tables = CacheStatus.Read(CacheSettings.Default, harness.CacheDirectory, harness.ConfigDirectory, ZohoProduct.Books, "60001234567");
        var invoices = Assert.Single(tables, t => t.Table == "invoices");
        Assert.Equal((CacheEmulator.Invoices, 1L, 0L), (invoices.Rows, invoices.Records, invoices.Answers));
        Assert.Equal((CacheEmulator.Invoices / 200 + 1L, 1L), (invoices.ListCalls, invoices.DetailCalls));
        Assert.InRange(invoices.LastFullLoad!.Value, loadedAt - TimeSpan.FromSeconds(5), loadedAt + TimeSpan.FromSeconds(60));
        Assert.Equal(invoices.LastFullLoad, invoices.LastReconciliation);
        Assert.True(invoices.LastDelta > invoices.LastFullLoad + TimeSpan.FromSeconds(300));
        Assert.Equal(invoices.LastDelta, invoices.UpToDateAt);
        Assert.Equal("cache-books-60001234567.db", invoices.File);
        Assert.Null(invoices.Problem);
        // Contacts were only asked for narrowly: kept as an answer, not replicated.
        var contacts = Assert.Single(tables, t => t.Table == "contacts");
        Assert.Equal((0L, 1L, null), (contacts.Rows, contacts.Answers, contacts.LastFullLoad));
        Assert.True(contacts.ListCalls >= 1);
        Assert.Empty(CacheStatus.Read(CacheSettings.Default, harness.CacheDirectory, harness.ConfigDirectory, ZohoProduct.Invoice, null));

        var cleared = CacheStatus.Clear(harness.CacheDirectory, ZohoProduct.Books, "60001234567");
        Assert.Contains("cache-books-60001234567.db", cleared);
        Assert.Empty(Directory.GetFiles(harness.CacheDirectory, "cache-*"));
        harness.ClearCalls();
        using (var session = harness.Open())
            Assert.Equal(CacheEmulator.Invoices, CacheHarness.Lines(session, "SELECT invoice_id FROM invoices").Count);
        Assert.Equal(CacheEmulator.Invoices / 200, harness.ListCalls("invoices"));
    }

    [Fact]
    public void Offline_answers_from_the_cache_whatever_its_age_and_refuses_what_it_does_not_hold()
    {
        using var harness = new CacheHarness(emulator, "offline");
        List<string> invoices;
        using (var session = harness.Open())
            invoices = CacheHarness.Lines(session, "SELECT * FROM invoices ORDER BY invoice_id");
        harness.Clock.Advance(TimeSpan.FromDays(3));
        harness.ClearCalls();

        using var offline = harness.Open(("Offline", "Yes"));
        Assert.Equal(invoices, CacheHarness.Lines(offline, "SELECT * FROM invoices ORDER BY invoice_id"));
        Assert.Equal(invoices.Count(l => l.Contains("\tpaid\t", StringComparison.Ordinal)),
            CacheHarness.Lines(offline, "SELECT * FROM invoices WHERE status = 'paid'").Count);
        Assert.Empty(harness.ApiCalls());
        Assert.Contains("cache: invoices: answered from the cache of ", File.ReadAllText(harness.LogFile));
        Assert.Contains(" 3 d 0 h old (Offline=Yes)", File.ReadAllText(harness.LogFile));

        var e = Assert.Throws<ZohoOdbcException>(() => CacheHarness.Lines(offline, "SELECT * FROM contacts"));
        Assert.StartsWith("Offline=Yes, and the cache holds no copy of what this query reads from contacts.", e.Message);
        Assert.Empty(harness.ApiCalls());
    }
}
