namespace ZohoOdbc.Emulator.Api;

/// <summary>Zoho Books or Zoho Invoice: the API base path and how the organization id may be passed.</summary>
internal sealed record ZohoProduct(string Name, string BasePath, bool AcceptsOrganizationHeader)
{
    public const string OrganizationParameter = "organization_id";
    public const string OrganizationHeader = "X-com-zoho-invoice-organizationid";

    /// <summary>Books takes the organization only as the organization_id query parameter.</summary>
    public static ZohoProduct Books { get; } = new("Books", "/books/v3", AcceptsOrganizationHeader: false);

    /// <summary>Invoice takes the X-com-zoho-invoice-organizationid header or the query parameter.</summary>
    public static ZohoProduct Invoice { get; } = new("Invoice", "/invoice/v3", AcceptsOrganizationHeader: true);

    public static IReadOnlyList<ZohoProduct> All { get; } = [Books, Invoice];
}
