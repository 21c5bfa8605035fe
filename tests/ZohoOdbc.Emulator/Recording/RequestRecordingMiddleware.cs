using Microsoft.AspNetCore.Routing.Patterns;
using ZohoOdbc.Emulator.Api;
using ZohoOdbc.Emulator.Control;
using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Recording;

/// <summary>Records each request with its final status code; control endpoints (/__emulator/...) are left out.</summary>
internal sealed class RequestRecordingMiddleware(RequestDelegate next, RequestLog log, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        if (request.Path.StartsWithSegments(ControlEndpoints.BasePath))
        {
            await next(context);
            return;
        }

        DateTime receivedUtc = time.GetUtcNow().UtcDateTime;
        string method = request.Method;
        string path = PathMatch.FullPath(request);
        string query = request.QueryString.HasValue ? request.QueryString.Value![1..] : "";
        try
        {
            await next(context);
        }
        finally
        {
            string? organizationId = ApiGuard.OrganizationIdOf(request, acceptHeader: true);
            DataCentre dataCentre = DataCentreRouting.Of(context);
            string? fault = FaultMiddleware.FaultOf(context);
            int status = fault == FaultKinds.Timeout ? 0 : context.Response.StatusCode;
            log.Add(method, path, query, status, receivedUtc, organizationId, EndpointOf(context, path, dataCentre), dataCentre.Code, fault);
        }
    }

    /// <summary>The route pattern with the DC prefix the request used ("/eu/books/v3/invoices/{id}"); the raw path when no route matched.</summary>
    private static string EndpointOf(HttpContext context, string path, DataCentre dataCentre)
    {
        string? pattern = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        if (pattern is null || pattern.Contains("{*", StringComparison.Ordinal))
        {
            return path;
        }

        string prefix = path.StartsWith(dataCentre.PathPrefix + "/", StringComparison.OrdinalIgnoreCase) ? path[..dataCentre.PathPrefix.Length] : "";
        return prefix + (pattern.StartsWith('/') ? pattern : "/" + pattern);
    }
}
