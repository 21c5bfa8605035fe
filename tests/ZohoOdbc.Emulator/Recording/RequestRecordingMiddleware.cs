using ZohoOdbc.Emulator.Api;

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
        try
        {
            await next(context);
        }
        finally
        {
            string query = request.QueryString.HasValue ? request.QueryString.Value![1..] : "";
            string? organizationId = ApiGuard.OrganizationIdOf(request, acceptHeader: true);
            log.Add(request.Method, request.Path.Value ?? "", query, context.Response.StatusCode, receivedUtc, organizationId);
        }
    }
}
