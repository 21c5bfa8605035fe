using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>GET /estimates and /estimates/{id} (reference §8).</summary>
internal static class EstimatesEntity
{
    public static EntityDefinition<Estimate> Definition { get; } = new()
    {
        EntityName = "Estimate",
        Collection = "estimates",
        ListKey = "estimates",
        DetailKey = "estimate",
        ReportName = "Estimates",
        ScopeModule = "estimates",
        IdField = "estimate_id",
        Id = e => e.EstimateId,
        Records = data => data.Estimates,
        Replace = (data, records) => data with { Estimates = records },
        Filters = new FilterCatalog<Estimate>()
            .Text("estimate_number", e => e.EstimateNumber)
            .Text("reference_number", e => e.ReferenceNumber)
            .Text("customer_name", e => e.CustomerName)
            .TextAny("item_name", e => e.LineItems.Select(l => l.Name))
            .TextAny("item_description", e => e.LineItems.Select(l => l.Description))
            .TextAny("custom_field", e => e.CustomFields.Select(f => f.Value))
            .Number("total", e => e.Total)
            .Id("customer_id", e => e.CustomerId)
            .IdAny("item_id", e => e.LineItems.Select(l => l.ItemId))
            .Date("expiry_date", e => e.ExpiryDate)
            .Date("date", e => e.Date)
            .Values("status", e => e.Status, "draft", "sent", "invoiced", "accepted", "declined", "expired")
            .Id("zcrm_potential_id", e => e.ZcrmPotentialId)
            .ModifiedSince("last_modified_time", e => e.LastModifiedTime)
            .Add("search_text", (text, _) => e =>
                e.EstimateNumber.Contains(text, StringComparison.OrdinalIgnoreCase)
                || e.ReferenceNumber.Contains(text, StringComparison.OrdinalIgnoreCase)
                || e.CustomerName.Contains(text, StringComparison.OrdinalIgnoreCase)),
        Sorts = new SortCatalog<Estimate>()
            .Text("customer_name", e => e.CustomerName)
            .Text("estimate_number", e => e.EstimateNumber)
            .Date("date", e => e.Date)
            .Number("total", e => e.Total)
            .Timestamp("created_time", e => e.CreatedTime)
            .Timestamp("last_modified_time", e => e.LastModifiedTime),
        Views = new ViewCatalog<Estimate>()
            .All("Status.All")
            .Add("Status.Sent", e => e.Status == "sent")
            .Add("Status.Draft", e => e.Status == "draft")
            .Add("Status.Invoiced", e => e.Status == "invoiced")
            .Add("Status.Accepted", e => e.Status == "accepted")
            .Add("Status.Declined", e => e.Status == "declined")
            .Add("Status.Expired", e => e.Status == "expired"),
        DetailInfo = EmulatorJsonContext.Default.Estimate,
        DetailOnlyFields =
        [
            "contact_persons_associated", "exchange_rate", "discount", "is_discount_before_tax", "discount_type", "is_inclusive_tax",
            "line_items", "sub_total", "tax_total", "taxes", "price_precision", "adjustment", "adjustment_description", "shipping_charge",
            "billing_address", "shipping_address", "custom_fields", "custom_field_hash", "template_id", "template_name", "notes", "terms",
            "company_name", "currency_symbol",
        ],
    };
}
