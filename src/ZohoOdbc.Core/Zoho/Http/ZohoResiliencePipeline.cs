using System.Net.Sockets;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;
using ZohoOdbc.Core.Logging;

namespace ZohoOdbc.Core.Zoho.Http;

/// <summary>
/// The retry strategy of every call to Zoho: jittered exponential backoff on 429 (except the daily quota, code 45),
/// 5xx, timeouts, network errors and bodies that are not JSON, waiting as long as Zoho asks (Retry-After,
/// X-Rate-Limit-Reset) or as long as an open circuit stays open.
/// </summary>
internal static class ZohoResiliencePipeline
{
    public static ResiliencePipeline<ZohoResponse> CreateRetry(RetrySettings settings, DriverLog log) =>
        new ResiliencePipelineBuilder<ZohoResponse>()
            .AddRetry(new RetryStrategyOptions<ZohoResponse>
            {
                MaxRetryAttempts = settings.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.BaseDelay,
                MaxDelay = settings.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.AttemptNumber, settings)),
                DelayGenerator = args => ValueTask.FromResult(ServerRequestedDelay(args.Outcome, settings)),
                OnRetry = args =>
                {
                    if (log.IsEnabled(DriverLogLevel.Debug))
                        log.Debug($"retry {args.AttemptNumber + 1} of {settings.MaxRetries} in {(long)args.RetryDelay.TotalMilliseconds}ms after {Describe(args.Outcome)}");
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            })
            .Build();

    public static ResiliencePipeline CreateTimeout(TimeSpan attemptTimeout) =>
        new ResiliencePipelineBuilder().AddTimeout(attemptTimeout).Build();

    /// <summary>A failure that may well not happen again: a network error, a timeout, a body cut off, an open circuit.</summary>
    public static bool IsTransient(Exception exception) =>
        exception is HttpRequestException or TimeoutRejectedException or IOException or BrokenCircuitException;

    /// <summary>The server cannot be reached at all (refused, unknown host): retrying long will not help.</summary>
    public static bool IsUnreachable(Exception exception) =>
        exception is HttpRequestException { InnerException: SocketException socket }
        && socket.SocketErrorCode is SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.NoData
            or SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.TryAgain;

    private static bool ShouldRetry(Outcome<ZohoResponse> outcome, int attemptNumber, RetrySettings settings)
    {
        if (outcome.Exception is { } exception)
            return IsTransient(exception) && (!IsUnreachable(exception) || attemptNumber < settings.UnreachableRetries);
        var response = outcome.Result!;
        // Code 45 is the daily quota (seen with 429, 200 and 500): waiting seconds will not bring it back.
        if (response.ZohoCode == ZohoApiErrors.DailyLimitExceeded) return false;
        if (response.StatusCode == 429 || response.StatusCode >= 500) return true;
        return response.IsSuccess && response.IsBrokenJson;
    }

    private static TimeSpan? ServerRequestedDelay(Outcome<ZohoResponse> outcome, RetrySettings settings)
    {
        TimeSpan? delay = outcome.Exception is BrokenCircuitException { RetryAfter: { } reopens } ? reopens : null;
        if (outcome.Result is { } response)
        {
            delay = response.RetryAfter;
            if (delay is null && response.StatusCode == 429 && response.RateLimit?.ResetSeconds is { } reset)
                delay = TimeSpan.FromSeconds(reset);
        }
        if (delay is null) return null;
        if (delay < TimeSpan.Zero) return TimeSpan.Zero;
        return delay > settings.MaxServerDelay ? settings.MaxServerDelay : delay;
    }

    private static string Describe(Outcome<ZohoResponse> outcome) =>
        outcome.Exception is { } e ? e.GetType().Name
        : outcome.Result!.IsBrokenJson ? $"HTTP {outcome.Result.StatusCode} with a body that is not JSON"
        : $"HTTP {outcome.Result.StatusCode}" + (outcome.Result.ZohoCode is { } code and not 0 ? $" code {code}" : "");
}
