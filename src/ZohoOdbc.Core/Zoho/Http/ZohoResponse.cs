using System.Net;
using System.Text.Json;

namespace ZohoOdbc.Core.Zoho.Http;

/// <summary>
/// A complete answer from Zoho: status, the body read and parsed as JSON, Zoho's <c>code</c> and <c>message</c>,
/// and the headers that say when to call again. Reading the body is part of the attempt, so a body that breaks
/// off or is not JSON is retried like any other transient failure.
/// </summary>
internal sealed class ZohoResponse : IDisposable
{
    private ZohoResponse(HttpStatusCode status, string? reasonPhrase, JsonDocument? json, bool hasBody, TimeSpan? retryAfter, RateLimitHeaders? rateLimit)
    {
        Status = status;
        ReasonPhrase = reasonPhrase;
        Json = json;
        HasBody = hasBody;
        RetryAfter = retryAfter;
        RateLimit = rateLimit;
        if (json?.RootElement is { ValueKind: JsonValueKind.Object } root)
        {
            if (root.TryGetProperty("code", out var code) && code.TryGetInt32(out var value)) ZohoCode = value;
            if (root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String) ZohoMessage = message.GetString();
        }
    }

    public HttpStatusCode Status { get; }
    public int StatusCode => (int)Status;
    public string? ReasonPhrase { get; }

    /// <summary>The parsed body; null when it was empty or not JSON.</summary>
    public JsonDocument? Json { get; }

    public bool HasBody { get; }

    /// <summary>A body that should be JSON but is not: empty on success, or cut off, or an HTML error page.</summary>
    public bool IsBrokenJson => Json is null && (HasBody || IsSuccess);

    public bool IsSuccess => StatusCode is >= 200 and < 300;

    /// <summary>Zoho's error <c>code</c> (0 on success); null when the body has none.</summary>
    public int? ZohoCode { get; }

    public string? ZohoMessage { get; }

    /// <summary>Retry-After as a delay from now (a date is converted).</summary>
    public TimeSpan? RetryAfter { get; }

    public RateLimitHeaders? RateLimit { get; }

    public static async Task<ZohoResponse> ReadAsync(HttpResponseMessage message, CancellationToken cancellationToken)
    {
        var body = await message.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        TimeSpan? retryAfter = message.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => null,
        };
        return new ZohoResponse(message.StatusCode, message.ReasonPhrase, TryParse(body), body.Length > 0, retryAfter, RateLimitHeaders.From(message.Headers));
    }

    private static JsonDocument? TryParse(byte[] body)
    {
        if (body.Length == 0) return null;
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Dispose() => Json?.Dispose();
}
