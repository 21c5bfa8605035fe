using ZohoOdbc.Core.Zoho.Json;

namespace ZohoOdbc.Core.Zoho;

/// <summary>Picks the organization a session works on: the one OrganizationId names, else the only one.</summary>
internal static class OrganizationSelector
{
    public static OrganizationInfo Select(IReadOnlyList<OrganizationEntry> organizations, string? organizationId, ZohoProduct product)
    {
        var known = organizations.Where(o => !string.IsNullOrEmpty(o.OrganizationId))
            .Select(o => new OrganizationInfo(o.OrganizationId!, o.Name ?? "", o.CurrencyCode ?? ""))
            .ToArray();
        var app = product == ZohoProduct.Invoice ? "Zoho Invoice" : "Zoho Books";

        if (organizationId is not null)
        {
            return known.FirstOrDefault(o => string.Equals(o.Id, organizationId.Trim(), StringComparison.Ordinal))
                ?? throw new ZohoOdbcException(SqlStates.UnableToConnect, known.Length == 0
                    ? $"OrganizationId '{organizationId}' is not available: this grant sees no {app} organization."
                    : $"OrganizationId '{organizationId}' is not one this grant can use in {app}. Available: {List(known)}.");
        }

        return known.Length switch
        {
            1 => known[0],
            0 => throw new ZohoOdbcException(SqlStates.UnableToConnect,
                $"This grant sees no {app} organization: sign in to {app} once to create one, or use a grant of a user of the organization."),
            _ => throw new ZohoOdbcException(SqlStates.UnableToConnect,
                $"This grant sees {known.Length} {app} organizations: {List(known)}. Set OrganizationId to the one to query."),
        };
    }

    private static string List(IEnumerable<OrganizationInfo> organizations) =>
        string.Join(", ", organizations.Select(o => $"{o.Id} ({o.Name})"));
}
