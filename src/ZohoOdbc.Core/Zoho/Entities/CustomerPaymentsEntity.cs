using static ZohoOdbc.Core.Zoho.EntityColumns;

namespace ZohoOdbc.Core.Zoho.Entities;

/// <summary><c>GET /customerpayments</c> (reference §8 Customer payments) and the invoices each payment paid.</summary>
internal static class CustomerPaymentsEntity
{
    public static EntityDefinition Definition { get; } = new(
        name: "customer_payments",
        description: "Payments received from customers (Zoho /customerpayments).",
        listPath: "/customerpayments",
        listKey: "customerpayments",
        scopeModule: "customerpayments",
        detailKey: "payment",
        columns:
        [
            Id("payment_id", "Zoho's id of the payment.", nullable: false),
            Text("payment_number", "The payment number.", size: 100),
            Date("date", "Payment date.", nullable: false, filters: ApiFilterOperators.Date),
            Text("payment_mode", "check, cash, creditcard, banktransfer, ...", size: 64, filters: ApiFilterOperators.Text),
            Money("amount", "Amount received.", nullable: false, filters: ApiFilterOperators.Number),
            Money("bcy_amount", "Amount in the base currency."),
            Money("unused_amount", "Amount not applied to invoices."),
            Id("customer_id", "Id of the customer (contacts.contact_id).", nullable: false, filters: ApiFilterOperators.Equals),
            Text("customer_name", "Name of the customer.", filters: ApiFilterOperators.Text),
            Text("invoice_numbers", "Numbers of the invoices paid, as Zoho lists them.", size: 1000),
            Text("reference_number", "Reference (cheque number, transfer id).", filters: ApiFilterOperators.Text),
            LongText("description", "Description."),
            Id("account_id", "Id of the deposit account."),
            Text("account_name", "Name of the deposit account."),
            Text("payment_type", "Kind of payment.", size: 64),
            Text("payment_status", "Payment status.", size: 64),
            Money("tax_amount_withheld", "Tax withheld by the customer."),
            Id("location_id", "Id of the business location."),
            Text("location_name", "Name of the business location."),
            Time("created_time", "When the payment was recorded.", nullable: false),
            Time("last_modified_time", "When the payment was last changed.", nullable: false, filters: ApiFilterOperators.ModifiedSince),

            Text("status", "Status of the payment record.", size: 32).Detail(),
            Money("amount_refunded", "Amount refunded.").Detail(),
            Money("bank_charges", "Bank charges.").Detail(),
            Text("currency_code", "ISO code of the currency.", size: 8).Detail(),
            Text("currency_symbol", "Symbol of the currency.", size: 8).Detail(),
            Rate("exchange_rate", "Rate to the base currency.").Detail(),
            Text("email", "Customer's email address.").Detail(),
            JsonText("custom_fields", "The payment's custom fields").Detail(),
        ]);

    public static ChildTableDefinition Invoices { get; } = new(
        name: "customer_payment_invoices",
        description: "The invoices each customer payment paid, and how much (from each payment's record).",
        parent: Definition,
        detailArray: "invoices",
        columns:
        [
            Id("payment_id", "Id of the payment (customer_payments.payment_id).", nullable: false),
            Id("invoice_id", "Id of the invoice paid (invoices.invoice_id).", nullable: false).ParentFilter("invoice_id"),
            Text("invoice_number", "Number of the invoice paid.", size: 100),
            Date("date", "Date of the invoice."),
            Money("invoice_amount", "Total of the invoice."),
            Money("amount_applied", "Amount of the payment applied to the invoice."),
            Money("balance_amount", "Balance of the invoice after the payment."),
        ]);
}
