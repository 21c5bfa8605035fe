using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>GET /bills and /bills/{id} (Books only; reference §8).</summary>
internal static class BillsEntity
{
    public static EntityDefinition<Bill> Definition { get; } = new()
    {
        EntityName = "Bill",
        Collection = "bills",
        ListKey = "bills",
        DetailKey = "bill",
        ReportName = "Bills",
        ScopeModule = "bills",
        InInvoice = false,
        IdField = "bill_id",
        Id = b => b.BillId,
        Records = data => data.Bills,
        Replace = (data, records) => data with { Bills = records },
        Filters = new FilterCatalog<Bill>()
            .Text("bill_number", b => b.BillNumber)
            .Text("reference_number", b => b.ReferenceNumber)
            .TextAny("description", b => b.LineItems.Select(l => l.Description))
            .Text("vendor_name", b => b.VendorName)
            .Date("date", b => b.Date)
            .Date("due_date", b => b.DueDate)
            .Values("status", b => b.Status, "paid", "open", "overdue", "void", "partially_paid")
            .Number("total", b => b.Total)
            .Number("balance", b => b.Balance)
            .Id("vendor_id", b => b.VendorId)
            .IdAny("item_id", b => b.LineItems.Select(l => l.ItemId))
            .Id("recurring_bill_id", b => b.RecurringBillId)
            .IdAny("purchaseorder_id", b => b.PurchaseorderIds)
            .ModifiedSince("last_modified_time", b => b.LastModifiedTime)
            .Add("search_text", (text, _) => b =>
                b.BillNumber.Contains(text, StringComparison.OrdinalIgnoreCase)
                || b.ReferenceNumber.Contains(text, StringComparison.OrdinalIgnoreCase)
                || b.VendorName.Contains(text, StringComparison.OrdinalIgnoreCase)),
        Sorts = new SortCatalog<Bill>()
            .Text("vendor_name", b => b.VendorName)
            .Text("bill_number", b => b.BillNumber)
            .Date("date", b => b.Date)
            .Date("due_date", b => b.DueDate)
            .Number("total", b => b.Total)
            .Number("balance", b => b.Balance)
            .Timestamp("created_time", b => b.CreatedTime)
            .Timestamp("last_modified_time", b => b.LastModifiedTime),
        Views = new ViewCatalog<Bill>()
            .All("Status.All")
            .Add("Status.PartiallyPaid", b => b.Status == "partially_paid")
            .Add("Status.Paid", b => b.Status == "paid")
            .Add("Status.Overdue", b => b.Status == "overdue")
            .Add("Status.Void", b => b.Status == "void")
            .Add("Status.Open", b => b.Status is "open" or "overdue" or "partially_paid"),
        DetailInfo = EmulatorJsonContext.Default.Bill,
        DetailOnlyFields =
        [
            "purchaseorder_ids", "payment_terms", "payment_terms_label", "recurring_bill_id", "currency_symbol", "custom_fields",
            "is_inclusive_tax", "line_items", "sub_total", "tax_total", "taxes", "payment_made", "vendor_credits_applied",
            "billing_address", "payments", "vendor_credits", "notes", "terms",
        ],
    };
}
