namespace ZohoOdbc.Emulator.Data;

/// <summary>A vendor bill: <c>balance = total - sum(payments[].amount) - sum(vendor_credits[].amount)</c> (0 when void).</summary>
public sealed record Bill
{
    public required string BillId { get; init; }
    public required string VendorId { get; init; }
    public required string VendorName { get; init; }
    /// <summary>open | overdue | paid | partially_paid | void</summary>
    public required string Status { get; init; }
    public required string BillNumber { get; init; }
    public required string ReferenceNumber { get; init; }
    public required DateOnly Date { get; init; }
    public required DateOnly DueDate { get; init; }
    public required string DueDays { get; init; }
    public required string CurrencyId { get; init; }
    public required string CurrencyCode { get; init; }
    public int PricePrecision { get; init; } = 2;
    public required decimal ExchangeRate { get; init; }
    public required decimal Total { get; init; }
    public required decimal Balance { get; init; }
    public string LocationId { get; init; } = "";
    public string LocationName { get; init; } = "";
    public required DateTimeOffset CreatedTime { get; init; }
    public required DateTimeOffset LastModifiedTime { get; init; }
    public string AttachmentName { get; init; } = "";
    public bool HasAttachment { get; init; }
    public bool IsTdsApplied { get; init; }
    public bool IsAbnQuoted { get; init; }
    public decimal TdsTotal { get; init; }
    public decimal UnprocessedPaymentAmount { get; init; }
    public required IReadOnlyList<string> PurchaseorderIds { get; init; }
    public required int PaymentTerms { get; init; }
    public required string PaymentTermsLabel { get; init; }
    public string RecurringBillId { get; init; } = "";
    public required string CurrencySymbol { get; init; }
    public IReadOnlyList<CustomField> CustomFields { get; init; } = [];
    public bool IsInclusiveTax { get; init; }
    public required IReadOnlyList<LineItem> LineItems { get; init; }
    public required decimal SubTotal { get; init; }
    public required decimal TaxTotal { get; init; }
    public required IReadOnlyList<InvoiceTax> Taxes { get; init; }
    public required decimal PaymentMade { get; init; }
    public required decimal VendorCreditsApplied { get; init; }
    public required PostalAddress BillingAddress { get; init; }
    public required IReadOnlyList<BillPayment> Payments { get; init; }
    public required IReadOnlyList<BillVendorCredit> VendorCredits { get; init; }
    public string Notes { get; init; } = "";
    public string Terms { get; init; } = "";
}
