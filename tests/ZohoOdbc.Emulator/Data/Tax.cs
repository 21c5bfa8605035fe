namespace ZohoOdbc.Emulator.Data;

/// <summary>A tax of the organization (GET /settings/taxes).</summary>
public sealed record Tax
{
    public required string TaxId { get; init; }
    public required string TaxName { get; init; }
    public required decimal TaxPercentage { get; init; }
    public string TaxType { get; init; } = "tax";
    public string TaxFactor { get; init; } = "";
    public string TaxSpecificType { get; init; } = "";
    public string TaxAuthorityId { get; init; } = "";
    public string TaxAuthorityName { get; init; } = "";
    public bool IsValueAdded { get; init; }
    public required bool IsDefaultTax { get; init; }
    public bool IsEditable { get; init; } = true;
    public required string TaxAccountId { get; init; }
    public required string PurchaseTaxAccountId { get; init; }
    public required string Country { get; init; }
    public required string CountryCode { get; init; }
}
