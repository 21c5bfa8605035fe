using ZohoOdbc.Emulator.Data;

namespace ZohoOdbc.Emulator.Api;

/// <summary>Maps GET /{collection} and GET /{collection}/{id} of one entity under one product.</summary>
internal static class EntityEndpoints
{
    public static void Map<T>(IEndpointRouteBuilder routes, ZohoProduct product, EntityDefinition<T> entity, ApiGuard guard, DataStore store)
        where T : class
    {
        string collection = $"{product.BasePath}/{entity.Collection}";

        routes.MapGet(collection, context =>
        {
            Authorize(context.Request);
            return ListEndpoint.Handle(context.Request.Query, entity, store.Current).ExecuteAsync(context);
        });

        routes.MapGet(collection + "/{id}", context =>
        {
            Authorize(context.Request);
            string id = (string)context.Request.RouteValues["id"]!;
            return ListEndpoint.Detail(id, entity, store.Current).ExecuteAsync(context);
        });

        void Authorize(HttpRequest request)
        {
            guard.Authenticate(request);
            guard.ResolveOrganization(request, product);
        }
    }
}
