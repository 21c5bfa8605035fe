namespace ZohoOdbc.Emulator.Data;

/// <summary>A vendor credit: <c>balance = total - sum(bills_credited[].amount)</c>.</summary>
public sealed record VendorCredit
{
    public required string VendorCreditId { get; init; }
    public required string VendorCreditNumber { get; init; }
    /// <summary>open | closed | void | draft</summary>
    public required string Status { get; init; }
    public required string ReferenceNumber { get; init; }
    public required DateOnly Date { get; init; }
    public required decimal Total { get; init; }
    public required decimal Balance { get; init; }
    public required string VendorId { get; init; }
    public required string VendorName { get; init; }
    public required string CurrencyId { get; init; }
    public required string CurrencyCode { get; init; }
    public required DateTimeOffset CreatedTime { get; init; }
    public required DateTimeOffset LastModifiedTime { get; init; }
    public bool HasAttachment { get; init; }
    public required decimal ExchangeRate { get; init; }
    public bool IsInclusiveTax { get; init; }
    public string LocationId { get; init; } = "";
    public string LocationName { get; init; } = "";
    public required IReadOnlyList<LineItem> LineItems { get; init; }
    public IReadOnlyList<CustomField> CustomFields { get; init; } = [];
    public required decimal SubTotal { get; init; }
    public required decimal TaxTotal { get; init; }
    public required decimal TotalCreditsUsed { get; init; }
    public decimal TotalRefundedAmount { get; init; }
    public string Notes { get; init; } = "";
    public required IReadOnlyList<BillCredited> BillsCredited { get; init; }
}
