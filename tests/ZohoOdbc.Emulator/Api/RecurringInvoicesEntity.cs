using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>GET /recurringinvoices and /recurringinvoices/{id} (reference §8).</summary>
internal static class RecurringInvoicesEntity
{
    public static EntityDefinition<RecurringInvoice> Definition { get; } = new()
    {
        EntityName = "Recurring Invoice",
        Collection = "recurringinvoices",
        ListKey = "recurring_invoices",
        DetailKey = "recurring_invoice",
        ReportName = "Recurring Invoices",
        ScopeModule = "invoices",
        IdField = "recurring_invoice_id",
        Id = r => r.RecurringInvoiceId,
        Records = data => data.RecurringInvoices,
        Replace = (data, records) => data with { RecurringInvoices = records },
        Filters = new FilterCatalog<RecurringInvoice>()
            .Text("recurrence_name", r => r.RecurrenceName)
            .TextAny("item_name", r => r.LineItems.Select(l => l.Name))
            .TextAny("item_description", r => r.LineItems.Select(l => l.Description))
            .Text("customer_name", r => r.CustomerName)
            .IdAny("line_item_id", r => r.LineItems.Select(l => l.LineItemId))
            .IdAny("item_id", r => r.LineItems.Select(l => l.ItemId))
            .IdAny("tax_id", r => r.LineItems.Select(l => l.TaxId))
            .Date("start_date", r => r.StartDate)
            .Date("end_date", r => r.EndDate)
            .Id("customer_id", r => r.CustomerId)
            .Values("status", r => r.Status, "active", "stopped", "expired")
            .ModifiedSince("last_modified_time", r => r.LastModifiedTime)
            .Add("search_text", (text, _) => r =>
                r.RecurrenceName.Contains(text, StringComparison.OrdinalIgnoreCase)
                || r.CustomerName.Contains(text, StringComparison.OrdinalIgnoreCase)),
        Sorts = new SortCatalog<RecurringInvoice>()
            .Text("customer_name", r => r.CustomerName)
            .Text("recurrence_name", r => r.RecurrenceName)
            .Date("start_date", r => r.StartDate)
            .Date("next_invoice_date", r => r.NextInvoiceDate)
            .Number("total", r => r.Total)
            .Timestamp("created_time", r => r.CreatedTime)
            .Timestamp("last_modified_time", r => r.LastModifiedTime),
        Views = new ViewCatalog<RecurringInvoice>()
            .All("Status.All")
            .Add("Status.Active", r => r.Status == "active")
            .Add("Status.Stopped", r => r.Status == "stopped")
            .Add("Status.Expired", r => r.Status == "expired"),
        DetailInfo = EmulatorJsonContext.Default.RecurringInvoice,
        DetailOnlyFields =
        [
            "reference_number", "contact_persons_associated", "location_id", "location_name", "line_items", "sub_total", "tax_total",
            "paid_invoices_total", "unpaid_invoices_balance",
        ],
    };
}
