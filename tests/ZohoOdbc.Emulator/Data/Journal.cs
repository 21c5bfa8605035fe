namespace ZohoOdbc.Emulator.Data;

/// <summary>A manual journal; its lines balance (sum of debits = sum of credits = total).</summary>
public sealed record Journal
{
    public required string JournalId { get; init; }
    public required DateOnly JournalDate { get; init; }
    public required string EntryNumber { get; init; }
    public required string ReferenceNumber { get; init; }
    public required string CurrencyId { get; init; }
    public required string Notes { get; init; }
    /// <summary>both | cash | accrual</summary>
    public required string JournalType { get; init; }
    public string EntityType { get; init; } = "journal";
    public required decimal Total { get; init; }
    public required decimal BcyTotal { get; init; }
    public string CustomField { get; init; } = "";
    /// <summary>draft | published</summary>
    public required string Status { get; init; }
    public required string CreatedByName { get; init; }
    public required string CurrencyCode { get; init; }
    public required decimal ExchangeRate { get; init; }
    public required IReadOnlyList<JournalLine> LineItems { get; init; }
    public required decimal LineItemTotal { get; init; }
    public required DateTimeOffset CreatedTime { get; init; }
    public required DateTimeOffset LastModifiedTime { get; init; }
    public IReadOnlyList<CustomField> CustomFields { get; init; } = [];
}
