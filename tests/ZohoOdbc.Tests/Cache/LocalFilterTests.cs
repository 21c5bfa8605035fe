using ZohoOdbc.Core;
using ZohoOdbc.Core.Cache;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Tests.Cache;

/// <summary>Zoho's list filters applied to cached rows: exact where it can be, more rows (never fewer) where it cannot.</summary>
public sealed class LocalFilterTests
{
    private static readonly EntityDefinition Invoices = (EntityDefinition)EntityCatalog.For(ZohoProduct.Books).Find("invoices")!;
    private static readonly EntityDefinition Contacts = (EntityDefinition)EntityCatalog.For(ZohoProduct.Books).Find("contacts")!;

    private static object?[] Invoice(string number, string status, string date, decimal total, string customer = "Acme Ltd")
    {
        var row = new object?[Invoices.Columns.Count];
        row[Ordinal(Invoices, "invoice_id")] = "1" + number;
        row[Ordinal(Invoices, "invoice_number")] = number;
        row[Ordinal(Invoices, "status")] = status;
        row[Ordinal(Invoices, "date")] = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        row[Ordinal(Invoices, "total")] = total;
        row[Ordinal(Invoices, "customer_name")] = customer;
        return row;
    }

    private static int Ordinal(VirtualTable table, string column) => table.OrdinalOf(table.FindColumn(column)!);

    private static bool Matches(EntityDefinition entity, object?[] row, params (string, string)[] parameters)
    {
        Assert.True(LocalFilter.TryCreate(entity, parameters.Select(p => new KeyValuePair<string, string>(p.Item1, p.Item2)).ToArray(), out var filter));
        return filter.Matches(row);
    }

    [Fact]
    public void Text_dates_amounts_and_enumerated_filters_match_as_Zoho_does()
    {
        var row = Invoice("INV-000123", "paid", "2026-02-15", 1250.50m);
        Assert.True(Matches(Invoices, row, ("status", "paid"), ("invoice_number_startswith", "inv-0001"), ("customer_name", "ACME LTD")));
        Assert.False(Matches(Invoices, row, ("status", "void")));
        Assert.True(Matches(Invoices, row, ("invoice_number_contains", "0012"), ("date_start", "2026-02-15"), ("date_end", "2026-02-15")));
        Assert.False(Matches(Invoices, row, ("date_after", "2026-02-15")));
        Assert.False(Matches(Invoices, row, ("date_before", "2026-02-15")));
        Assert.True(Matches(Invoices, row, ("total_greater_than", "1250.49"), ("total_less_equals", "1250.5")));
        Assert.False(Matches(Invoices, row, ("total_less_than", "1250.50")));
        Assert.True(Matches(Invoices, row, ("total", "1250.5")));
    }

    [Fact]
    public void A_view_such_as_filter_by_Status_Active_selects_the_column_value_it_stands_for()
    {
        var row = new object?[Contacts.Columns.Count];
        row[Ordinal(Contacts, "status")] = "active";
        Assert.True(Matches(Contacts, row, ("filter_by", "Status.Active")));
        Assert.False(Matches(Contacts, row, ("filter_by", "Status.Inactive")));
        Assert.False(LocalFilter.TryCreate(Contacts, [new("filter_by", "Status.Duplicate")], out _));
    }

    [Fact]
    public void Sorting_and_last_modified_time_keep_every_row_and_an_unknown_filter_goes_to_Zoho()
    {
        var row = Invoice("INV-1", "sent", "2024-01-01", 1m);
        Assert.True(Matches(Invoices, row, ("sort_column", "date"), ("sort_order", "D"), ("last_modified_time", "2099-01-01T00:00:00+1400")));
        Assert.False(LocalFilter.TryCreate(Invoices, [new("item_id", "460000000012345")], out _));
        Assert.False(LocalFilter.TryCreate(Invoices, [new("date_start", "not a date")], out _));
    }
}
