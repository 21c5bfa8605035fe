using System.Text.Json.Serialization;

namespace ZohoOdbc.Core.Zoho.Json;

/// <summary>Answer of <c>GET /organizations</c> (reference §3), only the fields Core uses.</summary>
internal sealed class OrganizationListResponse
{
    public List<OrganizationEntry>? Organizations { get; set; }
}

internal sealed class OrganizationEntry
{
    // Real ids are strings; some documentation shows numbers, so accept both.
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? OrganizationId { get; set; }
    public string? Name { get; set; }
    public string? CurrencyCode { get; set; }

    /// <summary>FREE, STANDARD, PROFESSIONAL, ...: sets the daily API quota.</summary>
    public string? PlanName { get; set; }
}
