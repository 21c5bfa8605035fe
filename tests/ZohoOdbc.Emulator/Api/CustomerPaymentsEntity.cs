using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>GET /customerpayments (list key "customerpayments") and /customerpayments/{id} (detail key "payment").</summary>
internal static class CustomerPaymentsEntity
{
    private static readonly Dictionary<string, string> Modes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PaymentMode.Check"] = "check",
        ["PaymentMode.Cash"] = "cash",
        ["PaymentMode.BankTransfer"] = "banktransfer",
        ["PaymentMode.Paypal"] = "paypal",
        ["PaymentMode.CreditCard"] = "creditcard",
        ["PaymentMode.GoogleCheckout"] = "googlecheckout",
        ["PaymentMode.Credit"] = "credit",
        ["PaymentMode.Authorizenet"] = "authorizenet",
        ["PaymentMode.BankRemittance"] = "bankremittance",
        ["PaymentMode.Payflowpro"] = "payflowpro",
        ["PaymentMode.Stripe"] = "stripe",
        ["PaymentMode.TwoCheckout"] = "2checkout",
        ["PaymentMode.Braintree"] = "braintree",
        ["PaymentMode.Others"] = "others",
    };

    public static EntityDefinition<CustomerPayment> Definition { get; } = new()
    {
        EntityName = "Payment",
        Collection = "customerpayments",
        ListKey = "customerpayments",
        DetailKey = "payment",
        ReportName = "Customer Payments",
        ScopeModule = "customerpayments",
        IdField = "payment_id",
        Id = p => p.PaymentId,
        Records = data => data.CustomerPayments,
        Replace = (data, records) => data with { CustomerPayments = records },
        Filters = new FilterCatalog<CustomerPayment>()
            .Text("customer_name", p => p.CustomerName)
            .Text("reference_number", p => p.ReferenceNumber)
            .Text("notes", p => p.Description)
            .Text("payment_mode", p => p.PaymentMode)
            .Date("date", p => p.Date)
            .Number("amount", p => p.Amount)
            .Id("customer_id", p => p.CustomerId)
            .IdAny("invoice_id", p => p.Invoices.Select(i => i.InvoiceId))
            .ModifiedSince("last_modified_time", p => p.LastModifiedTime)
            .Add("search_text", (text, _) => p =>
                p.PaymentNumber.Contains(text, StringComparison.OrdinalIgnoreCase)
                || p.ReferenceNumber.Contains(text, StringComparison.OrdinalIgnoreCase)
                || p.CustomerName.Contains(text, StringComparison.OrdinalIgnoreCase)),
        Sorts = new SortCatalog<CustomerPayment>()
            .Text("customer_name", p => p.CustomerName)
            .Text("payment_number", p => p.PaymentNumber)
            .Date("date", p => p.Date)
            .Number("amount", p => p.Amount)
            .Text("reference_number", p => p.ReferenceNumber)
            .Timestamp("created_time", p => p.CreatedTime)
            .Timestamp("last_modified_time", p => p.LastModifiedTime),
        Views = Modes.Aggregate(new ViewCatalog<CustomerPayment>().All("PaymentMode.All"),
            (views, mode) => views.Add(mode.Key, p => p.PaymentMode == mode.Value)),
        DetailInfo = EmulatorJsonContext.Default.CustomerPayment,
        DetailOnlyFields =
        [
            "amount_refunded", "bank_charges", "status", "invoices", "currency_code", "currency_symbol", "exchange_rate", "email", "custom_fields",
        ],
    };
}
