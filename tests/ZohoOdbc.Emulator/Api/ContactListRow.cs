using ZohoOdbc.Emulator.Data;

namespace ZohoOdbc.Emulator.Api;

/// <summary>A row of GET /contacts: only the list fields of zoho-api.md §8 (detail-only fields are left out).</summary>
public sealed record ContactListRow
{
    public required string ContactId { get; init; }
    public required string ContactName { get; init; }
    public required string CompanyName { get; init; }
    public required string ContactType { get; init; }
    public required string CustomerSubType { get; init; }
    public required string Status { get; init; }
    public required int PaymentTerms { get; init; }
    public required string PaymentTermsLabel { get; init; }
    public required string CurrencyId { get; init; }
    public required string CurrencyCode { get; init; }
    public required decimal OutstandingReceivableAmount { get; init; }
    public required decimal OutstandingReceivableAmountBcy { get; init; }
    public required decimal OutstandingPayableAmount { get; init; }
    public required decimal OutstandingPayableAmountBcy { get; init; }
    public required decimal UnusedCreditsReceivableAmount { get; init; }
    public required decimal UnusedCreditsReceivableAmountBcy { get; init; }
    public required string FirstName { get; init; }
    public required string LastName { get; init; }
    public required string Email { get; init; }
    public required string Phone { get; init; }
    public required string Mobile { get; init; }
    public required string Website { get; init; }
    public required string PortalStatus { get; init; }
    public required DateTimeOffset CreatedTime { get; init; }
    public required DateTimeOffset LastModifiedTime { get; init; }
    public required IReadOnlyDictionary<string, string> CustomFieldHash { get; init; }

    public static ContactListRow From(Contact contact) => new()
    {
        ContactId = contact.ContactId,
        ContactName = contact.ContactName,
        CompanyName = contact.CompanyName,
        ContactType = contact.ContactType,
        CustomerSubType = contact.CustomerSubType,
        Status = contact.Status,
        PaymentTerms = contact.PaymentTerms,
        PaymentTermsLabel = contact.PaymentTermsLabel,
        CurrencyId = contact.CurrencyId,
        CurrencyCode = contact.CurrencyCode,
        OutstandingReceivableAmount = contact.OutstandingReceivableAmount,
        OutstandingReceivableAmountBcy = contact.OutstandingReceivableAmountBcy,
        OutstandingPayableAmount = contact.OutstandingPayableAmount,
        OutstandingPayableAmountBcy = contact.OutstandingPayableAmountBcy,
        UnusedCreditsReceivableAmount = contact.UnusedCreditsReceivableAmount,
        UnusedCreditsReceivableAmountBcy = contact.UnusedCreditsReceivableAmountBcy,
        FirstName = contact.FirstName,
        LastName = contact.LastName,
        Email = contact.Email,
        Phone = contact.Phone,
        Mobile = contact.Mobile,
        Website = contact.Website,
        PortalStatus = contact.PortalStatus,
        CreatedTime = contact.CreatedTime,
        LastModifiedTime = contact.LastModifiedTime,
        CustomFieldHash = contact.CustomFieldHash,
    };
}
