namespace ZohoOdbc.Emulator.Data;

/// <summary>A recurring invoice profile, made from the first invoice it produced (that invoice carries its id).</summary>
public sealed record RecurringInvoice
{
    public required string RecurringInvoiceId { get; init; }
    public required string RecurrenceName { get; init; }
    public required string CustomerName { get; init; }
    public required string CustomerId { get; init; }
    /// <summary>active | stopped | expired</summary>
    public required string Status { get; init; }
    public required string RecurrenceFrequency { get; init; }
    public required int RepeatEvery { get; init; }
    public required string CurrencyId { get; init; }
    public required string CurrencyCode { get; init; }
    public required DateOnly StartDate { get; init; }
    public required DateOnly? EndDate { get; init; }
    public required DateOnly? LastSentDate { get; init; }
    public required DateOnly? NextInvoiceDate { get; init; }
    public required decimal Total { get; init; }
    public IReadOnlyList<CustomField> CustomFields { get; init; } = [];
    public required PostalAddress BillingAddress { get; init; }
    public required PostalAddress ShippingAddress { get; init; }
    public required DateTimeOffset CreatedTime { get; init; }
    public required DateTimeOffset LastModifiedTime { get; init; }
    public required string ReferenceNumber { get; init; }
    public required IReadOnlyList<ContactPersonReference> ContactPersonsAssociated { get; init; }
    public string LocationId { get; init; } = "";
    public string LocationName { get; init; } = "";
    public required IReadOnlyList<LineItem> LineItems { get; init; }
    public required decimal SubTotal { get; init; }
    public required decimal TaxTotal { get; init; }
    public required decimal PaidInvoicesTotal { get; init; }
    public required decimal UnpaidInvoicesBalance { get; init; }
}
