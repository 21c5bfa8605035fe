namespace ZohoOdbc.Emulator.Data;

/// <summary>An account of the chart of accounts; current_balance is derived from the generated transactions.</summary>
public sealed record Account
{
    public required string AccountId { get; init; }
    public required string AccountName { get; init; }
    public required string AccountCode { get; init; }
    public required string AccountType { get; init; }
    public bool IsUserCreated { get; init; }
    public required bool IsSystemAccount { get; init; }
    public required bool IsActive { get; init; }
    public required bool IsInvolvedInTransaction { get; init; }
    public required decimal CurrentBalance { get; init; }
    public string ParentAccountId { get; init; } = "";
    public string ParentAccountName { get; init; } = "";
    public int Depth { get; init; }
    public bool HasAttachment { get; init; }
    public int ChildCount { get; init; }
    public required DateTimeOffset CreatedTime { get; init; }
    public required DateTimeOffset LastModifiedTime { get; init; }
    public required string CurrencyId { get; init; }
    public required string CurrencyCode { get; init; }
    public required string Description { get; init; }
    public IReadOnlyList<CustomField> CustomFields { get; init; } = [];
    public required decimal ClosingBalance { get; init; }
}
