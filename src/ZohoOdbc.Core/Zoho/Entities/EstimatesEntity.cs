using static ZohoOdbc.Core.Zoho.EntityColumns;

namespace ZohoOdbc.Core.Zoho.Entities;

/// <summary><c>GET /estimates</c> (reference §8 Estimates) and their line items. Zoho Invoice filters estimates on zcrm_potential_id only (§11).</summary>
internal static class EstimatesEntity
{
    public static EntityDefinition Definition { get; } = new(
        name: "estimates",
        description: "Estimates (quotes) sent to customers (Zoho /estimates).",
        listPath: "/estimates",
        listKey: "estimates",
        scopeModule: "estimates",
        detailKey: "estimate",
        columns:
        [
            Id("estimate_id", "Zoho's id of the estimate.", nullable: false),
            Text("estimate_number", "The estimate number.", nullable: false, size: 100, filters: ApiFilterOperators.Text, sortable: true).BooksOnly(),
            Text("status", "draft, sent, invoiced, accepted, declined or expired.", nullable: false, size: 32,
                valueFilter: ApiValueFilter.Same("status", "draft", "sent", "invoiced", "accepted", "declined", "expired")).BooksOnly(),
            Date("date", "Estimate date.", nullable: false, filters: ApiFilterOperators.Date, sortable: true).BooksOnly(),
            Date("expiry_date", "Date the estimate expires.", filters: ApiFilterOperators.Equals).BooksOnly(),
            Date("accepted_date", "Date the customer accepted it."),
            Date("declined_date", "Date the customer declined it."),
            Id("customer_id", "Id of the customer (contacts.contact_id).", nullable: false, filters: ApiFilterOperators.Equals).BooksOnly(),
            Text("customer_name", "Name of the customer.", nullable: false, filters: ApiFilterOperators.Text, sortable: true).BooksOnly(),
            Text("reference_number", "The customer's reference.", filters: ApiFilterOperators.Text).BooksOnly(),
            Id("currency_id", "Id of the estimate currency."),
            Text("currency_code", "ISO code of the estimate currency.", size: 8),
            Money("total", "Estimate total, taxes included.", nullable: false, filters: ApiFilterOperators.Number, sortable: true).BooksOnly(),
            Id("location_id", "Id of the business location."),
            Text("location_name", "Name of the business location."),
            Flag("has_attachment", "True when files are attached."),
            Flag("is_viewed_by_client", "True once the customer has viewed it."),
            Time("client_viewed_time", "When the customer last viewed it."),
            Flag("is_emailed", "True once it has been emailed."),
            Id("salesperson_id", "Id of the salesperson."),
            Text("salesperson_name", "Name of the salesperson."),
            Id("zcrm_potential_id", "Id of the linked Zoho CRM deal.", filters: ApiFilterOperators.Equals),
            Time("created_time", "When the estimate was created.", nullable: false, sortable: true),
            Time("last_modified_time", "When the estimate was last changed.", nullable: false, filters: ApiFilterOperators.ModifiedSince),

            Text("company_name", "Customer's company name.").Detail(),
            Text("currency_symbol", "Symbol of the estimate currency.", size: 8).Detail(),
            Rate("exchange_rate", "Rate from the estimate currency to the base currency.").Detail(),
            Flag("is_inclusive_tax", "True when rates include tax.").Detail(),
            Count("price_precision", "Decimal places of prices.").Detail(),
            Money("adjustment", "Manual adjustment added to the total.").Detail(),
            Text("adjustment_description", "What the adjustment is for.").Detail(),
            Money("shipping_charge", "Shipping charge.").Detail(),
            Id("template_id", "Id of the PDF template.").Detail(),
            Text("template_name", "Name of the PDF template.").Detail(),
            .. DocumentColumns.Totals(),
            .. DocumentColumns.Discount(),
            .. DocumentColumns.NotesAndTerms(),
            .. DocumentColumns.Address("billing", "billing_address"),
            .. DocumentColumns.Address("shipping", "shipping_address"),
            JsonText("custom_fields", "The estimate's custom fields").Detail(),
            JsonText("custom_field_hash", "Custom field values by api_name").Detail(),
            JsonText("contact_persons_associated", "Contact persons the estimate goes to").Detail(),
        ]);

    public static ChildTableDefinition LineItems { get; } = new(
        name: "estimate_line_items",
        description: "Lines of estimates (from each estimate's record: one API call per estimate read).",
        parent: Definition,
        detailArray: "line_items",
        columns: LineItemColumns.For(Id("estimate_id", "Id of the estimate (estimates.estimate_id).", nullable: false),
            itemId: true, itemName: true, itemDescription: true));
}
