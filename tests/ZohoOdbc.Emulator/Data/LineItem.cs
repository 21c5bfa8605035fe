using System.Text.Json.Serialization;

namespace ZohoOdbc.Emulator.Data;

/// <summary>One line of an invoice. item_total = rate x quantity rounded to cents; tax is summed per invoice.</summary>
public sealed record LineItem
{
    public required string LineItemId { get; init; }
    public required string ItemId { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required int ItemOrder { get; init; }
    public required decimal BcyRate { get; init; }
    public required decimal Rate { get; init; }
    public required decimal Quantity { get; init; }
    public required string Unit { get; init; }
    public decimal Discount { get; init; }
    public decimal DiscountAmount { get; init; }
    public required string TaxId { get; init; }
    public required string TaxName { get; init; }
    public required string TaxType { get; init; }
    public required decimal TaxPercentage { get; init; }
    public string TaxTreatmentCode { get; init; } = "";
    public required decimal ItemTotal { get; init; }
    /// <summary>goods | service</summary>
    public required string ProductType { get; init; }
    public string ItemType { get; init; } = "sales";
    public required string Sku { get; init; }
    public string HsnOrSac { get; init; } = "";
    public string LocationId { get; init; } = "";
    public string LocationName { get; init; } = "";
    public string ProjectId { get; init; } = "";
    public string ProjectName { get; init; } = "";
    public string ExpenseId { get; init; } = "";
    public string HeaderId { get; init; } = "";
    public string HeaderName { get; init; } = "";
    public IReadOnlyList<string> TimeEntryIds { get; init; } = [];
    public IReadOnlyList<Tag> Tags { get; init; } = [];

    /// <summary>The income or expense account of the line; purchase documents carry it, sales lines leave it out.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AccountId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AccountName { get; init; }
}
