using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>GET /creditnotes and /creditnotes/{id} (reference §8).</summary>
internal static class CreditNotesEntity
{
    public static EntityDefinition<CreditNote> Definition { get; } = new()
    {
        EntityName = "Credit Note",
        Collection = "creditnotes",
        ListKey = "creditnotes",
        DetailKey = "creditnote",
        ReportName = "Credit Notes",
        ScopeModule = "creditnotes",
        IdField = "creditnote_id",
        Id = c => c.CreditnoteId,
        Records = data => data.CreditNotes,
        Replace = (data, records) => data with { CreditNotes = records },
        Filters = new FilterCatalog<CreditNote>()
            .Text("creditnote_number", c => c.CreditnoteNumber)
            .Date("date", c => c.Date)
            .Values("status", c => c.Status, "open", "closed", "void", "draft")
            .Number("total", c => c.Total)
            .Text("reference_number", c => c.ReferenceNumber)
            .Text("customer_name", c => c.CustomerName)
            .TextAny("item_name", c => c.LineItems.Select(l => l.Name))
            .TextAny("item_description", c => c.LineItems.Select(l => l.Description))
            .Id("customer_id", c => c.CustomerId)
            .IdAny("item_id", c => c.LineItems.Select(l => l.ItemId))
            .IdAny("line_item_id", c => c.LineItems.Select(l => l.LineItemId))
            .IdAny("tax_id", c => c.LineItems.Select(l => l.TaxId))
            .ModifiedSince("last_modified_time", c => c.LastModifiedTime)
            .Add("search_text", (text, _) => c =>
                c.CreditnoteNumber.Contains(text, StringComparison.OrdinalIgnoreCase)
                || c.ReferenceNumber.Contains(text, StringComparison.OrdinalIgnoreCase)
                || c.CustomerName.Contains(text, StringComparison.OrdinalIgnoreCase)),
        Sorts = new SortCatalog<CreditNote>()
            .Text("customer_name", c => c.CustomerName)
            .Text("creditnote_number", c => c.CreditnoteNumber)
            .Number("balance", c => c.Balance)
            .Number("total", c => c.Total)
            .Date("date", c => c.Date)
            .Timestamp("created_time", c => c.CreatedTime),
        Views = new ViewCatalog<CreditNote>()
            .All("Status.All")
            .Add("Status.Open", c => c.Status == "open")
            .Add("Status.Draft", c => c.Status == "draft")
            .Add("Status.Closed", c => c.Status == "closed")
            .Add("Status.Void", c => c.Status == "void"),
        DetailInfo = EmulatorJsonContext.Default.CreditNote,
        DetailOnlyFields =
        [
            "contact_persons_associated", "custom_fields", "line_items", "invoices", "sub_total", "tax_total", "taxes",
            "billing_address", "shipping_address", "template_id", "template_name", "notes", "terms",
        ],
    };
}
