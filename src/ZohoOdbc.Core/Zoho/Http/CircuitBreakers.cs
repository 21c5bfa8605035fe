using System.Collections.Concurrent;
using Polly;
using Polly.CircuitBreaker;

namespace ZohoOdbc.Core.Zoho.Http;

/// <summary>
/// One circuit breaker per server (scheme, host and port), shared by every session of the process: when 60 % of
/// 30 or more calls in 30 s failed with 5xx, timeouts, broken bodies or network errors, calls to that server stop
/// for 10 s instead of each session hammering it with its own retries (which wait for the circuit to close). 429 is
/// not a failure here: the governor handles it. The thresholds leave a flaky but working server (30 % failures)
/// alone: tripping then would be very unlikely (below 0.1 % per window).
/// </summary>
internal sealed class CircuitBreakers
{
    private readonly ConcurrentDictionary<string, ResiliencePipeline<ZohoResponse>> byServer = new(StringComparer.OrdinalIgnoreCase);
    private readonly CircuitBreakerStrategyOptions<ZohoResponse> options;

    public CircuitBreakers(double failureRatio = 0.6, int minimumThroughput = 30, TimeSpan? samplingDuration = null, TimeSpan? breakDuration = null)
    {
        options = new CircuitBreakerStrategyOptions<ZohoResponse>
        {
            FailureRatio = failureRatio,
            MinimumThroughput = minimumThroughput,
            SamplingDuration = samplingDuration ?? TimeSpan.FromSeconds(30),
            BreakDuration = breakDuration ?? TimeSpan.FromSeconds(10),
            ShouldHandle = args => ValueTask.FromResult(IsServerFailure(args.Outcome)),
        };
    }

    public ResiliencePipeline<ZohoResponse> For(Uri uri) =>
        byServer.GetOrAdd(uri.GetLeftPart(UriPartial.Authority), _ => new ResiliencePipelineBuilder<ZohoResponse>().AddCircuitBreaker(options).Build());

    private static bool IsServerFailure(Outcome<ZohoResponse> outcome) =>
        outcome.Exception is not null
            ? ZohoResiliencePipeline.IsTransient(outcome.Exception)
            : outcome.Result!.StatusCode >= 500 || (outcome.Result.IsSuccess && outcome.Result.IsBrokenJson);
}
