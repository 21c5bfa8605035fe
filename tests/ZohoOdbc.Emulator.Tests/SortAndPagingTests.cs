using System.Net;
using System.Text.Json;

namespace ZohoOdbc.Emulator.Tests;

/// <summary>sort_column / sort_order, page / per_page edges and page_context (201 contacts: one page of 200 and one of 1).</summary>
public sealed class SortAndPagingTests(EmulatorHost host) : IClassFixture<EmulatorHost>
{
    [Fact]
    public async Task Sorts_ascending_and_descending_by_any_declared_column()
    {
        var rows = await host.AllRowsAsync("invoices", "invoices", "sort_column=total&sort_order=A");
        Assert.Equal(host.Data.Invoices.OrderBy(i => i.Total).Select(i => i.InvoiceNumber), rows.Strs("invoice_number"));

        rows = await host.AllRowsAsync("invoices", "invoices", "sort_column=customer_name&sort_order=D");
        Assert.Equal(host.Data.Invoices.OrderByDescending(i => i.CustomerName, StringComparer.OrdinalIgnoreCase)
                .ThenByDescending(i => i.CustomerName, StringComparer.Ordinal)
                .ThenByDescending(i => i.InvoiceId, StringComparer.Ordinal).Select(i => i.InvoiceNumber),
            rows.Strs("invoice_number"));

        Reply reply = await host.ListAsync("invoices", "per_page=5");
        JsonElement page = reply.Body.GetProperty("page_context");
        Assert.Equal("created_time", page.Str("sort_column"));
        Assert.Equal("D", page.Str("sort_order"));
        Assert.Equal("Status.All", page.Str("applied_filter"));
        Assert.Equal("Invoices", page.Str("report_name"));
    }

    [Fact]
    public async Task Exactly_201_rows_give_a_full_page_then_one_row()
    {
        Assert.Equal(201, host.Data.Contacts.Count);
        Reply first = await host.ListAsync("contacts", "page=1&per_page=200");
        Assert.Equal(200, first.Body.GetProperty("contacts").GetArrayLength());
        Assert.True(first.Body.GetProperty("page_context").GetProperty("has_more_page").GetBoolean());

        Reply second = await host.ListAsync("contacts", "page=2&per_page=200");
        Assert.Equal(1, second.Body.GetProperty("contacts").GetArrayLength());
        Assert.False(second.Body.GetProperty("page_context").GetProperty("has_more_page").GetBoolean());

        var all = first.Body.GetProperty("contacts").EnumerateArray().Concat(second.Body.GetProperty("contacts").EnumerateArray()).Strs("contact_id");
        Assert.Equal(201, all.Distinct().Count());
    }

    [Fact]
    public async Task Per_page_is_capped_at_200_and_pages_past_the_end_are_empty()
    {
        Reply big = await host.ListAsync("invoices", "per_page=500");
        Assert.Equal(200, big.Body.GetProperty("invoices").GetArrayLength());
        Assert.Equal(200, big.Body.GetProperty("page_context").GetProperty("per_page").GetInt32());

        Reply beyond = await host.ListAsync("invoices", "page=99");
        Assert.Equal(0, beyond.Body.GetProperty("invoices").GetArrayLength());
        Assert.False(beyond.Body.GetProperty("page_context").GetProperty("has_more_page").GetBoolean());

        Reply zero = await host.ListAsync("invoices", "page=0");
        Assert.Equal(HttpStatusCode.BadRequest, zero.Status);
        Assert.Equal(2, zero.Code);
    }

    [Fact]
    public async Task Response_option_2_counts_without_rows()
    {
        Reply reply = await host.ListAsync("invoices", "response_option=2&status=paid&per_page=50");
        JsonElement page = reply.Body.GetProperty("page_context");
        int paid = host.Data.Invoices.Count(i => i.Status == "paid");
        Assert.Equal(paid, page.GetProperty("total").GetInt32());
        Assert.Equal((paid + 49) / 50, page.GetProperty("total_pages").GetInt32());
        Assert.Equal(0, reply.Body.GetProperty("invoices").GetArrayLength());
    }

    [Fact]
    public async Task Paging_never_repeats_or_skips_rows_when_sort_values_tie()
    {
        var rows = await host.AllRowsAsync("invoices", "invoices", "sort_column=date&sort_order=A");
        Assert.Equal(host.Data.Invoices.Count, rows.Strs("invoice_id").Distinct().Count());
    }
}
