namespace ZohoOdbc.Emulator.Data;

/// <summary>
/// A customer or vendor with every field of a contact detail response (GET /contacts/{id});
/// list rows are a projection of it (<see cref="Api.ContactListRow"/>).
/// </summary>
public sealed record Contact
{
    public required string ContactId { get; init; }
    public required string ContactName { get; init; }
    public required string CompanyName { get; init; }
    /// <summary>customer | vendor</summary>
    public required string ContactType { get; init; }
    /// <summary>business | individual</summary>
    public required string CustomerSubType { get; init; }
    /// <summary>active | inactive</summary>
    public required string Status { get; init; }
    public required int PaymentTerms { get; init; }
    public required string PaymentTermsLabel { get; init; }
    public required string CurrencyId { get; init; }
    public required string CurrencyCode { get; init; }
    public required string CurrencySymbol { get; init; }
    public decimal OutstandingReceivableAmount { get; init; }
    public decimal OutstandingReceivableAmountBcy { get; init; }
    public decimal OutstandingPayableAmount { get; init; }
    public decimal OutstandingPayableAmountBcy { get; init; }
    public decimal UnusedCreditsReceivableAmount { get; init; }
    public decimal UnusedCreditsReceivableAmountBcy { get; init; }
    public required string FirstName { get; init; }
    public required string LastName { get; init; }
    public required string Email { get; init; }
    public required string Phone { get; init; }
    public required string Mobile { get; init; }
    public required string Website { get; init; }
    /// <summary>enabled | disabled</summary>
    public required string PortalStatus { get; init; }
    public required DateTimeOffset CreatedTime { get; init; }
    public required DateTimeOffset LastModifiedTime { get; init; }

    // Detail-only fields.
    public decimal CreditLimit { get; init; }
    public string PricebookId { get; init; } = "";
    public bool IsTaxable { get; init; }
    public string TaxId { get; init; } = "";
    public string TaxName { get; init; } = "";
    public decimal TaxPercentage { get; init; }
    public string TaxExemptionId { get; init; } = "";
    public string TaxExemptionCode { get; init; } = "";
    public required string LegalName { get; init; }
    public required string PrimaryContactId { get; init; }
    public IReadOnlyList<OpeningBalance> OpeningBalances { get; init; } = [];
    public bool PaymentReminderEnabled { get; init; }
    public IReadOnlyList<CustomField> CustomFields { get; init; } = [];
    public IReadOnlyDictionary<string, string> CustomFieldHash { get; init; } = EmptyHash;
    public required PostalAddress BillingAddress { get; init; }
    public required PostalAddress ShippingAddress { get; init; }
    public required IReadOnlyList<ContactPerson> ContactPersons { get; init; }
    public DefaultTemplates DefaultTemplates { get; init; } = new();
    public string Notes { get; init; } = "";

    internal static readonly IReadOnlyDictionary<string, string> EmptyHash = new Dictionary<string, string>();
}
