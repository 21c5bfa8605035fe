using static ZohoOdbc.Core.Zoho.EntityColumns;

namespace ZohoOdbc.Core.Zoho.Entities;

/// <summary><c>GET /purchaseorders</c> (reference §8 Purchase orders; Zoho Books only) and their line items.</summary>
internal static class PurchaseOrdersEntity
{
    public static EntityDefinition Definition { get; } = new(
        name: "purchaseorders",
        description: "Purchase orders to vendors (Zoho Books /purchaseorders).",
        listPath: "/purchaseorders",
        listKey: "purchaseorders",
        scopeModule: "purchaseorders",
        detailKey: "purchaseorder",
        inInvoice: false,
        columns:
        [
            Id("purchaseorder_id", "Zoho's id of the purchase order.", nullable: false),
            Text("purchaseorder_number", "The purchase order number.", nullable: false, size: 100, filters: ApiFilterOperators.Text, sortable: true),
            Text("status", "draft, open, billed or cancelled.", nullable: false, size: 32, valueFilter: ApiValueFilter.Same("status", "draft", "open", "billed", "cancelled")),
            Date("date", "Order date.", nullable: false, filters: ApiFilterOperators.Date, sortable: true),
            Date("delivery_date", "Expected delivery date.", sortable: true),
            Id("vendor_id", "Id of the vendor (contacts.contact_id).", nullable: false, filters: ApiFilterOperators.Equals),
            Text("vendor_name", "Name of the vendor.", nullable: false, filters: ApiFilterOperators.Text, sortable: true),
            Text("reference_number", "Reference.", filters: ApiFilterOperators.Text),
            Id("currency_id", "Id of the currency."),
            Text("currency_code", "ISO code of the currency.", size: 8),
            Count("price_precision", "Decimal places of prices."),
            Money("total", "Order total, taxes included.", nullable: false, filters: ApiFilterOperators.NumberRange, sortable: true),
            Text("billed_status", "How much of the order is billed.", size: 32),
            Text("order_status", "Order status as shown.", size: 32),
            Quantity("quantity_yet_to_receive", "Quantity not received yet."),
            Flag("has_attachment", "True when files are attached."),
            JsonText("custom_fields", "The order's custom fields"),
            Time("created_time", "When the order was created.", nullable: false, sortable: true),
            Time("last_modified_time", "When the order was last changed.", nullable: false, filters: ApiFilterOperators.ModifiedSince),

            Date("expected_delivery_date", "Expected delivery date.").Detail(),
            Rate("exchange_rate", "Rate to the base currency.").Detail(),
            Flag("is_inclusive_tax", "True when rates include tax.").Detail(),
            Text("ship_via", "Carrier.").Detail(),
            Text("attention", "Attention of.").Detail(),
            Id("template_id", "Id of the PDF template.").Detail(),
            Text("template_name", "Name of the PDF template.").Detail(),
            .. DocumentColumns.Totals(),
            .. DocumentColumns.Discount(),
            .. DocumentColumns.NotesAndTerms(),
            .. DocumentColumns.Address("billing", "billing_address"),
            .. DocumentColumns.Address("delivery", "delivery_address"),
        ]);

    public static ChildTableDefinition LineItems { get; } = new(
        name: "purchaseorder_line_items",
        description: "Lines of purchase orders (from each order's record: one API call per order read).",
        parent: Definition,
        detailArray: "line_items",
        columns: LineItemColumns.For(Id("purchaseorder_id", "Id of the purchase order (purchaseorders.purchaseorder_id).", nullable: false),
            itemId: true, itemDescription: true, accounts: true));
}
