using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>GET /salesorders and /salesorders/{id} (Books only; reference §8).</summary>
internal static class SalesOrdersEntity
{
    public static EntityDefinition<SalesOrder> Definition { get; } = new()
    {
        EntityName = "Sales Order",
        Collection = "salesorders",
        ListKey = "salesorders",
        DetailKey = "salesorder",
        ReportName = "Sales Orders",
        ScopeModule = "salesorders",
        InInvoice = false,
        IdField = "salesorder_id",
        Id = s => s.SalesorderId,
        Records = data => data.SalesOrders,
        Replace = (data, records) => data with { SalesOrders = records },
        Filters = new FilterCatalog<SalesOrder>()
            .TextWithLists("salesorder_number", s => s.SalesorderNumber)
            .TextWithLists("reference_number", s => s.ReferenceNumber)
            .TextWithLists("customer_name", s => s.CustomerName)
            .TextAny("item_name", s => s.LineItems.Select(l => l.Name))
            .TextAny("item_description", s => s.LineItems.Select(l => l.Description))
            .IdAny("item_id", s => s.LineItems.Select(l => l.ItemId))
            .NumberWithRange("total", s => s.Total)
            .Date("date", s => s.Date)
            .Date("shipment_date", s => s.ShipmentDate)
            .Values("status", s => s.Status, "draft", "open", "invoiced", "partially_invoiced", "void", "closed")
            .Id("customer_id", s => s.CustomerId)
            .Id("salesperson_id", s => s.SalespersonId)
            .IdList("salesorder_ids", s => s.SalesorderId)
            .Id("zcrm_potential_id", s => s.ZcrmPotentialId)
            .ModifiedSince("last_modified_time", s => s.LastModifiedTime)
            .Add("search_text", (text, _) => s =>
                s.SalesorderNumber.Contains(text, StringComparison.OrdinalIgnoreCase)
                || s.ReferenceNumber.Contains(text, StringComparison.OrdinalIgnoreCase)
                || s.CustomerName.Contains(text, StringComparison.OrdinalIgnoreCase)),
        Sorts = new SortCatalog<SalesOrder>()
            .Text("customer_name", s => s.CustomerName)
            .Text("salesorder_number", s => s.SalesorderNumber)
            .Date("shipment_date", s => s.ShipmentDate)
            .Timestamp("last_modified_time", s => s.LastModifiedTime)
            .Text("reference_number", s => s.ReferenceNumber)
            .Number("total", s => s.Total)
            .Date("date", s => s.Date)
            .Timestamp("created_time", s => s.CreatedTime),
        Views = new ViewCatalog<SalesOrder>()
            .All("Status.All")
            .Add("Status.Open", s => s.Status == "open")
            .Add("Status.Draft", s => s.Status == "draft")
            .Add("Status.OverDue", s => s.Status == "open" && s.ShipmentDate < SampleData.BaseDate)
            .Add("Status.PartiallyInvoiced", s => s.Status == "partially_invoiced")
            .Add("Status.Invoiced", s => s.Status == "invoiced")
            .Add("Status.Void", s => s.Status == "void")
            .Add("Status.Closed", s => s.Status == "closed"),
        DetailInfo = EmulatorJsonContext.Default.SalesOrder,
        DetailOnlyFields =
        [
            "contact_persons_associated", "exchange_rate", "discount", "is_discount_before_tax", "discount_type", "salesperson_id",
            "estimate_id", "is_inclusive_tax", "line_items", "tax_total", "taxes", "price_precision", "adjustment", "shipping_charge",
            "billing_address", "shipping_address", "delivery_method", "notes", "terms", "template_id", "template_name",
        ],
    };
}
