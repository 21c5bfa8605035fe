namespace ZohoOdbc.Emulator.Api;

/// <summary>Zoho Books or Zoho Invoice: the API base path, how the organization id may be passed, and the scope prefix.</summary>
internal sealed record ZohoProduct(string Name, string BasePath, bool AcceptsOrganizationHeader, string ScopePrefix)
{
    public const string OrganizationParameter = "organization_id";
    public const string OrganizationHeader = "X-com-zoho-invoice-organizationid";

    /// <summary>Books takes the organization only as the organization_id query parameter.</summary>
    public static ZohoProduct Books { get; } = new("Books", "/books/v3", AcceptsOrganizationHeader: false, "ZohoBooks");

    /// <summary>Invoice takes the X-com-zoho-invoice-organizationid header or the query parameter.</summary>
    public static ZohoProduct Invoice { get; } = new("Invoice", "/invoice/v3", AcceptsOrganizationHeader: true, "ZohoInvoice");

    public static IReadOnlyList<ZohoProduct> All { get; } = [Books, Invoice];
}
