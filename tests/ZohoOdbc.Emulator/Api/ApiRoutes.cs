using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Api;

/// <summary>Every Zoho API route of the emulator, for both products, and the Zoho-style 404 for anything else.</summary>
internal static class ApiRoutes
{
    public static void Map(IEndpointRouteBuilder routes, ApiPipeline pipeline, EmulatorDirectory directory)
    {
        foreach (ZohoProduct product in ZohoProduct.All)
        {
            OrganizationEndpoints.Map(routes, product, pipeline, directory);
            foreach (IEntity entity in EntityCatalog.All)
            {
                // Zoho Invoice has no purchase side, no accountant and no banking modules (reference §11): 404 code 5 there.
                if (product == ZohoProduct.Books || entity.InInvoice)
                {
                    entity.Map(routes, product, pipeline);
                }
            }
        }

        routes.MapFallback(_ => throw ZohoErrors.InvalidUrl());
    }
}
