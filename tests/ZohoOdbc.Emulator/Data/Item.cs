namespace ZohoOdbc.Emulator.Data;

/// <summary>An item of the catalog (GET /items); invoice line items refer to it by item_id.</summary>
public sealed record Item
{
    public required string ItemId { get; init; }
    public required string Name { get; init; }
    /// <summary>active | inactive</summary>
    public required string Status { get; init; }
    public required string Description { get; init; }
    public required decimal Rate { get; init; }
    public required string Unit { get; init; }
    public required string TaxId { get; init; }
    public string PurchaseTaxRuleId { get; init; } = "";
    public string SalesTaxRuleId { get; init; } = "";
    public required string TaxName { get; init; }
    public required decimal TaxPercentage { get; init; }
    public required string TaxType { get; init; }
    public required string Sku { get; init; }
    /// <summary>goods | service</summary>
    public required string ProductType { get; init; }
    public IReadOnlyList<CustomField> CustomFields { get; init; } = [];
    /// <summary>sales | purchases | sales_and_purchases | inventory</summary>
    public required string ItemType { get; init; }
    public required string AccountId { get; init; }
    public required string AccountName { get; init; }
    public required string PurchaseAccountId { get; init; }
    public required string PurchaseAccountName { get; init; }
    public required decimal PurchaseRate { get; init; }
    public required string PurchaseDescription { get; init; }
    public decimal? StockOnHand { get; init; }
    public required bool IsTaxable { get; init; }
    public required DateTimeOffset CreatedTime { get; init; }
    public required DateTimeOffset LastModifiedTime { get; init; }
    public string HsnOrSac { get; init; } = "";
}
