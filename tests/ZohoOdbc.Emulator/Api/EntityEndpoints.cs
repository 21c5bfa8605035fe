namespace ZohoOdbc.Emulator.Api;

/// <summary>Maps GET /{collection} and GET /{collection}/{id} of one entity under one product.</summary>
internal static class EntityEndpoints
{
    public static void Map<T>(IEndpointRouteBuilder routes, ZohoProduct product, EntityDefinition<T> entity, ApiPipeline pipeline)
        where T : class
    {
        string collection = $"{product.BasePath}/{entity.Collection}";

        routes.MapGet(collection, pipeline.ForOrganization(product, entity.ScopeModule, (context, organization) =>
            ListEndpoint.Handle(context.Request.Query, entity, organization.Data.Current, ParentId(context))));

        routes.MapGet(collection + "/{id}", pipeline.ForOrganization(product, entity.ScopeModule, (context, organization) =>
            ListEndpoint.Detail((string)context.Request.RouteValues["id"]!, entity, organization.Data.Current, ParentId(context))));
    }

    private static string? ParentId(HttpContext context) => context.Request.RouteValues["parent_id"] as string;
}
