namespace ZohoOdbc.Emulator.Data;

/// <summary>A line of a bank account: payments received and made, expenses, transfers, interest and unmatched feed lines.</summary>
public sealed record BankTransaction
{
    public required string TransactionId { get; init; }
    public required DateOnly Date { get; init; }
    public required decimal Amount { get; init; }
    public required string TransactionType { get; init; }
    /// <summary>categorized | uncategorized | matched | manually_added | excluded</summary>
    public required string Status { get; init; }
    /// <summary>user | feed</summary>
    public required string Source { get; init; }
    public required string AccountId { get; init; }
    public required string AccountName { get; init; }
    public required string AccountType { get; init; }
    public required string CustomerId { get; init; }
    public required string Payee { get; init; }
    public required string Description { get; init; }
    public required string CurrencyId { get; init; }
    public required string CurrencyCode { get; init; }
    /// <summary>debit (money in) | credit (money out)</summary>
    public required string DebitOrCredit { get; init; }
    public required string OffsetAccountName { get; init; }
    public required string ReferenceNumber { get; init; }
    public string ImportedTransactionId { get; init; } = "";
    public bool IsRuleExist { get; init; }
    public required decimal RunningBalance { get; init; }
    /// <summary>reconciled | unreconciled</summary>
    public required string ReconcileStatus { get; init; }
    public string FromAccountId { get; init; } = "";
    public string FromAccountName { get; init; } = "";
    public string ToAccountId { get; init; } = "";
    public string ToAccountName { get; init; } = "";
    public string PaymentMode { get; init; } = "";
    public decimal ExchangeRate { get; init; } = 1m;
    public string CustomerName { get; init; } = "";
    public string VendorId { get; init; } = "";
    public string VendorName { get; init; } = "";
    public decimal BankCharges { get; init; }
    public required decimal SubTotal { get; init; }
    public required decimal Total { get; init; }
    public required decimal BcyTotal { get; init; }
}
