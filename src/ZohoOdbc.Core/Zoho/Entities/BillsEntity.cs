using static ZohoOdbc.Core.Zoho.EntityColumns;

namespace ZohoOdbc.Core.Zoho.Entities;

/// <summary><c>GET /bills</c> (reference §8 Bills; Zoho Books only), their line items, payments and vendor credits applied.</summary>
internal static class BillsEntity
{
    public static EntityDefinition Definition { get; } = new(
        name: "bills",
        description: "Bills from vendors (Zoho Books /bills).",
        listPath: "/bills",
        listKey: "bills",
        scopeModule: "bills",
        detailKey: "bill",
        inInvoice: false,
        columns:
        [
            Id("bill_id", "Zoho's id of the bill.", nullable: false),
            Text("bill_number", "The bill number.", nullable: false, size: 100, filters: ApiFilterOperators.Text, sortable: true),
            Text("status", "open, overdue, partially_paid, paid or void.", nullable: false, size: 32,
                valueFilter: ApiValueFilter.Same("status", "paid", "open", "overdue", "void", "partially_paid")),
            Date("date", "Bill date.", nullable: false, filters: ApiFilterOperators.Date, sortable: true),
            Date("due_date", "Date the payment is due.", sortable: true),
            Text("due_days", "Zoho's text about the due date."),
            Id("vendor_id", "Id of the vendor (contacts.contact_id).", nullable: false, filters: ApiFilterOperators.Equals),
            Text("vendor_name", "Name of the vendor.", nullable: false, filters: ApiFilterOperators.Text, sortable: true),
            Text("reference_number", "The vendor's reference.", filters: ApiFilterOperators.Text),
            Id("currency_id", "Id of the bill currency."),
            Text("currency_code", "ISO code of the bill currency.", size: 8),
            Count("price_precision", "Decimal places of prices."),
            Rate("exchange_rate", "Rate from the bill currency to the base currency."),
            Money("total", "Bill total, taxes included.", nullable: false, filters: ApiFilterOperators.Number, sortable: true),
            Money("balance", "Amount still unpaid.", nullable: false, sortable: true),
            Id("location_id", "Id of the business location."),
            Text("location_name", "Name of the business location."),
            Text("attachment_name", "Name of the attached file."),
            Flag("has_attachment", "True when files are attached."),
            Flag("is_tds_applied", "True when TDS is applied (India)."),
            Flag("is_abn_quoted", "True when the ABN is quoted (Australia)."),
            Money("tds_total", "TDS withheld."),
            Money("unprocessed_payment_amount", "Payments not yet processed."),
            Time("created_time", "When the bill was created.", nullable: false, sortable: true),
            Time("last_modified_time", "When the bill was last changed.", nullable: false, filters: ApiFilterOperators.ModifiedSince),

            Count("payment_terms", "Payment terms in days.").Detail(),
            Text("payment_terms_label", "Payment terms as shown.").Detail(),
            Id("recurring_bill_id", "Id of the recurring bill that made it.", filters: ApiFilterOperators.Equals).Detail(),
            Text("currency_symbol", "Symbol of the bill currency.", size: 8).Detail(),
            Flag("is_inclusive_tax", "True when rates include tax.").Detail(),
            Money("payment_made", "Payments made on the bill.").Detail(),
            Money("vendor_credits_applied", "Vendor credits applied to the bill.").Detail(),
            .. DocumentColumns.Totals(),
            .. DocumentColumns.NotesAndTerms(),
            .. DocumentColumns.Address("billing", "billing_address"),
            JsonText("purchaseorder_ids", "Ids of the purchase orders billed").Detail(),
            JsonText("custom_fields", "The bill's custom fields").Detail(),
        ]);

    public static ChildTableDefinition LineItems { get; } = new(
        name: "bill_line_items",
        description: "Lines of bills (from each bill's record: one API call per bill read).",
        parent: Definition,
        detailArray: "line_items",
        columns: LineItemColumns.For(Id("bill_id", "Id of the bill (bills.bill_id).", nullable: false), itemId: true, accounts: true));

    public static ChildTableDefinition Payments { get; } = new(
        name: "bill_payments",
        description: "Vendor payments applied to each bill (from each bill's record).",
        parent: Definition,
        detailArray: "payments",
        columns:
        [
            Id("bill_id", "Id of the bill (bills.bill_id).", nullable: false),
            Id("payment_id", "Id of the vendor payment (vendor_payments.payment_id).", nullable: false),
            Id("bill_payment_id", "Id of the application of the payment to the bill."),
            Text("payment_number", "Number of the payment.", size: 100),
            Date("date", "Date of the payment."),
            Text("payment_mode", "How it was paid.", size: 64),
            Money("amount", "Amount of the payment applied to the bill."),
        ]);

    public static ChildTableDefinition VendorCredits { get; } = new(
        name: "bill_vendor_credits",
        description: "Vendor credits applied to each bill (from each bill's record).",
        parent: Definition,
        detailArray: "vendor_credits",
        columns:
        [
            Id("bill_id", "Id of the bill (bills.bill_id).", nullable: false),
            Id("vendor_credit_id", "Id of the vendor credit (vendor_credits.vendor_credit_id).", nullable: false),
            Text("vendor_credit_number", "Number of the vendor credit.", size: 100),
            Date("date", "Date the credit was applied."),
            Money("amount", "Amount credited to the bill."),
        ]);
}
