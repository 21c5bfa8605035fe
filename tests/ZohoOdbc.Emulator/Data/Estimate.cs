namespace ZohoOdbc.Emulator.Data;

/// <summary>An estimate (quote); its line items and totals follow the invoice rules.</summary>
public sealed record Estimate
{
    public required string EstimateId { get; init; }
    public required string EstimateNumber { get; init; }
    /// <summary>draft | sent | invoiced | accepted | declined | expired</summary>
    public required string Status { get; init; }
    public required DateOnly Date { get; init; }
    public required DateOnly ExpiryDate { get; init; }
    public required string CustomerId { get; init; }
    public required string CustomerName { get; init; }
    public required string CompanyName { get; init; }
    public required string ReferenceNumber { get; init; }
    public required string CurrencyId { get; init; }
    public required string CurrencyCode { get; init; }
    public required string CurrencySymbol { get; init; }
    public required decimal ExchangeRate { get; init; }
    public required decimal Total { get; init; }
    public string LocationId { get; init; } = "";
    public string LocationName { get; init; } = "";
    public required DateTimeOffset CreatedTime { get; init; }
    public required DateTimeOffset LastModifiedTime { get; init; }
    public DateOnly? AcceptedDate { get; init; }
    public DateOnly? DeclinedDate { get; init; }
    public bool HasAttachment { get; init; }
    public required bool IsViewedByClient { get; init; }
    public DateTimeOffset? ClientViewedTime { get; init; }
    public required bool IsEmailed { get; init; }
    public string SalespersonId { get; init; } = "";
    public string SalespersonName { get; init; } = "";
    public string ZcrmPotentialId { get; init; } = "";
    public required IReadOnlyList<ContactPersonReference> ContactPersonsAssociated { get; init; }
    public decimal Discount { get; init; }
    public bool IsDiscountBeforeTax { get; init; } = true;
    public string DiscountType { get; init; } = "item_level";
    public bool IsInclusiveTax { get; init; }
    public required IReadOnlyList<LineItem> LineItems { get; init; }
    public required decimal SubTotal { get; init; }
    public required decimal TaxTotal { get; init; }
    public required IReadOnlyList<InvoiceTax> Taxes { get; init; }
    public int PricePrecision { get; init; } = 2;
    public decimal Adjustment { get; init; }
    public string AdjustmentDescription { get; init; } = "";
    public decimal ShippingCharge { get; init; }
    public required PostalAddress BillingAddress { get; init; }
    public required PostalAddress ShippingAddress { get; init; }
    public IReadOnlyList<CustomField> CustomFields { get; init; } = [];
    public IReadOnlyDictionary<string, string> CustomFieldHash { get; init; } = Contact.EmptyHash;
    public string TemplateId { get; init; } = "";
    public string TemplateName { get; init; } = "";
    public string Notes { get; init; } = "";
    public string Terms { get; init; } = "";
}
