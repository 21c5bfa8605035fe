using System.Globalization;
using System.Text;
using ZohoOdbc.Emulator.Api;
using ZohoOdbc.Emulator.Control;
using ZohoOdbc.Emulator.Auth;

namespace ZohoOdbc.Emulator.Control;

/// <summary>Injects the fault <see cref="FaultInjector"/> picks for an API or OAuth request; control requests pass untouched.</summary>
internal sealed class FaultMiddleware(RequestDelegate next, FaultInjector faults, TokenStore tokens)
{
    private static readonly object FaultKey = new();

    /// <summary>The fault injected into this request, for the request log.</summary>
    public static string? FaultOf(HttpContext context) => context.Items[FaultKey] as string;

    public async Task InvokeAsync(HttpContext context)
    {
        FaultRule? rule = context.Request.Path.StartsWithSegments(ControlEndpoints.BasePath) ? null : faults.Take(context.Request);
        if (rule is null)
        {
            await next(context);
            return;
        }

        context.Items[FaultKey] = rule.Kind;
        HttpResponse response = context.Response;
        switch (rule.Kind)
        {
            case FaultKinds.InternalError:
                await Envelope.Error(ZohoErrors.InternalError()).ExecuteAsync(context);
                break;
            case FaultKinds.BadGateway:
                await Html(response, StatusCodes.Status502BadGateway, "502 Bad Gateway");
                break;
            case FaultKinds.ServiceUnavailable:
                await Html(response, StatusCodes.Status503ServiceUnavailable, "503 Service Temporarily Unavailable");
                break;
            case FaultKinds.Timeout:
                try
                {
                    await Task.Delay(rule.HangMilliseconds, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up first.
                }

                context.Abort();
                break;
            case FaultKinds.RateLimit:
                string seconds = rule.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                response.Headers.RetryAfter = seconds;
                response.Headers["X-Rate-Limit-Limit"] = "100";
                response.Headers["X-Rate-Limit-Remaining"] = "0";
                response.Headers["X-Rate-Limit-Reset"] = seconds;
                await Envelope.Error(ZohoErrors.RateLimitExceeded()).ExecuteAsync(context);
                break;
            case FaultKinds.ExpiredToken:
                if (ApiGuard.AccessTokenOf(context.Request) is { } token)
                {
                    tokens.Expire(token);
                }

                await Envelope.Error(ZohoErrors.NotAuthorized()).ExecuteAsync(context);
                break;
            default:
                await CorruptBody(context, rule.Kind == FaultKinds.TruncatedJson);
                break;
        }
    }

    /// <summary>Runs the request for real, then sends its body broken (malformed) or cut in half (truncated).</summary>
    private async Task CorruptBody(HttpContext context, bool truncate)
    {
        HttpResponse response = context.Response;
        Stream original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        byte[] body = buffer.ToArray();
        if (truncate)
        {
            body = body[..(body.Length / 2)];
        }
        else
        {
            int colon = Array.IndexOf(body, (byte)':');
            body = colon >= 0
                ? [.. body[..colon], (byte)'=', .. body[(colon + 1)..]]
                : Encoding.UTF8.GetBytes("{\"code\":0,,}");
        }

        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body);
    }

    private static Task Html(HttpResponse response, int status, string title)
    {
        response.StatusCode = status;
        response.ContentType = "text/html";
        return response.WriteAsync($"<html><head><title>{title}</title></head><body><center><h1>{title}</h1></center></body></html>");
    }
}
