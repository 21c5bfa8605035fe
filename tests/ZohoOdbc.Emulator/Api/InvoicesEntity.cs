using System.Text.Json;
using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>GET /invoices and /invoices/{id}: filters, sort columns and views of zoho-api.md §8.</summary>
internal static class InvoicesEntity
{
    /// <summary>status=...: "unpaid" is every invoice still owed (sent, overdue, partially paid); "viewed" means seen by the client.</summary>
    private static readonly Dictionary<string, Func<Invoice, bool>> Statuses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sent"] = i => i.Status == "sent",
        ["draft"] = i => i.Status == "draft",
        ["overdue"] = i => i.Status == "overdue",
        ["paid"] = i => i.Status == "paid",
        ["void"] = i => i.Status == "void",
        ["unpaid"] = SampleData.IsReceivable,
        ["partially_paid"] = i => i.Status == "partially_paid",
        ["viewed"] = i => i.IsViewedByClient,
    };

    public static EntityDefinition<Invoice> Definition { get; } = new()
    {
        EntityName = "Invoice",
        Collection = "invoices",
        ListKey = "invoices",
        DetailKey = "invoice",
        ReportName = "Invoices",
        ScopeModule = "invoices",
        IdField = "invoice_id",
        Id = i => i.InvoiceId,
        Records = data => data.Invoices,
        Replace = (data, records) => data with { Invoices = records },
        Filters = new FilterCatalog<Invoice>()
            .Text("invoice_number", i => i.InvoiceNumber)
            .Text("reference_number", i => i.ReferenceNumber)
            .Text("customer_name", i => i.CustomerName)
            .Text("email", i => i.Email)
            .TextAny("item_name", i => i.LineItems.Select(l => l.Name))
            .TextAny("item_description", i => i.LineItems.Select(l => l.Description))
            .TextAny("custom_field", i => i.CustomFields.Select(f => f.Value))
            .IdAny("item_id", i => i.LineItems.Select(l => l.ItemId))
            .Id("customer_id", i => i.CustomerId)
            .Id("recurring_invoice_id", i => i.RecurringInvoiceId)
            .Id("zcrm_potential_id", i => i.ZcrmPotentialId)
            .Number("total", i => i.Total)
            .Number("balance", i => i.Balance)
            .Date("date", i => i.Date)
            .Date("due_date", i => i.DueDate)
            .Date("created_date", i => DateOnly.FromDateTime(i.CreatedTime.DateTime))
            .ModifiedSince("last_modified_time", i => i.LastModifiedTime)
            .Choice("status", Statuses)
            // Zoho searches the invoice number, the reference number and the customer name.
            .Add("search_text", (text, _) => i =>
                i.InvoiceNumber.Contains(text, StringComparison.OrdinalIgnoreCase)
                || i.ReferenceNumber.Contains(text, StringComparison.OrdinalIgnoreCase)
                || i.CustomerName.Contains(text, StringComparison.OrdinalIgnoreCase)),
        Sorts = new SortCatalog<Invoice>()
            .Text("customer_name", i => i.CustomerName)
            .Text("invoice_number", i => i.InvoiceNumber)
            .Date("date", i => i.Date)
            .Date("due_date", i => i.DueDate)
            .Number("total", i => i.Total)
            .Number("balance", i => i.Balance)
            .Timestamp("created_time", i => i.CreatedTime),
        Views = new ViewCatalog<Invoice>()
            .All("Status.All")
            .Add("Status.Sent", Statuses["sent"])
            .Add("Status.Draft", Statuses["draft"])
            .Add("Status.OverDue", Statuses["overdue"])
            .Add("Status.Paid", Statuses["paid"])
            .Add("Status.Void", Statuses["void"])
            .Add("Status.Unpaid", Statuses["unpaid"])
            .Add("Status.PartiallyPaid", Statuses["partially_paid"])
            .Add("Status.Viewed", Statuses["viewed"])
            .Add("Date.PaymentExpectedDate", i => i.PaymentExpectedDate is not null),
        ListRowWriter = (writer, i) => JsonSerializer.Serialize(writer, InvoiceListRow.From(i), EmulatorJsonContext.Default.InvoiceListRow),
        DetailInfo = EmulatorJsonContext.Default.Invoice,
    };
}
