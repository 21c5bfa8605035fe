namespace ZohoOdbc.Emulator.Data;

/// <summary>A payment made to a vendor: <c>amount = sum(bills[].amount_applied) + balance</c>.</summary>
public sealed record VendorPayment
{
    public required string PaymentId { get; init; }
    public required string VendorId { get; init; }
    public required string VendorName { get; init; }
    public required string BillNumbers { get; init; }
    public required string PaymentMode { get; init; }
    public required string PaymentNumber { get; init; }
    public required string Description { get; init; }
    public required DateOnly Date { get; init; }
    public required string ReferenceNumber { get; init; }
    public required decimal ExchangeRate { get; init; }
    public required decimal Amount { get; init; }
    public required decimal BcyAmount { get; init; }
    public required string PaidThroughAccountId { get; init; }
    public required string PaidThroughAccountName { get; init; }
    public required decimal Balance { get; init; }
    public required decimal BcyBalance { get; init; }
    public required DateTimeOffset CreatedTime { get; init; }
    public required DateTimeOffset LastModifiedTime { get; init; }
    public bool IsPaidViaPrintCheck { get; init; }
    public bool HasAttachment { get; init; }
    public bool IsAchPayment { get; init; }
    public string AchPaymentStatus { get; init; } = "";
    public decimal TaxAmountWithheld { get; init; }
    public required string CurrencyId { get; init; }
    public required string CurrencyCode { get; init; }
    public string PaidThroughAccountType { get; init; } = "bank";
    public required PostalAddress BillingAddress { get; init; }
    public required IReadOnlyList<VendorPaymentBill> Bills { get; init; }
    public string LocationId { get; init; } = "";
    public string LocationName { get; init; } = "";
    public IReadOnlyList<CustomField> CustomFields { get; init; } = [];
}
