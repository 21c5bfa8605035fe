namespace ZohoOdbc.Emulator.Data;

/// <summary>A credit note: <c>balance = total - sum(invoices[].amount)</c>; open while it has a balance.</summary>
public sealed record CreditNote
{
    public required string CreditnoteId { get; init; }
    public required string CreditnoteNumber { get; init; }
    /// <summary>open | closed | void | draft</summary>
    public required string Status { get; init; }
    public required string ReferenceNumber { get; init; }
    public required DateOnly Date { get; init; }
    public required decimal Total { get; init; }
    public required decimal Balance { get; init; }
    public string LocationId { get; init; } = "";
    public string LocationName { get; init; } = "";
    public required string CustomerId { get; init; }
    public required string CustomerName { get; init; }
    public required string CurrencyId { get; init; }
    public required string CurrencyCode { get; init; }
    public required DateTimeOffset CreatedTime { get; init; }
    public required DateTimeOffset LastModifiedTime { get; init; }
    public required bool IsEmailed { get; init; }
    public required decimal ExchangeRate { get; init; }
    public required IReadOnlyList<ContactPersonReference> ContactPersonsAssociated { get; init; }
    public IReadOnlyList<CustomField> CustomFields { get; init; } = [];
    public required IReadOnlyList<LineItem> LineItems { get; init; }
    /// <summary>The invoices this credit was applied to, with the amount applied to each.</summary>
    public required IReadOnlyList<CreditNoteInvoice> Invoices { get; init; }
    public required decimal SubTotal { get; init; }
    public required decimal TaxTotal { get; init; }
    public required IReadOnlyList<InvoiceTax> Taxes { get; init; }
    public required PostalAddress BillingAddress { get; init; }
    public required PostalAddress ShippingAddress { get; init; }
    public string TemplateId { get; init; } = "";
    public string TemplateName { get; init; } = "";
    public string Notes { get; init; } = "";
    public string Terms { get; init; } = "";
}
