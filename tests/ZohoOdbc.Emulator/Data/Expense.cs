namespace ZohoOdbc.Emulator.Data;

/// <summary>An expense, possibly billable to a customer and paid through a bank, card or cash account.</summary>
public sealed record Expense
{
    public required string ExpenseId { get; init; }
    public required DateOnly Date { get; init; }
    public required string AccountName { get; init; }
    public required string Description { get; init; }
    public required string CurrencyId { get; init; }
    public required string CurrencyCode { get; init; }
    public required decimal BcyTotal { get; init; }
    public required decimal BcyTotalWithoutTax { get; init; }
    public required decimal Total { get; init; }
    public required decimal TotalWithoutTax { get; init; }
    public required bool IsBillable { get; init; }
    public required string ReferenceNumber { get; init; }
    public required string CustomerId { get; init; }
    public required string CustomerName { get; init; }
    /// <summary>nonbillable | unbilled | invoiced | reimbursed</summary>
    public required string Status { get; init; }
    public string LocationId { get; init; } = "";
    public string LocationName { get; init; } = "";
    public required DateTimeOffset CreatedTime { get; init; }
    public required DateTimeOffset LastModifiedTime { get; init; }
    public string ExpenseReceiptName { get; init; } = "";
    public decimal MileageRate { get; init; }
    public string MileageUnit { get; init; } = "";
    public string ExpenseType { get; init; } = "non-mileage";
    public decimal StartReading { get; init; }
    public decimal EndReading { get; init; }
    public required string VendorId { get; init; }
    public required string VendorName { get; init; }
    public required string PaidThroughAccountId { get; init; }
    public required string PaidThroughAccountName { get; init; }
    public required decimal ExchangeRate { get; init; }
    public bool IsPersonal { get; init; }
    public required decimal TaxAmount { get; init; }
    public bool IsItemizedExpense { get; init; }
    public required string AccountId { get; init; }
    public required string TaxId { get; init; }
    public required string TaxName { get; init; }
    public required decimal TaxPercentage { get; init; }
    public required decimal SubTotal { get; init; }
    public required decimal Amount { get; init; }
    public bool IsInclusiveTax { get; init; }
    public string InvoiceId { get; init; } = "";
    public string InvoiceNumber { get; init; } = "";
    public string ProjectId { get; init; } = "";
    public string ProjectName { get; init; } = "";
    public string RecurringExpenseId { get; init; } = "";
}
