using ZohoOdbc.Emulator.Control;
using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Api;

/// <summary>
/// Picks the data centre from the path prefix (/eu/..., /in/...; none or /us means US) and strips it, the way
/// UsePathBase does, so every DC shares the same routes. The chosen DC is read back with <see cref="Of"/>.
/// </summary>
internal sealed class DataCentreRouting(RequestDelegate next)
{
    private static readonly object Key = new();

    public static DataCentre Of(HttpContext context) => context.Items[Key] as DataCentre ?? DataCentre.Us;

    public async Task InvokeAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        if (request.Path.StartsWithSegments(ControlEndpoints.BasePath))
        {
            await next(context);
            return;
        }

        foreach (DataCentre dataCentre in DataCentre.All)
        {
            if (request.Path.StartsWithSegments(dataCentre.PathPrefix, out PathString remaining))
            {
                if (remaining.StartsWithSegments(ControlEndpoints.BasePath))
                {
                    // Control endpoints live only at the root.
                    throw ZohoErrors.InvalidUrl();
                }

                PathString originalBase = request.PathBase, originalPath = request.Path;
                context.Items[Key] = dataCentre;
                request.PathBase = originalBase.Add(dataCentre.PathPrefix);
                request.Path = remaining;
                try
                {
                    await next(context);
                }
                finally
                {
                    request.PathBase = originalBase;
                    request.Path = originalPath;
                }

                return;
            }
        }

        context.Items[Key] = DataCentre.Us;
        await next(context);
    }
}
