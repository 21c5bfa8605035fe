using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>GET /vendorpayments and /vendorpayments/{id} (detail key "vendorpayment"; Books only).</summary>
internal static class VendorPaymentsEntity
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
        ["PaymentMode.Others"] = "others",
    };

    public static EntityDefinition<VendorPayment> Definition { get; } = new()
    {
        EntityName = "Vendor Payment",
        Collection = "vendorpayments",
        ListKey = "vendorpayments",
        DetailKey = "vendorpayment",
        ReportName = "Vendor Payments",
        ScopeModule = "vendorpayments",
        InInvoice = false,
        IdField = "payment_id",
        Id = p => p.PaymentId,
        Records = data => data.VendorPayments,
        Replace = (data, records) => data with { VendorPayments = records },
        Filters = new FilterCatalog<VendorPayment>()
            .Text("vendor_name", p => p.VendorName)
            .Text("reference_number", p => p.ReferenceNumber)
            .Text("payment_number", p => p.PaymentNumber)
            .Text("payment_mode", p => p.PaymentMode)
            .Text("notes", p => p.Description)
            .Text("description", p => p.Description)
            .Date("date", p => p.Date)
            .Number("amount", p => p.Amount)
            .Id("vendor_id", p => p.VendorId)
            .IdAny("bill_id", p => p.Bills.Select(b => b.BillId))
            .ModifiedSince("last_modified_time", p => p.LastModifiedTime)
            .Add("search_text", (text, _) => p =>
                p.PaymentNumber.Contains(text, StringComparison.OrdinalIgnoreCase)
                || p.ReferenceNumber.Contains(text, StringComparison.OrdinalIgnoreCase)
                || p.VendorName.Contains(text, StringComparison.OrdinalIgnoreCase)),
        Sorts = new SortCatalog<VendorPayment>()
            .Text("vendor_name", p => p.VendorName)
            .Date("date", p => p.Date)
            .Text("reference_number", p => p.ReferenceNumber)
            .Number("amount", p => p.Amount)
            .Number("balance", p => p.Balance)
            .Timestamp("created_time", p => p.CreatedTime),
        Views = Modes.Aggregate(new ViewCatalog<VendorPayment>().All("PaymentMode.All"),
            (views, mode) => views.Add(mode.Key, p => p.PaymentMode == mode.Value)),
        DetailInfo = EmulatorJsonContext.Default.VendorPayment,
        DetailOnlyFields =
        [
            "tax_amount_withheld", "currency_id", "currency_code", "paid_through_account_type", "billing_address", "bills",
            "location_id", "location_name", "custom_fields",
        ],
    };
}
