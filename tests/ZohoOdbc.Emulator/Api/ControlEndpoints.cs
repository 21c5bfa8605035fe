using ZohoOdbc.Emulator.Json;
using ZohoOdbc.Emulator.Recording;

namespace ZohoOdbc.Emulator.Api;

/// <summary>Endpoints for test harnesses, not part of Zoho's API and never recorded.</summary>
internal static class ControlEndpoints
{
    public const string BasePath = "/__emulator";

    public static void Map(IEndpointRouteBuilder routes, RequestLog log)
    {
        routes.MapGet(BasePath + "/health", context =>
        {
            context.Response.ContentType = "text/plain";
            return context.Response.WriteAsync("ok");
        });

        routes.MapGet(BasePath + "/requests", context =>
            Envelope.Json(log.Snapshot(), EmulatorJsonContext.Default.IReadOnlyListRecordedRequest).ExecuteAsync(context));

        routes.MapDelete(BasePath + "/requests", context =>
        {
            log.Clear();
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        });
    }
}
