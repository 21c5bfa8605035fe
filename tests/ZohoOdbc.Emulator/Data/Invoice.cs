namespace ZohoOdbc.Emulator.Data;

/// <summary>
/// An invoice with every field of an invoice detail response (GET /invoices/{id});
/// list rows are a projection of it (<see cref="Api.InvoiceListRow"/>).
/// total = sub_total + tax_total + shipping_charge + adjustment; balance is 0 when paid or void.
/// </summary>
public sealed record Invoice
{
    public required string InvoiceId { get; init; }
    public required string InvoiceNumber { get; init; }
    /// <summary>draft | sent | overdue | partially_paid | paid | void</summary>
    public required string Status { get; init; }
    public required DateOnly Date { get; init; }
    public required DateOnly DueDate { get; init; }
    /// <summary>"Due in 14 day(s)", "Due Today", "Overdue by 3 day(s)" relative to <see cref="SampleData.BaseDate"/>; "" once settled.</summary>
    public required string DueDays { get; init; }
    public required string CustomerId { get; init; }
    public required string CustomerName { get; init; }
    public required string CompanyName { get; init; }
    public required string Email { get; init; }
    public required string Phone { get; init; }
    public required string CurrencyId { get; init; }
    public required string CurrencyCode { get; init; }
    public required string CurrencySymbol { get; init; }
    public required decimal ExchangeRate { get; init; }
    public required string ReferenceNumber { get; init; }
    public required int PaymentTerms { get; init; }
    public required string PaymentTermsLabel { get; init; }
    public required IReadOnlyList<ContactPersonReference> ContactPersonsAssociated { get; init; }
    public decimal Discount { get; init; }
    public bool IsDiscountBeforeTax { get; init; } = true;
    public string DiscountType { get; init; } = "item_level";
    public bool IsInclusiveTax { get; init; }
    public string RecurringInvoiceId { get; init; } = "";
    public required IReadOnlyList<LineItem> LineItems { get; init; }
    public required decimal SubTotal { get; init; }
    public required decimal TaxTotal { get; init; }
    public required decimal Total { get; init; }
    public required IReadOnlyList<InvoiceTax> Taxes { get; init; }
    public int PricePrecision { get; init; } = 2;
    public decimal ShippingCharge { get; init; }
    public decimal Adjustment { get; init; }
    public string AdjustmentDescription { get; init; } = "";
    public required decimal Balance { get; init; }
    public required decimal PaymentMade { get; init; }
    public decimal CreditsApplied { get; init; }
    public decimal WriteOffAmount { get; init; }
    public decimal TaxAmountWithheld { get; init; }
    public string SalespersonId { get; init; } = "";
    public string SalespersonName { get; init; } = "";
    public string LocationId { get; init; } = "";
    public string LocationName { get; init; } = "";
    public required bool IsEmailed { get; init; }
    public required bool IsViewedByClient { get; init; }
    public DateTimeOffset? ClientViewedTime { get; init; }
    public int RemindersSent { get; init; }
    public DateOnly? LastReminderSentDate { get; init; }
    public DateOnly? PaymentExpectedDate { get; init; }
    public DateOnly? LastPaymentDate { get; init; }
    public bool AchPaymentInitiated { get; init; }
    public bool HasAttachment { get; init; }
    public string AttachmentName { get; init; } = "";
    public string ScheduleTime { get; init; } = "";
    public bool PaymentReminderEnabled { get; init; } = true;
    public bool AllowPartialPayments { get; init; } = true;
    public PaymentOptions PaymentOptions { get; init; } = new([]);
    public required PostalAddress BillingAddress { get; init; }
    public required PostalAddress ShippingAddress { get; init; }
    public required string Notes { get; init; }
    public required string Terms { get; init; }
    public required string TemplateId { get; init; }
    public required string TemplateName { get; init; }
    public string TransactionType { get; init; } = "invoice";
    public string InvoiceUrl { get; init; } = "";
    public bool CanSendInMail { get; init; } = true;
    public string ZcrmPotentialId { get; init; } = "";
    public IReadOnlyList<CustomField> CustomFields { get; init; } = [];
    public IReadOnlyDictionary<string, string> CustomFieldHash { get; init; } = Contact.EmptyHash;
    public required DateTimeOffset CreatedTime { get; init; }
    public required DateTimeOffset LastModifiedTime { get; init; }
}
