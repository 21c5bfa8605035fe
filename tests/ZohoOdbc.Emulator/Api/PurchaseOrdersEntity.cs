using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>GET /purchaseorders and /purchaseorders/{id} (Books only; reference §8).</summary>
internal static class PurchaseOrdersEntity
{
    public static EntityDefinition<PurchaseOrder> Definition { get; } = new()
    {
        EntityName = "Purchase Order",
        Collection = "purchaseorders",
        ListKey = "purchaseorders",
        DetailKey = "purchaseorder",
        ReportName = "Purchase Orders",
        ScopeModule = "purchaseorders",
        InInvoice = false,
        IdField = "purchaseorder_id",
        Id = p => p.PurchaseorderId,
        Records = data => data.PurchaseOrders,
        Replace = (data, records) => data with { PurchaseOrders = records },
        Filters = new FilterCatalog<PurchaseOrder>()
            .Text("purchaseorder_number", p => p.PurchaseorderNumber)
            .Text("reference_number", p => p.ReferenceNumber)
            .TextAny("item_description", p => p.LineItems.Select(l => l.Description))
            .Text("vendor_name", p => p.VendorName)
            .TextAny("custom_field", p => p.CustomFields.Select(f => f.Value))
            .Date("date", p => p.Date)
            .Date("delivery_date", p => p.DeliveryDate)
            .Values("status", p => p.Status, "draft", "open", "billed", "cancelled")
            .NumberWithRange("total", p => p.Total)
            .Id("vendor_id", p => p.VendorId)
            .IdAny("item_id", p => p.LineItems.Select(l => l.ItemId))
            .ModifiedSince("last_modified_time", p => p.LastModifiedTime)
            .Add("search_text", (text, _) => p =>
                p.PurchaseorderNumber.Contains(text, StringComparison.OrdinalIgnoreCase)
                || p.ReferenceNumber.Contains(text, StringComparison.OrdinalIgnoreCase)
                || p.VendorName.Contains(text, StringComparison.OrdinalIgnoreCase)),
        Sorts = new SortCatalog<PurchaseOrder>()
            .Text("vendor_name", p => p.VendorName)
            .Text("purchaseorder_number", p => p.PurchaseorderNumber)
            .Date("date", p => p.Date)
            .Date("delivery_date", p => p.DeliveryDate)
            .Number("total", p => p.Total)
            .Timestamp("created_time", p => p.CreatedTime)
            .Timestamp("last_modified_time", p => p.LastModifiedTime),
        Views = new ViewCatalog<PurchaseOrder>()
            .All("Status.All")
            .Add("Status.Draft", p => p.Status == "draft")
            .Add("Status.Open", p => p.Status == "open")
            .Add("Status.Billed", p => p.Status == "billed")
            .Add("Status.Cancelled", p => p.Status == "cancelled"),
        DetailInfo = EmulatorJsonContext.Default.PurchaseOrder,
        DetailOnlyFields =
        [
            "expected_delivery_date", "discount", "is_discount_before_tax", "discount_type", "exchange_rate", "is_inclusive_tax",
            "line_items", "sub_total", "tax_total", "taxes", "billing_address", "notes", "terms", "ship_via", "attention",
            "delivery_address", "template_id", "template_name",
        ],
    };
}
