using static ZohoOdbc.Core.Zoho.EntityColumns;

namespace ZohoOdbc.Core.Zoho.Entities;

/// <summary><c>GET /vendorpayments</c> (reference §8 Vendor payments; Zoho Books only) and the bills each payment paid.</summary>
internal static class VendorPaymentsEntity
{
    public static EntityDefinition Definition { get; } = new(
        name: "vendor_payments",
        description: "Payments made to vendors (Zoho Books /vendorpayments).",
        listPath: "/vendorpayments",
        listKey: "vendorpayments",
        scopeModule: "vendorpayments",
        detailKey: "vendorpayment",
        inInvoice: false,
        columns:
        [
            Id("payment_id", "Zoho's id of the payment.", nullable: false),
            Text("payment_number", "The payment number.", size: 100, filters: ApiFilterOperators.Text),
            Date("date", "Payment date.", nullable: false, filters: ApiFilterOperators.Date, sortable: true),
            Text("payment_mode", "How it was paid.", size: 64, filters: ApiFilterOperators.Text),
            Money("amount", "Amount paid.", nullable: false, filters: ApiFilterOperators.Number, sortable: true),
            Money("bcy_amount", "Amount in the base currency."),
            Money("balance", "Amount not applied to bills.", sortable: true),
            Money("bcy_balance", "Unapplied amount in the base currency."),
            Id("vendor_id", "Id of the vendor (contacts.contact_id).", nullable: false, filters: ApiFilterOperators.Equals),
            Text("vendor_name", "Name of the vendor.", filters: ApiFilterOperators.Text, sortable: true),
            Text("bill_numbers", "Numbers of the bills paid, as Zoho lists them.", size: 1000),
            LongText("description", "Description.", filters: ApiFilterOperators.Text),
            Text("reference_number", "Reference.", filters: ApiFilterOperators.Text, sortable: true),
            Rate("exchange_rate", "Rate to the base currency."),
            Id("paid_through_account_id", "Id of the account paid from."),
            Text("paid_through_account_name", "Name of the account paid from."),
            Flag("is_paid_via_print_check", "True when paid by printed cheque."),
            Flag("has_attachment", "True when files are attached."),
            Flag("is_ach_payment", "True for an ACH payment."),
            Text("ach_payment_status", "ACH payment status.", size: 64),
            Time("created_time", "When the payment was recorded.", nullable: false),
            Time("last_modified_time", "When the payment was last changed.", nullable: false, filters: ApiFilterOperators.ModifiedSince),

            Money("tax_amount_withheld", "Tax withheld.").Detail(),
            Id("currency_id", "Id of the currency.").Detail(),
            Text("currency_code", "ISO code of the currency.", size: 8).Detail(),
            Text("paid_through_account_type", "Type of the account paid from.", size: 64).Detail(),
            Id("location_id", "Id of the business location.").Detail(),
            Text("location_name", "Name of the business location.").Detail(),
            .. DocumentColumns.Address("billing", "billing_address"),
            JsonText("custom_fields", "The payment's custom fields").Detail(),
        ]);

    public static ChildTableDefinition Bills { get; } = new(
        name: "vendor_payment_bills",
        description: "The bills each vendor payment paid, and how much (from each payment's record).",
        parent: Definition,
        detailArray: "bills",
        columns:
        [
            Id("payment_id", "Id of the payment (vendor_payments.payment_id).", nullable: false),
            Id("bill_payment_id", "Id of the application of the payment to the bill."),
            Id("bill_id", "Id of the bill paid (bills.bill_id).", nullable: false).ParentFilter("bill_id"),
            Text("bill_number", "Number of the bill paid.", size: 100),
            Date("date", "Date of the bill."),
            Money("total", "Total of the bill."),
            Money("balance", "Balance of the bill after the payment."),
            Money("amount_applied", "Amount of the payment applied to the bill."),
        ]);
}
