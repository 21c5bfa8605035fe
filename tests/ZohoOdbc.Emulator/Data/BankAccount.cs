namespace ZohoOdbc.Emulator.Data;

/// <summary>A bank or credit-card account: balance = opening balance + categorised transactions; bank_balance adds the uncategorised ones.</summary>
public sealed record BankAccount
{
    public required string AccountId { get; init; }
    public required string AccountName { get; init; }
    public required string AccountCode { get; init; }
    public required string CurrencyId { get; init; }
    public required string CurrencyCode { get; init; }
    /// <summary>bank | credit_card</summary>
    public required string AccountType { get; init; }
    public required string AccountNumber { get; init; }
    public required int UncategorizedTransactions { get; init; }
    public int TotalUnprintedChecks { get; init; }
    public required bool IsActive { get; init; }
    public required decimal Balance { get; init; }
    public required decimal BankBalance { get; init; }
    public required decimal BcyBalance { get; init; }
    public required string BankName { get; init; }
    public required string RoutingNumber { get; init; }
    public required bool IsPrimaryAccount { get; init; }
    public bool IsPaypalAccount { get; init; }
    public required string CurrencySymbol { get; init; }
    public required bool IsFeedsSubscribed { get; init; }
    public required bool IsFeedsActive { get; init; }
    public required string Description { get; init; }
    public DateOnly? FeedsLastRefreshDate { get; init; }
}
