using static ZohoOdbc.Core.Zoho.EntityColumns;

namespace ZohoOdbc.Core.Zoho.Entities;

/// <summary><c>GET /salesorders</c> (reference §8 Sales orders; Zoho Books only) and their line items.</summary>
internal static class SalesOrdersEntity
{
    public static EntityDefinition Definition { get; } = new(
        name: "salesorders",
        description: "Sales orders (Zoho Books /salesorders).",
        listPath: "/salesorders",
        listKey: "salesorders",
        scopeModule: "salesorders",
        detailKey: "salesorder",
        inInvoice: false,
        columns:
        [
            Id("salesorder_id", "Zoho's id of the sales order.", nullable: false),
            Text("salesorder_number", "The sales order number.", nullable: false, size: 100, filters: ApiFilterOperators.Text, sortable: true),
            Text("status", "draft, open, invoiced, partially_invoiced, void or closed.", nullable: false, size: 32,
                valueFilter: ApiValueFilter.Same("status", "draft", "open", "invoiced", "partially_invoiced", "void", "closed")),
            Date("date", "Order date.", nullable: false, filters: ApiFilterOperators.Date, sortable: true),
            Date("shipment_date", "Expected shipment date.", filters: ApiFilterOperators.Date, sortable: true),
            Count("shipment_days", "Days until shipment."),
            Date("delivery_date", "Delivery date."),
            Id("customer_id", "Id of the customer (contacts.contact_id).", nullable: false, filters: ApiFilterOperators.Equals),
            Text("customer_name", "Name of the customer.", nullable: false, filters: ApiFilterOperators.Text, sortable: true),
            Text("reference_number", "The customer's reference.", filters: ApiFilterOperators.Text, sortable: true),
            Id("currency_id", "Id of the order currency."),
            Text("currency_code", "ISO code of the order currency.", size: 8),
            Money("total", "Order total, taxes included.", nullable: false, filters: ApiFilterOperators.NumberRange, sortable: true),
            Money("sub_total", "Total of the lines before tax."),
            Money("bcy_total", "Order total in the base currency."),
            Text("invoiced_status", "How much of the order is invoiced.", size: 32),
            Text("paid_status", "How much of the order is paid.", size: 32),
            Text("order_status", "Order status as shown.", size: 32),
            Money("total_invoiced_amount", "Amount invoiced so far."),
            Text("salesperson_name", "Name of the salesperson."),
            Id("zcrm_potential_id", "Id of the linked Zoho CRM deal.", filters: ApiFilterOperators.Equals),
            Text("zcrm_potential_name", "Name of the linked Zoho CRM deal."),
            Flag("is_emailed", "True once it has been emailed."),
            Flag("has_attachment", "True when files are attached."),
            JsonText("custom_fields", "The order's custom fields"),
            Time("created_time", "When the order was created.", nullable: false, sortable: true),
            Time("last_modified_time", "When the order was last changed.", nullable: false, sortable: true, filters: ApiFilterOperators.ModifiedSince),

            Id("salesperson_id", "Id of the salesperson.", filters: ApiFilterOperators.Equals).Detail(),
            Id("estimate_id", "Id of the estimate the order came from.").Detail(),
            Rate("exchange_rate", "Rate from the order currency to the base currency.").Detail(),
            Flag("is_inclusive_tax", "True when rates include tax.").Detail(),
            Count("price_precision", "Decimal places of prices.").Detail(),
            Money("adjustment", "Manual adjustment added to the total.").Detail(),
            Money("shipping_charge", "Shipping charge.").Detail(),
            Money("tax_total", "Total tax.").Detail(),
            JsonText("taxes", "Tax totals by tax").Detail(),
            Text("delivery_method", "How the order is delivered.").Detail(),
            Id("template_id", "Id of the PDF template.").Detail(),
            Text("template_name", "Name of the PDF template.").Detail(),
            .. DocumentColumns.Discount(),
            .. DocumentColumns.NotesAndTerms(),
            .. DocumentColumns.Address("billing", "billing_address"),
            .. DocumentColumns.Address("shipping", "shipping_address"),
            JsonText("contact_persons_associated", "Contact persons the order goes to").Detail(),
        ]);

    public static ChildTableDefinition LineItems { get; } = new(
        name: "salesorder_line_items",
        description: "Lines of sales orders (from each order's record: one API call per order read).",
        parent: Definition,
        detailArray: "line_items",
        columns: LineItemColumns.For(Id("salesorder_id", "Id of the sales order (salesorders.salesorder_id).", nullable: false),
            itemId: true, itemName: true, itemDescription: true));
}
