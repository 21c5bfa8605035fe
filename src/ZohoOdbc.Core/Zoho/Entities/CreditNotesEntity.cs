using static ZohoOdbc.Core.Zoho.EntityColumns;

namespace ZohoOdbc.Core.Zoho.Entities;

/// <summary><c>GET /creditnotes</c> (reference §8 Credit notes), their line items and the invoices they were applied to.</summary>
internal static class CreditNotesEntity
{
    public static EntityDefinition Definition { get; } = new(
        name: "creditnotes",
        description: "Credit notes issued to customers (Zoho /creditnotes).",
        listPath: "/creditnotes",
        listKey: "creditnotes",
        scopeModule: "creditnotes",
        detailKey: "creditnote",
        columns:
        [
            Id("creditnote_id", "Zoho's id of the credit note.", nullable: false),
            Text("creditnote_number", "The credit note number.", nullable: false, size: 100, filters: ApiFilterOperators.Equals, sortable: true),
            Text("status", "open, closed, void or draft.", nullable: false, size: 32, valueFilter: ApiValueFilter.Same("status", "open", "closed", "void", "draft")),
            Date("date", "Credit note date.", nullable: false, filters: ApiFilterOperators.Date, sortable: true),
            Id("customer_id", "Id of the customer (contacts.contact_id).", nullable: false, filters: ApiFilterOperators.Equals),
            Text("customer_name", "Name of the customer.", nullable: false, filters: ApiFilterOperators.Equals, sortable: true),
            Text("reference_number", "Reference.", filters: ApiFilterOperators.Equals),
            Id("currency_id", "Id of the currency."),
            Text("currency_code", "ISO code of the currency.", size: 8),
            Rate("exchange_rate", "Rate from the credit note currency to the base currency."),
            Money("total", "Credit note total.", nullable: false, filters: ApiFilterOperators.Number, sortable: true),
            Money("balance", "Credit still unused.", nullable: false, sortable: true),
            Id("location_id", "Id of the business location."),
            Text("location_name", "Name of the business location."),
            Flag("is_emailed", "True once it has been emailed."),
            Time("created_time", "When it was created.", nullable: false, sortable: true),
            Time("last_modified_time", "When it was last changed.", nullable: false, filters: ApiFilterOperators.ModifiedSince),

            Id("template_id", "Id of the PDF template.").Detail(),
            Text("template_name", "Name of the PDF template.").Detail(),
            .. DocumentColumns.Totals(),
            .. DocumentColumns.NotesAndTerms(),
            .. DocumentColumns.Address("billing", "billing_address"),
            .. DocumentColumns.Address("shipping", "shipping_address"),
            JsonText("custom_fields", "The credit note's custom fields").Detail(),
            JsonText("contact_persons_associated", "Contact persons it goes to").Detail(),
        ]);

    public static ChildTableDefinition LineItems { get; } = new(
        name: "creditnote_line_items",
        description: "Lines of credit notes (from each credit note's record: one API call per credit note read).",
        parent: Definition,
        detailArray: "line_items",
        columns: LineItemColumns.For(Id("creditnote_id", "Id of the credit note (creditnotes.creditnote_id).", nullable: false),
            itemId: true, itemName: true, itemDescription: true, lineItemId: true, accounts: true));

    public static ChildTableDefinition Invoices { get; } = new(
        name: "creditnote_invoices",
        description: "Invoices each credit note was applied to (from each credit note's record).",
        parent: Definition,
        detailArray: "invoices",
        columns:
        [
            Id("creditnote_id", "Id of the credit note (creditnotes.creditnote_id).", nullable: false),
            Id("invoice_id", "Id of the invoice credited (invoices.invoice_id).", nullable: false),
            Text("invoice_number", "Number of the invoice credited.", size: 100),
            Date("date", "Date the credit was applied."),
            Money("amount", "Amount credited to the invoice."),
        ]);
}
