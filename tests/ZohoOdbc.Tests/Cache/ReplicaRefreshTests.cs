using System.Text.Json.Nodes;
using ZohoOdbc.Emulator.Data;

namespace ZohoOdbc.Tests.Cache;

/// <summary>Issue 7's acceptance on API calls: repeat queries, refreshes after CacheTtl, edits with their line items, deletions.</summary>
[Collection(CacheCollection.Name)]
public sealed class ReplicaRefreshTests(CacheEmulator emulator)
{
    private const string AllInvoices = "SELECT * FROM invoices ORDER BY invoice_id";
    private const string AllContacts = "SELECT * FROM contacts ORDER BY contact_id";
    private const string AllLineItems = "SELECT * FROM invoice_line_items ORDER BY invoice_id, line_item_id";

    [Fact]
    public void The_same_query_within_CacheTtl_makes_no_call_and_after_it_one_call_per_table()
    {
        using var harness = new CacheHarness(emulator, "ttl");
        using var session = harness.Open();
        var invoices = CacheHarness.Lines(session, AllInvoices);
        var contacts = CacheHarness.Lines(session, AllContacts);
        Assert.Equal(CacheEmulator.Invoices, invoices.Count);
        Assert.Equal(CacheEmulator.Invoices / 200, harness.ListCalls("invoices"));

        harness.ClearCalls();
        Assert.Equal(invoices, CacheHarness.Lines(session, AllInvoices));
        Assert.Equal(contacts, CacheHarness.Lines(session, AllContacts));
        using (var other = harness.Open())
            Assert.Equal(invoices, CacheHarness.Lines(other, AllInvoices));
        Assert.Empty(harness.ApiCalls());

        harness.Clock.Advance(TimeSpan.FromSeconds(301));
        Assert.Equal(invoices, CacheHarness.Lines(session, AllInvoices));
        Assert.Equal(contacts, CacheHarness.Lines(session, AllContacts));
        Assert.Equal(1, harness.ListCalls("invoices"));
        Assert.Equal(1, harness.ListCalls("contacts"));
        Assert.Equal(2, harness.ApiCalls().Count);
    }

    [Fact]
    public void Filtered_queries_on_a_replica_answer_as_Zoho_does_without_a_call()
    {
        using var harness = new CacheHarness(emulator, "filters");
        string[] queries =
        [
            "SELECT invoice_id, status, total FROM invoices WHERE status = 'paid' ORDER BY invoice_id",
            "SELECT invoice_id FROM invoices WHERE status IN ('void', 'overdue') ORDER BY invoice_id",
            "SELECT invoice_id, date FROM invoices WHERE date >= '2026-01-01' AND date < '2026-03-01' ORDER BY invoice_id",
            "SELECT invoice_id FROM invoices WHERE total > 1000 AND total <= 5000 ORDER BY invoice_id",
            "SELECT invoice_id, invoice_number FROM invoices WHERE invoice_number LIKE 'INV-0001%' ORDER BY invoice_id",
            "SELECT TOP 5 invoice_id, date FROM invoices ORDER BY date DESC, invoice_id",
            "SELECT contact_id FROM contacts WHERE status = 'active' ORDER BY contact_id",
            "SELECT c.contact_name, count(*) AS n FROM invoices i JOIN contacts c ON c.contact_id = i.customer_id GROUP BY c.contact_name ORDER BY n DESC, c.contact_name",
        ];
        List<List<string>> expected;
        using (var direct = harness.Open(("CacheMode", "Off")))
            expected = queries.Select(q => CacheHarness.Lines(direct, q)).ToList();
        Assert.All(expected, rows => Assert.NotEmpty(rows));

        using var session = harness.Open();
        CacheHarness.Lines(session, AllInvoices);
        CacheHarness.Lines(session, AllContacts);
        harness.ClearCalls();
        for (var i = 0; i < queries.Length; i++) Assert.Equal(expected[i], CacheHarness.Lines(session, queries[i]));
        Assert.Empty(harness.ApiCalls());
    }

    [Fact]
    public void A_narrow_query_on_a_table_never_read_in_full_costs_what_it_costs_without_the_cache_once()
    {
        using var harness = new CacheHarness(emulator, "narrow");
        using var session = harness.Open();
        var paid = CacheHarness.Lines(session, "SELECT invoice_id FROM invoices WHERE status = 'paid'");
        var pages = harness.ListCalls("invoices");
        Assert.InRange(pages, 1, CacheEmulator.Invoices / 200 - 1);
        Assert.Equal(paid, CacheHarness.Lines(session, "SELECT invoice_id FROM invoices WHERE status = 'paid'"));
        Assert.Equal(pages, harness.ListCalls("invoices"));
    }

    [Fact]
    public async Task Three_edited_invoices_show_with_their_line_items_after_at_most_2_list_calls_and_3_detail_calls()
    {
        using var harness = new CacheHarness(emulator, "edits");
        using var session = harness.Open();
        CacheHarness.Lines(session, AllInvoices);
        var lines = CacheHarness.Lines(session, AllLineItems);
        Assert.Equal(CacheEmulator.Invoices, harness.DetailCalls("invoices"));

        var edited = emulator.Server.Data.Current.Invoices.Where((_, i) => i % 300 == 7).Take(3).ToList();
        foreach (var invoice in edited)
        {
            var items = LineItemsJson(invoice);
            items[0]!["description"] = "edited line of " + invoice.InvoiceId;
            await harness.EditAsync("invoices", invoice.InvoiceId, new JsonObject { ["reference_number"] = "EDITED-" + invoice.InvoiceId, ["line_items"] = items });
        }
        harness.ClearCalls();
        harness.Clock.Advance(TimeSpan.FromSeconds(301));

        var invoices = CacheHarness.Lines(session, AllInvoices);
        var after = CacheHarness.Lines(session, AllLineItems);
        Assert.InRange(harness.ListCalls("invoices"), 1, 2);
        Assert.Equal(3, harness.DetailCalls("invoices"));
        foreach (var invoice in edited)
        {
            Assert.Contains(invoices, l => l.StartsWith(invoice.InvoiceId + "\t", StringComparison.Ordinal) && l.Contains("\tEDITED-" + invoice.InvoiceId + "\t", StringComparison.Ordinal));
            Assert.Contains(after, l => l.StartsWith(invoice.InvoiceId + "\t", StringComparison.Ordinal) && l.Contains("edited line of " + invoice.InvoiceId, StringComparison.Ordinal));
        }
        Assert.Equal(lines.Count, after.Count);
        Assert.Equal(3, lines.Except(after).Count());

        // And they match what Zoho says now.
        using var direct = harness.Open(("CacheMode", "Off"));
        var probe = $"SELECT * FROM invoice_line_items WHERE invoice_id IN ({string.Join(", ", edited.Select(e => $"'{e.InvoiceId}'"))}) ORDER BY invoice_id, line_item_id";
        Assert.Equal(CacheHarness.Lines(direct, probe), CacheHarness.Lines(session, probe));
    }

    [Fact]
    public async Task A_deleted_invoice_is_gone_after_the_next_reconciliation_and_no_key_is_ever_twice()
    {
        using var harness = new CacheHarness(emulator, "cycles");
        // A reconciliation every third refresh: deltas in between.
        using var session = harness.Open(("ReconcileInterval", "900"));
        CacheHarness.Lines(session, AllInvoices);
        var random = new Random(7);
        var deleted = new List<string>();
        for (var cycle = 1; cycle <= 9; cycle++)
        {
            var current = emulator.Server.Data.Current.Invoices;
            for (var k = 0; k < 3; k++)
            {
                var target = current[random.Next(current.Count)];
                await harness.EditAsync("invoices", target.InvoiceId, new JsonObject { ["reference_number"] = $"C{cycle}-{k}" });
            }
            await harness.CreateAsync("invoices", current[random.Next(current.Count)].InvoiceId, new JsonObject { ["reference_number"] = $"NEW-{cycle}" });
            var victim = current[random.Next(current.Count)].InvoiceId;
            await harness.DeleteAsync("invoices", victim);
            deleted.Add(victim);
            harness.Clock.Advance(TimeSpan.FromSeconds(301));

            var ids = CacheHarness.Lines(session, "SELECT invoice_id FROM invoices").Select(l => l.TrimEnd('\t')).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
            Assert.Empty(CacheHarness.Lines(session, "SELECT invoice_id FROM invoices GROUP BY invoice_id HAVING COUNT(*) > 1"));
            var zoho = emulator.Server.Data.Current.Invoices.Select(i => i.InvoiceId).ToHashSet(StringComparer.Ordinal);
            // Every record Zoho has is there at once (new ones come with the delta); deleted ones leave at the reconciliation.
            Assert.Superset(zoho, ids.ToHashSet(StringComparer.Ordinal));
            if (cycle % 3 == 0) Assert.Equal(zoho, ids.ToHashSet(StringComparer.Ordinal));
            Assert.Contains(CacheHarness.Lines(session, "SELECT reference_number FROM invoices WHERE reference_number LIKE 'NEW-%'"), l => l == $"NEW-{cycle}\t");
        }
        Assert.DoesNotContain(CacheHarness.Lines(session, "SELECT invoice_id FROM invoices"), l => deleted.Contains(l.TrimEnd('\t')));
    }

    [Fact]
    public void Pages_mode_keeps_answers_for_CacheTtl_and_Off_keeps_nothing()
    {
        using var harness = new CacheHarness(emulator, "pages");
        using (var pages = harness.Open(("CacheMode", "Pages")))
        {
            var rows = CacheHarness.Lines(pages, "SELECT invoice_id, total FROM invoices WHERE status = 'paid' ORDER BY invoice_id");
            var calls = harness.ApiCalls().Count;
            Assert.Equal(rows, CacheHarness.Lines(pages, "SELECT invoice_id, total FROM invoices WHERE status = 'paid' ORDER BY invoice_id"));
            Assert.Equal(calls, harness.ApiCalls().Count);
            harness.Clock.Advance(TimeSpan.FromSeconds(301));
            Assert.Equal(rows, CacheHarness.Lines(pages, "SELECT invoice_id, total FROM invoices WHERE status = 'paid' ORDER BY invoice_id"));
            Assert.True(2 * calls == harness.ApiCalls().Count, harness.Describe());
        }

        var off = new CacheHarness(emulator, "off");
        using (off)
        using (var session = off.Open(("CacheMode", "Off")))
        {
            CacheHarness.Lines(session, "SELECT TOP 3 invoice_id FROM invoices");
            CacheHarness.Lines(session, "SELECT TOP 3 invoice_id FROM invoices");
            Assert.True(off.ListCalls("invoices") == 2, off.Describe());
            Assert.Empty(System.IO.Directory.EnumerateFiles(off.CacheDirectory, "cache-*"));
        }
    }

    private static JsonArray LineItemsJson(Invoice invoice) =>
        System.Text.Json.JsonSerializer.SerializeToNode(invoice.LineItems,
            new System.Text.Json.JsonSerializerOptions { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower })!.AsArray();
}

/// <summary>The cache tests against one emulator; they run alone, so that their timing and call counts are their own.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CacheCollection : ICollectionFixture<CacheEmulator>
{
    public const string Name = "Cache against the emulator";
}
