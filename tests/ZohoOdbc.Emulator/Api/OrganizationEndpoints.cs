using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>GET /organizations: the organizations the token's user belongs to (no organization id needed).</summary>
internal static class OrganizationEndpoints
{
    public static void Map(IEndpointRouteBuilder routes, ZohoProduct product, ApiGuard guard) =>
        routes.MapGet(product.BasePath + "/organizations", context =>
        {
            guard.Authenticate(context.Request);
            return Envelope.Array("organizations", [Organization.Emulated], EmulatorJsonContext.Default.Organization)
                .ExecuteAsync(context);
        });
}
