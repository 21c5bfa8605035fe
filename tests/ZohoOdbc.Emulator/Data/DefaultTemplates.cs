namespace ZohoOdbc.Emulator.Data;

/// <summary>Per-contact template overrides; empty ids mean "use the organization's default".</summary>
public sealed record DefaultTemplates
{
    public string InvoiceTemplateId { get; init; } = "";
    public string InvoiceTemplateName { get; init; } = "";
    public string EstimateTemplateId { get; init; } = "";
    public string EstimateTemplateName { get; init; } = "";
    public string CreditnoteTemplateId { get; init; } = "";
    public string CreditnoteTemplateName { get; init; } = "";
}
