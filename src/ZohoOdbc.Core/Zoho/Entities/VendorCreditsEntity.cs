using static ZohoOdbc.Core.Zoho.EntityColumns;

namespace ZohoOdbc.Core.Zoho.Entities;

/// <summary><c>GET /vendorcredits</c> (reference §8 Vendor credits; Zoho Books only), their line items and the bills they credited.</summary>
internal static class VendorCreditsEntity
{
    public static EntityDefinition Definition { get; } = new(
        name: "vendor_credits",
        description: "Credits from vendors (Zoho Books /vendorcredits).",
        listPath: "/vendorcredits",
        listKey: "vendor_credits",
        scopeModule: "debitnotes",
        detailKey: "vendor_credit",
        inInvoice: false,
        columns:
        [
            Id("vendor_credit_id", "Zoho's id of the vendor credit.", nullable: false),
            Text("vendor_credit_number", "The vendor credit number.", nullable: false, size: 100, filters: ApiFilterOperators.Text, sortable: true),
            Text("status", "open, closed, void or draft.", nullable: false, size: 32, valueFilter: ApiValueFilter.Same("status", "open", "closed", "void", "draft")),
            Date("date", "Date of the credit.", nullable: false, filters: ApiFilterOperators.Date, sortable: true),
            Id("vendor_id", "Id of the vendor (contacts.contact_id).", nullable: false, filters: ApiFilterOperators.Equals).FilterAs("customer_id"),
            Text("vendor_name", "Name of the vendor.", sortable: true),
            Text("reference_number", "The vendor's reference.", filters: ApiFilterOperators.Text, sortable: true),
            Id("currency_id", "Id of the currency."),
            Text("currency_code", "ISO code of the currency.", size: 8),
            Rate("exchange_rate", "Rate to the base currency."),
            Money("total", "Credit total.", nullable: false, filters: ApiFilterOperators.NumberRange, sortable: true),
            Money("balance", "Credit still unused.", nullable: false, sortable: true),
            Flag("has_attachment", "True when files are attached."),
            Time("created_time", "When it was created.", nullable: false, sortable: true),
            Time("last_modified_time", "When it was last changed.", nullable: false, sortable: true, filters: ApiFilterOperators.ModifiedSince),

            Flag("is_inclusive_tax", "True when rates include tax.").Detail(),
            Id("location_id", "Id of the business location.").Detail(),
            Text("location_name", "Name of the business location.").Detail(),
            Money("sub_total", "Total of the lines before tax.").Detail(),
            Money("tax_total", "Total tax.").Detail(),
            Money("total_credits_used", "Credit applied to bills.").Detail(),
            Money("total_refunded_amount", "Credit refunded.").Detail(),
            LongText("notes", "Notes.", filters: ApiFilterOperators.Text).Detail(),
            JsonText("custom_fields", "The vendor credit's custom fields").Detail(),
        ]);

    public static ChildTableDefinition LineItems { get; } = new(
        name: "vendor_credit_line_items",
        description: "Lines of vendor credits (from each vendor credit's record: one API call per credit read).",
        parent: Definition,
        detailArray: "line_items",
        columns: LineItemColumns.For(Id("vendor_credit_id", "Id of the vendor credit (vendor_credits.vendor_credit_id).", nullable: false),
            itemId: true, itemName: true, itemDescription: true, lineItemId: true, accounts: true));

    public static ChildTableDefinition Bills { get; } = new(
        name: "vendor_credit_bills",
        description: "Bills each vendor credit was applied to (from each vendor credit's record).",
        parent: Definition,
        detailArray: "bills_credited",
        columns:
        [
            Id("vendor_credit_id", "Id of the vendor credit (vendor_credits.vendor_credit_id).", nullable: false),
            Id("bill_id", "Id of the bill credited (bills.bill_id).", nullable: false),
            Text("bill_number", "Number of the bill credited.", size: 100),
            Date("date", "Date the credit was applied."),
            Money("amount", "Amount credited to the bill."),
        ]);
}
