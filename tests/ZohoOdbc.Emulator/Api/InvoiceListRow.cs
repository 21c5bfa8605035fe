using ZohoOdbc.Emulator.Data;

namespace ZohoOdbc.Emulator.Api;

/// <summary>A row of GET /invoices: only the list fields of zoho-api.md §8 (no line items, no totals breakdown).</summary>
public sealed record InvoiceListRow
{
    public required string InvoiceId { get; init; }
    public required bool AchPaymentInitiated { get; init; }
    public required string CustomerName { get; init; }
    public required string CustomerId { get; init; }
    public required string CompanyName { get; init; }
    public required string Status { get; init; }
    public required string InvoiceNumber { get; init; }
    public required string ReferenceNumber { get; init; }
    public required DateOnly Date { get; init; }
    public required DateOnly DueDate { get; init; }
    public required string DueDays { get; init; }
    public required string CurrencyId { get; init; }
    public required string CurrencyCode { get; init; }
    public required string CurrencySymbol { get; init; }
    public required decimal ExchangeRate { get; init; }
    public required string ScheduleTime { get; init; }
    public required bool IsViewedByClient { get; init; }
    public required bool HasAttachment { get; init; }
    public required DateTimeOffset? ClientViewedTime { get; init; }
    public required decimal Total { get; init; }
    public required decimal Balance { get; init; }
    public required DateTimeOffset CreatedTime { get; init; }
    public required DateTimeOffset LastModifiedTime { get; init; }
    public required DateTimeOffset UpdatedTime { get; init; }
    public required bool IsEmailed { get; init; }
    public required int RemindersSent { get; init; }
    public required DateOnly? LastReminderSentDate { get; init; }
    public required DateOnly? PaymentExpectedDate { get; init; }
    public required DateOnly? LastPaymentDate { get; init; }
    public required IReadOnlyList<CustomField> CustomFields { get; init; }
    public required IReadOnlyDictionary<string, string> CustomFieldHash { get; init; }
    /// <summary>Zoho's list rows show documents as a string ("" when there are none).</summary>
    public required string Documents { get; init; }
    public required string LocationId { get; init; }
    public required string LocationName { get; init; }
    public required string SalespersonId { get; init; }
    public required string SalespersonName { get; init; }
    public required decimal ShippingCharge { get; init; }
    public required decimal Adjustment { get; init; }
    public required decimal WriteOffAmount { get; init; }
    public required string Email { get; init; }
    public required string Phone { get; init; }
    public required InvoiceListAddress BillingAddress { get; init; }
    public required InvoiceListAddress ShippingAddress { get; init; }
    public required string InvoiceUrl { get; init; }
    public required string TemplateId { get; init; }
    public required string TransactionType { get; init; }
    public required string ZcrmPotentialId { get; init; }

    public static InvoiceListRow From(Invoice invoice) => new()
    {
        InvoiceId = invoice.InvoiceId,
        AchPaymentInitiated = invoice.AchPaymentInitiated,
        CustomerName = invoice.CustomerName,
        CustomerId = invoice.CustomerId,
        CompanyName = invoice.CompanyName,
        Status = invoice.Status,
        InvoiceNumber = invoice.InvoiceNumber,
        ReferenceNumber = invoice.ReferenceNumber,
        Date = invoice.Date,
        DueDate = invoice.DueDate,
        DueDays = invoice.DueDays,
        CurrencyId = invoice.CurrencyId,
        CurrencyCode = invoice.CurrencyCode,
        CurrencySymbol = invoice.CurrencySymbol,
        ExchangeRate = invoice.ExchangeRate,
        ScheduleTime = invoice.ScheduleTime,
        IsViewedByClient = invoice.IsViewedByClient,
        HasAttachment = invoice.HasAttachment,
        ClientViewedTime = invoice.ClientViewedTime,
        Total = invoice.Total,
        Balance = invoice.Balance,
        CreatedTime = invoice.CreatedTime,
        LastModifiedTime = invoice.LastModifiedTime,
        UpdatedTime = invoice.LastModifiedTime,
        IsEmailed = invoice.IsEmailed,
        RemindersSent = invoice.RemindersSent,
        LastReminderSentDate = invoice.LastReminderSentDate,
        PaymentExpectedDate = invoice.PaymentExpectedDate,
        LastPaymentDate = invoice.LastPaymentDate,
        CustomFields = invoice.CustomFields,
        CustomFieldHash = invoice.CustomFieldHash,
        Documents = "",
        LocationId = invoice.LocationId,
        LocationName = invoice.LocationName,
        SalespersonId = invoice.SalespersonId,
        SalespersonName = invoice.SalespersonName,
        ShippingCharge = invoice.ShippingCharge,
        Adjustment = invoice.Adjustment,
        WriteOffAmount = invoice.WriteOffAmount,
        Email = invoice.Email,
        Phone = invoice.Phone,
        BillingAddress = InvoiceListAddress.From(invoice.BillingAddress),
        ShippingAddress = InvoiceListAddress.From(invoice.ShippingAddress),
        InvoiceUrl = invoice.InvoiceUrl,
        TemplateId = invoice.TemplateId,
        TransactionType = invoice.TransactionType,
        ZcrmPotentialId = invoice.ZcrmPotentialId,
    };
}
