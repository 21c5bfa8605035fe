using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>GET /vendorcredits (list key "vendor_credits", as Zoho answers) and /vendorcredits/{id} (Books only).</summary>
internal static class VendorCreditsEntity
{
    public static EntityDefinition<VendorCredit> Definition { get; } = new()
    {
        EntityName = "Vendor Credit",
        Collection = "vendorcredits",
        ListKey = "vendor_credits",
        DetailKey = "vendor_credit",
        ReportName = "Vendor Credits",
        ScopeModule = "debitnotes",
        InInvoice = false,
        IdField = "vendor_credit_id",
        Id = v => v.VendorCreditId,
        Records = data => data.VendorCredits,
        Replace = (data, records) => data with { VendorCredits = records },
        Filters = new FilterCatalog<VendorCredit>()
            .Text("vendor_credit_number", v => v.VendorCreditNumber)
            .Text("reference_number", v => v.ReferenceNumber)
            .Text("customer_name", v => v.VendorName)
            .TextAny("item_name", v => v.LineItems.Select(l => l.Name))
            .TextAny("item_description", v => v.LineItems.Select(l => l.Description))
            .Text("notes", v => v.Notes)
            .TextAny("custom_field", v => v.CustomFields.Select(f => f.Value))
            .Date("date", v => v.Date)
            .Values("status", v => v.Status, "open", "closed", "void", "draft")
            .NumberWithRange("total", v => v.Total)
            .ModifiedSince("last_modified_time", v => v.LastModifiedTime)
            .Id("customer_id", v => v.VendorId)
            .IdAny("line_item_id", v => v.LineItems.Select(l => l.LineItemId))
            .IdAny("item_id", v => v.LineItems.Select(l => l.ItemId))
            .IdAny("tax_id", v => v.LineItems.Select(l => l.TaxId))
            .Add("search_text", (text, _) => v =>
                v.VendorCreditNumber.Contains(text, StringComparison.OrdinalIgnoreCase)
                || v.ReferenceNumber.Contains(text, StringComparison.OrdinalIgnoreCase)
                || v.VendorName.Contains(text, StringComparison.OrdinalIgnoreCase)),
        Sorts = new SortCatalog<VendorCredit>()
            .Text("vendor_name", v => v.VendorName)
            .Text("vendor_credit_number", v => v.VendorCreditNumber)
            .Number("balance", v => v.Balance)
            .Number("total", v => v.Total)
            .Date("date", v => v.Date)
            .Timestamp("created_time", v => v.CreatedTime)
            .Timestamp("last_modified_time", v => v.LastModifiedTime)
            .Text("reference_number", v => v.ReferenceNumber),
        Views = new ViewCatalog<VendorCredit>()
            .All("Status.All")
            .Add("Status.Open", v => v.Status == "open")
            .Add("Status.Draft", v => v.Status == "draft")
            .Add("Status.Closed", v => v.Status == "closed")
            .Add("Status.Void", v => v.Status == "void"),
        DetailInfo = EmulatorJsonContext.Default.VendorCredit,
        DetailOnlyFields =
        [
            "is_inclusive_tax", "location_id", "location_name", "line_items", "custom_fields", "sub_total", "tax_total",
            "total_credits_used", "total_refunded_amount", "notes", "bills_credited",
        ],
    };
}
