using System.Text.Json;
using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Json;
using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Api;

/// <summary>
/// GET /organizations: the organizations of the token's user in this DC (no organization id needed), list fields
/// only; GET /organizations/{id}: one of them in full.
/// </summary>
internal static class OrganizationEndpoints
{
    /// <summary>Fields of an organization that only GET /organizations/{id} returns (reference §3).</summary>
    private static readonly string[] DetailOnlyFields =
    [
        "date_format", "field_separator", "industry_type", "industry_size", "company_id_label", "company_id_value",
        "tax_id_label", "tax_id_value", "org_address", "phone", "fax", "website", "address", "custom_fields",
    ];

    private static readonly Action<Utf8JsonWriter, Organization> WriteListRow =
        ListRowJson.Writer(EmulatorJsonContext.Default.Organization, DetailOnlyFields);

    public static void Map(IEndpointRouteBuilder routes, ZohoProduct product, ApiPipeline pipeline, EmulatorDirectory directory)
    {
        routes.MapGet(product.BasePath + "/organizations", pipeline.ForUser(product, "settings", (_, caller) =>
        {
            var organizations = caller.User.OrganizationIds
                .Select(id => directory.FindOrganization(id)!.Profile.Organization)
                .ToList();
            return Envelope.Array("organizations", organizations, WriteListRow);
        }));

        routes.MapGet(product.BasePath + "/organizations/{id}", pipeline.ForUser(product, "settings", (context, caller) =>
        {
            string id = (string)context.Request.RouteValues["id"]!;
            HostedOrganization? organization = caller.User.OrganizationIds.Contains(id) ? directory.FindOrganization(id) : null;
            return organization is null
                ? throw ZohoErrors.UnknownOrganization(id)
                : Envelope.Detail("organization", organization.Profile.Organization, (writer, o) => JsonSerializer.Serialize(writer, o, EmulatorJsonContext.Default.Organization));
        }));
    }
}
