using System.Net;
using System.Text.Json;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// How one HTTP call to Zoho survives transient trouble: a timeout per attempt, and up to four retries
/// with jittered exponential backoff on 429, 5xx, network errors and timeouts, waiting as long as Zoho
/// asks (Retry-After, X-Rate-Limit-Reset). Its own class because the rate governor joins it later.
/// </summary>
internal static class ZohoResiliencePipeline
{
    public const int MaxRetries = 4;

    /// <summary>Longest wait Core accepts from a Retry-After header before trying again.</summary>
    private static readonly TimeSpan MaxServerDelay = TimeSpan.FromSeconds(60);

    public static ResiliencePipeline<HttpResponseMessage> Create(TimeSpan attemptTimeout, TimeSpan baseDelay) =>
        new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = baseDelay,
                ShouldHandle = args => ShouldRetry(args.Outcome, args.Context.CancellationToken),
                DelayGenerator = args => ValueTask.FromResult(ServerRequestedDelay(args.Outcome.Result)),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            })
            .AddTimeout(attemptTimeout)
            .Build();

    private static async ValueTask<bool> ShouldRetry(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken)
    {
        if (outcome.Exception is not null)
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        var response = outcome.Result!;
        var status = (int)response.StatusCode;
        if (status != (int)HttpStatusCode.TooManyRequests && status < 500) return false;
        // Code 45 is the daily quota: waiting seconds will not bring it back.
        return await ZohoErrorCode(response, cancellationToken).ConfigureAwait(false) != ZohoApiErrors.DailyLimitExceeded;
    }

    private static async ValueTask<int?> ZohoErrorCode(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("code", out var code) && code.TryGetInt32(out var value) ? value : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static TimeSpan? ServerRequestedDelay(HttpResponseMessage? response)
    {
        if (response is null) return null;
        TimeSpan? delay = null;
        if (response.Headers.RetryAfter is { } retryAfter)
            delay = retryAfter.Delta ?? (retryAfter.Date - DateTimeOffset.UtcNow);
        else if (response.Headers.TryGetValues("X-Rate-Limit-Reset", out var values)
                 && int.TryParse(values.FirstOrDefault(), System.Globalization.NumberStyles.Integer,
                     System.Globalization.CultureInfo.InvariantCulture, out var seconds))
            delay = TimeSpan.FromSeconds(seconds);
        if (delay is null) return null;
        if (delay < TimeSpan.Zero) return TimeSpan.Zero;
        return delay > MaxServerDelay ? MaxServerDelay : delay;
    }
}
