using static ZohoOdbc.Core.Zoho.EntityColumns;

namespace ZohoOdbc.Core.Zoho.Entities;

/// <summary><c>GET /recurringinvoices</c> (reference §8 Recurring invoices) and their line items.</summary>
internal static class RecurringInvoicesEntity
{
    public static EntityDefinition Definition { get; } = new(
        name: "recurring_invoices",
        description: "Recurring invoice profiles (Zoho /recurringinvoices).",
        listPath: "/recurringinvoices",
        listKey: "recurring_invoices",
        scopeModule: "invoices",
        detailKey: "recurring_invoice",
        columns:
        [
            Id("recurring_invoice_id", "Zoho's id of the profile.", nullable: false),
            Text("recurrence_name", "Name of the profile.", filters: ApiFilterOperators.Equals),
            Text("status", "active, stopped or expired.", size: 32, valueFilter: ApiValueFilter.Same("status", "active", "stopped", "expired")),
            Text("recurrence_frequency", "days, weeks, months or years.", size: 32),
            Count("repeat_every", "How many frequency units between invoices."),
            Id("customer_id", "Id of the customer (contacts.contact_id).", filters: ApiFilterOperators.Equals),
            Text("customer_name", "Name of the customer.", filters: ApiFilterOperators.Equals),
            Id("currency_id", "Id of the currency."),
            Text("currency_code", "ISO code of the currency.", size: 8),
            Date("start_date", "First invoice date.", filters: ApiFilterOperators.Equals),
            Date("end_date", "Last invoice date, if any.", filters: ApiFilterOperators.Equals),
            Date("last_sent_date", "Date of the last invoice made."),
            Date("next_invoice_date", "Date of the next invoice."),
            Money("total", "Total of each invoice."),
            JsonText("custom_fields", "The profile's custom fields"),
            Time("created_time", "When the profile was created.", nullable: false),
            Time("last_modified_time", "When the profile was last changed.", nullable: false, filters: ApiFilterOperators.ModifiedSince),

            Text("reference_number", "Reference.").Detail(),
            Id("location_id", "Id of the business location.").Detail(),
            Text("location_name", "Name of the business location.").Detail(),
            Money("sub_total", "Total of the lines before tax.").Detail(),
            Money("tax_total", "Total tax.").Detail(),
            Money("paid_invoices_total", "Total of the profile's paid invoices.").Detail(),
            Money("unpaid_invoices_balance", "Balance of the profile's unpaid invoices.").Detail(),
            JsonText("contact_persons_associated", "Contact persons the invoices go to").Detail(),
        ]);

    public static ChildTableDefinition LineItems { get; } = new(
        name: "recurring_invoice_line_items",
        description: "Lines of recurring invoice profiles (from each profile's record: one API call per profile read).",
        parent: Definition,
        detailArray: "line_items",
        columns: LineItemColumns.For(Id("recurring_invoice_id", "Id of the profile (recurring_invoices.recurring_invoice_id).", nullable: false),
            itemId: true, itemName: true, itemDescription: true, lineItemId: true));
}
