using System.Globalization;
using System.Net;
using ZohoOdbc.Emulator.Data;

namespace ZohoOdbc.Emulator.Tests;

/// <summary>Each filter family of the reference's grammar, checked against the generated records.</summary>
public sealed class ListFilterTests(EmulatorHost host) : IClassFixture<EmulatorHost>
{
    private Task<List<string>> InvoiceNumbers(string query) =>
        host.AllRowsAsync("invoices", "invoices", query).ContinueWith(t => t.Result.Strs("invoice_number"));

    private static List<string> Expected(IEnumerable<Invoice> invoices) =>
        invoices.OrderByDescending(i => i.CreatedTime).ThenByDescending(i => i.InvoiceId, StringComparer.Ordinal).Select(i => i.InvoiceNumber).ToList();

    [Fact]
    public async Task Text_filters_match_exactly_by_prefix_and_by_substring_ignoring_case()
    {
        string name = host.Data.Invoices[10].CustomerName;
        Assert.Equal(Expected(host.Data.Invoices.Where(i => i.CustomerName == name)),
            await InvoiceNumbers("customer_name=" + Uri.EscapeDataString(name.ToUpperInvariant())));

        string prefix = name[..4];
        Assert.Equal(Expected(host.Data.Invoices.Where(i => i.CustomerName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))),
            await InvoiceNumbers("customer_name_startswith=" + Uri.EscapeDataString(prefix.ToLowerInvariant())));

        Assert.Equal(Expected(host.Data.Invoices.Where(i => i.InvoiceNumber.Contains("00012", StringComparison.Ordinal))),
            await InvoiceNumbers("invoice_number_contains=00012"));
    }

    [Fact]
    public async Task Date_filters_take_inclusive_start_and_end_and_exclusive_before_and_after()
    {
        var day = new DateOnly(2025, 3, 14);
        string text = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(Expected(host.Data.Invoices.Where(i => i.Date == day)), await InvoiceNumbers("date=" + text));
        Assert.Equal(Expected(host.Data.Invoices.Where(i => i.Date >= day)), await InvoiceNumbers("date_start=" + text));
        Assert.Equal(Expected(host.Data.Invoices.Where(i => i.Date <= day)), await InvoiceNumbers("date_end=" + text));
        Assert.Equal(Expected(host.Data.Invoices.Where(i => i.Date < day)), await InvoiceNumbers("date_before=" + text));
        Assert.Equal(Expected(host.Data.Invoices.Where(i => i.DueDate > day)), await InvoiceNumbers("due_date_after=" + text));
    }

    [Fact]
    public async Task Number_filters_compare_totals_and_balances()
    {
        decimal bound = host.Data.Invoices.OrderBy(i => i.Total).ElementAt(300).Total;
        string text = bound.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(Expected(host.Data.Invoices.Where(i => i.Total < bound)), await InvoiceNumbers("total_less_than=" + text));
        Assert.Equal(Expected(host.Data.Invoices.Where(i => i.Total <= bound)), await InvoiceNumbers("total_less_equals=" + text));
        Assert.Equal(Expected(host.Data.Invoices.Where(i => i.Total > bound)), await InvoiceNumbers("total_greater_than=" + text));
        Assert.Equal(Expected(host.Data.Invoices.Where(i => i.Total >= bound)), await InvoiceNumbers("total_greater_equals=" + text));
        Assert.Equal(Expected(host.Data.Invoices.Where(i => i.Total == bound)), await InvoiceNumbers("total=" + text));
        Assert.Equal(Expected(host.Data.Invoices.Where(i => i.Balance > 0m)), await InvoiceNumbers("balance_greater_than=0"));
    }

    [Fact]
    public async Task Status_filter_by_search_text_and_customer_id_select_what_the_reference_says()
    {
        Assert.Equal(Expected(host.Data.Invoices.Where(i => i.Status == "overdue")), await InvoiceNumbers("status=overdue"));
        Assert.Equal(Expected(host.Data.Invoices.Where(SampleData.IsReceivable)), await InvoiceNumbers("status=unpaid"));
        Assert.Equal(Expected(host.Data.Invoices.Where(i => i.Status == "paid")), await InvoiceNumbers("filter_by=Status.Paid"));
        Assert.Equal(Expected(host.Data.Invoices.Where(i => i.Status == "partially_paid" && i.Total > 100m)),
            await InvoiceNumbers("filter_by=Status.PartiallyPaid&total_greater_than=100"));

        string customerId = host.Data.Invoices[3].CustomerId;
        Assert.Equal(Expected(host.Data.Invoices.Where(i => i.CustomerId == customerId)), await InvoiceNumbers("customer_id=" + customerId));

        string reference = host.Data.Invoices.First(i => i.ReferenceNumber.Length > 0).ReferenceNumber;
        Assert.Equal(Expected(host.Data.Invoices.Where(i => i.ReferenceNumber.Contains(reference, StringComparison.OrdinalIgnoreCase)
                || i.InvoiceNumber.Contains(reference, StringComparison.OrdinalIgnoreCase)
                || i.CustomerName.Contains(reference, StringComparison.OrdinalIgnoreCase))),
            await InvoiceNumbers("search_text=" + reference));
    }

    [Fact]
    public async Task Last_modified_time_returns_records_modified_at_or_after_it()
    {
        DateTimeOffset since = host.Data.Invoices.OrderBy(i => i.LastModifiedTime).ElementAt(450).LastModifiedTime;
        string text = Uri.EscapeDataString(since.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "-0500");
        Assert.Equal(Expected(host.Data.Invoices.Where(i => i.LastModifiedTime >= since)), await InvoiceNumbers("last_modified_time=" + text));
    }

    [Fact]
    public async Task Contact_filters_and_cross_entity_views_work()
    {
        var rows = await host.AllRowsAsync("contacts", "contacts", "contact_type=vendor");
        Assert.Equal(host.Data.Contacts.Count(c => c.ContactType == "vendor"), rows.Count);

        var overdue = host.Data.Invoices.Where(i => i.Status == "overdue").Select(i => i.CustomerId).ToHashSet();
        rows = await host.AllRowsAsync("contacts", "contacts", "filter_by=Invoice.OverDue");
        Assert.Equal(overdue.Order().ToList(), rows.Strs("contact_id").Order().ToList());
    }

    [Theory]
    [InlineData("invoices", "filter_by=Status.Nonsense", "filter_by")]
    [InlineData("invoices", "status=almost", "status")]
    [InlineData("invoices", "date_start=14-03-2025", "date_start")]
    [InlineData("invoices", "total_less_than=ten", "total_less_than")]
    [InlineData("invoices", "sort_column=colour", "sort_column")]
    [InlineData("bills", "filter_by=Status.All.Of.Them", "filter_by")]
    public async Task Invalid_values_give_code_2_naming_the_parameter(string collection, string query, string parameter)
    {
        Reply reply = await host.ListAsync(collection, query);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(2, reply.Code);
        Assert.Equal("Invalid value passed for " + parameter, reply.Message);
    }

    [Fact]
    public async Task Other_entities_filter_too()
    {
        var estimates = await host.AllRowsAsync("estimates", "estimates", "status=accepted");
        Assert.Equal(host.Data.Estimates.Count(e => e.Status == "accepted"), estimates.Count);

        var bills = await host.AllRowsAsync("bills", "bills", "filter_by=Status.Overdue");
        Assert.Equal(host.Data.Bills.Count(b => b.Status == "overdue"), bills.Count);

        var payments = await host.AllRowsAsync("customerpayments", "customerpayments", "filter_by=PaymentMode.Check");
        Assert.Equal(host.Data.CustomerPayments.Count(p => p.PaymentMode == "check"), payments.Count);

        var expenses = await host.AllRowsAsync("expenses", "expenses", "status=billable&date_start=2025-01-01");
        Assert.Equal(host.Data.Expenses.Count(e => e.IsBillable && e.Date >= new DateOnly(2025, 1, 1)), expenses.Count);

        var transactions = await host.AllRowsAsync("banktransactions", "banktransactions", "filter_by=Status.Uncategorized");
        Assert.Equal(host.Data.BankTransactions.Count(t => t.Status == "uncategorized"), transactions.Count);

        var orders = await host.AllRowsAsync("salesorders", "salesorders", "salesorder_number_in=SO-000001,SO-000003");
        Assert.Equal(["SO-000001", "SO-000003"], orders.Strs("salesorder_number").Order().ToList());

        var accounts = await host.AllRowsAsync("chartofaccounts", "chartofaccounts", "filter_by=AccountType.Expense");
        Assert.All(accounts, a => Assert.Contains(a.Str("account_type"), new[] { "expense", "cost_of_goods_sold", "other_expense" }));
    }
}
