namespace ZohoOdbc.Emulator.Data;

/// <summary>A purchase order; a billed one lists the bill made from it in <see cref="Bill.PurchaseorderIds"/>.</summary>
public sealed record PurchaseOrder
{
    public required string PurchaseorderId { get; init; }
    public required string VendorId { get; init; }
    public required string VendorName { get; init; }
    /// <summary>draft | open | billed | cancelled</summary>
    public required string Status { get; init; }
    public required string PurchaseorderNumber { get; init; }
    public required string ReferenceNumber { get; init; }
    public required DateOnly Date { get; init; }
    public required DateOnly DeliveryDate { get; init; }
    public required string CurrencyId { get; init; }
    public required string CurrencyCode { get; init; }
    public int PricePrecision { get; init; } = 2;
    public required decimal Total { get; init; }
    public bool HasAttachment { get; init; }
    public required DateTimeOffset CreatedTime { get; init; }
    public required DateTimeOffset LastModifiedTime { get; init; }
    public IReadOnlyList<CustomField> CustomFields { get; init; } = [];
    /// <summary>billed | yet_to_be_billed</summary>
    public required string BilledStatus { get; init; }
    public required string OrderStatus { get; init; }
    public required decimal QuantityYetToReceive { get; init; }
    public required DateOnly ExpectedDeliveryDate { get; init; }
    public decimal Discount { get; init; }
    public bool IsDiscountBeforeTax { get; init; } = true;
    public string DiscountType { get; init; } = "item_level";
    public required decimal ExchangeRate { get; init; }
    public bool IsInclusiveTax { get; init; }
    public required IReadOnlyList<LineItem> LineItems { get; init; }
    public required decimal SubTotal { get; init; }
    public required decimal TaxTotal { get; init; }
    public required IReadOnlyList<InvoiceTax> Taxes { get; init; }
    public required PostalAddress BillingAddress { get; init; }
    public string Notes { get; init; } = "";
    public string Terms { get; init; } = "";
    public string ShipVia { get; init; } = "";
    public string Attention { get; init; } = "";
    public required PostalAddress DeliveryAddress { get; init; }
    public string TemplateId { get; init; } = "";
    public string TemplateName { get; init; } = "";
}
