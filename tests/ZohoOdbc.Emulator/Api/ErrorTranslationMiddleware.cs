namespace ZohoOdbc.Emulator.Api;

/// <summary>Turns a <see cref="ZohoApiException"/> into Zoho's error body, and any other failure into code 1000.</summary>
internal sealed class ErrorTranslationMiddleware(RequestDelegate next, ILogger<ErrorTranslationMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (ZohoApiException error) when (!context.Response.HasStarted)
        {
            await Envelope.Error(error).ExecuteAsync(context);
        }
        catch (Exception error) when (!context.Response.HasStarted && error is not OperationCanceledException)
        {
            logger.LogError(error, "Unhandled failure in {Method} {Path}", context.Request.Method, context.Request.Path);
            await Envelope.Error(ZohoErrors.InternalError()).ExecuteAsync(context);
        }
    }
}
