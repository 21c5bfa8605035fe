namespace ZohoOdbc.Emulator.Data;

/// <summary>A payment received: <c>amount = sum(invoices[].amount_applied) + unused_amount</c>.</summary>
public sealed record CustomerPayment
{
    public required string PaymentId { get; init; }
    public required string PaymentNumber { get; init; }
    /// <summary>The invoice numbers it pays, comma separated.</summary>
    public required string InvoiceNumbers { get; init; }
    public required DateOnly Date { get; init; }
    /// <summary>check | cash | creditcard | banktransfer | bankremittance | autotransaction | others</summary>
    public required string PaymentMode { get; init; }
    public required decimal Amount { get; init; }
    public required decimal BcyAmount { get; init; }
    public string LocationId { get; init; } = "";
    public string LocationName { get; init; } = "";
    public required string CustomerId { get; init; }
    public required string CustomerName { get; init; }
    public required string ReferenceNumber { get; init; }
    public required string Description { get; init; }
    public required string AccountId { get; init; }
    public required string AccountName { get; init; }
    public required decimal UnusedAmount { get; init; }
    public string PaymentType { get; init; } = "invoice_payment";
    public string PaymentStatus { get; init; } = "success";
    public decimal TaxAmountWithheld { get; init; }
    public required DateTimeOffset CreatedTime { get; init; }
    public required DateTimeOffset LastModifiedTime { get; init; }
    public decimal AmountRefunded { get; init; }
    public decimal BankCharges { get; init; }
    public string Status { get; init; } = "success";
    public required IReadOnlyList<PaymentInvoice> Invoices { get; init; }
    public required string CurrencyCode { get; init; }
    public required string CurrencySymbol { get; init; }
    public required decimal ExchangeRate { get; init; }
    public required string Email { get; init; }
    public IReadOnlyList<CustomField> CustomFields { get; init; } = [];
}
