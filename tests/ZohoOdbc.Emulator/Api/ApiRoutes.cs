using ZohoOdbc.Emulator.Data;

namespace ZohoOdbc.Emulator.Api;

/// <summary>Every Zoho API route of the emulator, for both products, and the Zoho-style 404 for anything else.</summary>
internal static class ApiRoutes
{
    public static void Map(IEndpointRouteBuilder routes, ApiGuard guard, DataStore store)
    {
        foreach (ZohoProduct product in ZohoProduct.All)
        {
            OrganizationEndpoints.Map(routes, product, guard);
            EntityEndpoints.Map(routes, product, ContactsEntity.Definition, guard, store);
            EntityEndpoints.Map(routes, product, InvoicesEntity.Definition, guard, store);
        }

        routes.MapFallback(_ => throw ZohoErrors.InvalidUrl());
    }
}
