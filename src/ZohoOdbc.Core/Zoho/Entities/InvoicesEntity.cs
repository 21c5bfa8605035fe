using static ZohoOdbc.Core.Zoho.EntityColumns;

namespace ZohoOdbc.Core.Zoho.Entities;

/// <summary>
/// <c>GET /invoices</c> (reference §8 Invoices): the list fields, without nested objects and arrays
/// (custom_fields, documents, addresses), which need the detail call.
/// </summary>
internal static class InvoicesEntity
{
    public static EntityDefinition Definition { get; } = new(
        name: "invoices",
        description: "Sales invoices (Zoho list /invoices): one row per invoice, header fields only.",
        listPath: "/invoices",
        listKey: "invoices",
        scopeModule: "invoices",
        columns:
        [
            Id("invoice_id", "Zoho's id of the invoice.", nullable: false),
            Flag("ach_payment_initiated", "True when an ACH payment has been initiated for the invoice."),
            Text("customer_name", "Name of the customer invoiced.", nullable: false, filters: ApiFilterOperators.Equals, sortable: true),
            Id("customer_id", "Id of the customer (contacts.contact_id).", nullable: false, filters: ApiFilterOperators.Equals),
            Text("status", "draft, sent, overdue, paid, void, partially_paid, ...", nullable: false, size: 32,
                valueFilter: ApiValueFilter.Same("status", "draft", "sent", "overdue", "paid", "void", "partially_paid")),
            Text("invoice_number", "The invoice number shown on the document.", nullable: false, size: 100,
                filters: ApiFilterOperators.Text, sortable: true),
            Text("reference_number", "The customer's reference (e.g. a purchase order number).", filters: ApiFilterOperators.Equals),
            Date("date", "Invoice date.", nullable: false, filters: ApiFilterOperators.Date, sortable: true),
            Date("due_date", "Date the payment is due.", filters: ApiFilterOperators.Date, sortable: true),
            Text("due_days", "Zoho's text about the due date, e.g. 'Due in 14 day(s)'."),
            Id("currency_id", "Id of the invoice currency."),
            Text("currency_code", "ISO code of the invoice currency.", size: 8),
            Text("currency_symbol", "Symbol of the invoice currency.", size: 8),
            Time("schedule_time", "When the invoice is scheduled to be sent, if it is."),
            Flag("is_viewed_by_client", "True once the customer has viewed the invoice."),
            Flag("has_attachment", "True when files are attached to the invoice."),
            Time("client_viewed_time", "When the customer last viewed the invoice."),
            Money("total", "Invoice total, taxes included, in the invoice currency.", nullable: false,
                filters: ApiFilterOperators.Number, sortable: true),
            Money("balance", "Amount still unpaid, in the invoice currency.", nullable: false,
                filters: ApiFilterOperators.Number, sortable: true),
            Time("created_time", "When the invoice was created.", nullable: false, sortable: true),
            Time("last_modified_time", "When the invoice was last changed.", nullable: false),
            Flag("is_emailed", "True once the invoice has been emailed."),
            Count("reminders_sent", "Number of payment reminders sent."),
            Date("last_reminder_sent_date", "Date of the last payment reminder."),
            Date("payment_expected_date", "Date the customer said they would pay."),
            Date("last_payment_date", "Date of the last payment received."),
            Id("location_id", "Id of the business location."),
            Text("location_name", "Name of the business location."),
            Id("salesperson_id", "Id of the salesperson."),
            Text("salesperson_name", "Name of the salesperson."),
            Money("shipping_charge", "Shipping charge on the invoice."),
            Money("adjustment", "Manual adjustment added to the total."),
            Money("write_off_amount", "Amount written off."),
            Rate("exchange_rate", "Rate from the invoice currency to the base currency."),
            Text("company_name", "Customer's company name."),
            Text("email", "Customer's email address.", filters: ApiFilterOperators.Equals),
            Text("phone", "Customer's phone number.", size: 100),
            Text("invoice_url", "Link to the invoice in the customer portal.", size: 1024),
            Id("template_id", "Id of the PDF template."),
            Text("transaction_type", "Kind of transaction, e.g. invoice.", size: 64),
            Id("zcrm_potential_id", "Id of the linked Zoho CRM deal."),
        ]);
}
