namespace ZohoOdbc.Emulator.Data;

/// <summary>A sales order; invoiced_status and paid_status summarise what was invoiced from it.</summary>
public sealed record SalesOrder
{
    public required string SalesorderId { get; init; }
    public string ZcrmPotentialId { get; init; } = "";
    public string ZcrmPotentialName { get; init; } = "";
    public required string CustomerName { get; init; }
    public required string CustomerId { get; init; }
    /// <summary>draft | open | invoiced | partially_invoiced | void | closed</summary>
    public required string Status { get; init; }
    public required string SalesorderNumber { get; init; }
    public required string ReferenceNumber { get; init; }
    public required DateOnly Date { get; init; }
    public required DateOnly ShipmentDate { get; init; }
    public required int ShipmentDays { get; init; }
    public required string CurrencyId { get; init; }
    public required string CurrencyCode { get; init; }
    public required decimal Total { get; init; }
    public required decimal SubTotal { get; init; }
    public required decimal BcyTotal { get; init; }
    public required DateTimeOffset CreatedTime { get; init; }
    public required DateTimeOffset LastModifiedTime { get; init; }
    public required bool IsEmailed { get; init; }
    public bool HasAttachment { get; init; }
    public IReadOnlyList<CustomField> CustomFields { get; init; } = [];
    public required DateOnly DeliveryDate { get; init; }
    /// <summary>invoiced | partially_invoiced | not_invoiced</summary>
    public required string InvoicedStatus { get; init; }
    /// <summary>paid | partially_paid | unpaid</summary>
    public required string PaidStatus { get; init; }
    public required string OrderStatus { get; init; }
    public required decimal TotalInvoicedAmount { get; init; }
    public string SalespersonId { get; init; } = "";
    public string SalespersonName { get; init; } = "";
    public required IReadOnlyList<ContactPersonReference> ContactPersonsAssociated { get; init; }
    public required decimal ExchangeRate { get; init; }
    public decimal Discount { get; init; }
    public bool IsDiscountBeforeTax { get; init; } = true;
    public string DiscountType { get; init; } = "item_level";
    public string EstimateId { get; init; } = "";
    public bool IsInclusiveTax { get; init; }
    public required IReadOnlyList<LineItem> LineItems { get; init; }
    public required decimal TaxTotal { get; init; }
    public required IReadOnlyList<InvoiceTax> Taxes { get; init; }
    public int PricePrecision { get; init; } = 2;
    public decimal Adjustment { get; init; }
    public decimal ShippingCharge { get; init; }
    public required PostalAddress BillingAddress { get; init; }
    public required PostalAddress ShippingAddress { get; init; }
    public string DeliveryMethod { get; init; } = "";
    public string Notes { get; init; } = "";
    public string Terms { get; init; } = "";
    public string TemplateId { get; init; } = "";
    public string TemplateName { get; init; } = "";
}
