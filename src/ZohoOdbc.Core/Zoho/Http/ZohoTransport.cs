using System.Diagnostics;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using ZohoOdbc.Core.Logging;

namespace ZohoOdbc.Core.Zoho.Http;

/// <summary>One call as the transport sends it: built afresh for every attempt, through a gate, logged.</summary>
internal sealed record ZohoCall(HttpMethod Method, Uri Uri, Action<HttpRequestMessage> Configure, IRequestGate Gate, string? OrganizationId, bool Connecting);

/// <summary>
/// Sends calls to Zoho: retry (outermost) → the server's circuit breaker → the governor's gate → a timeout per
/// attempt around sending and reading the whole body. Each attempt is one log line. What cannot be recovered
/// becomes a ZohoOdbcException: HYT00 for timeouts, 08001/08S01 when the server cannot be reached, HY008 on cancel.
/// Zoho's own errors come back as responses for the caller to interpret.
/// </summary>
internal sealed class ZohoTransport
{
    private readonly ResiliencePipeline<ZohoResponse> retry;
    private readonly ResiliencePipeline timeout;
    private readonly CircuitBreakers breakers;

    public ZohoTransport(HttpClient http, TimeSpan timeout, RetrySettings retrySettings, CircuitBreakers breakers, DriverLog log)
    {
        Http = http;
        Timeout = timeout;
        Log = log;
        RetrySettings = retrySettings;
        this.breakers = breakers;
        retry = ZohoResiliencePipeline.CreateRetry(retrySettings, log);
        this.timeout = ZohoResiliencePipeline.CreateTimeout(timeout);
    }

    public HttpClient Http { get; }
    public TimeSpan Timeout { get; }
    public DriverLog Log { get; }
    public RetrySettings RetrySettings { get; }

    /// <summary>The answer Zoho gave to the last attempt (the caller disposes it).</summary>
    public async Task<ZohoResponse> SendAsync(ZohoCall call, CancellationToken cancellationToken)
    {
        var breaker = breakers.For(call.Uri);
        var attempt = 0;
        try
        {
            return await retry.ExecuteAsync(
                async token => await breaker.ExecuteAsync(async t => await AttemptAsync(call, ++attempt, t).ConfigureAwait(false), token).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw Cancelled();
        }
        catch (TimeoutRejectedException e)
        {
            var seconds = (int)Math.Ceiling(Timeout.TotalSeconds);
            throw new ZohoOdbcException(SqlStates.Timeout,
                $"{call.Uri.Authority} did not answer within {seconds} seconds (Timeout={seconds}), also after {attempt - 1} {(attempt == 2 ? "retry" : "retries")}. " +
                "Try again later, or raise Timeout.", inner: e);
        }
        catch (BrokenCircuitException e)
        {
            throw new ZohoOdbcException(call.Connecting ? SqlStates.UnableToConnect : SqlStates.CommunicationLink,
                $"Calls to {call.Uri.Scheme}://{call.Uri.Authority} are paused: most recent calls failed (server errors or no answer). " +
                "Zoho may be having an outage; try again in a minute.", inner: e);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw new ZohoOdbcException(call.Connecting ? SqlStates.UnableToConnect : SqlStates.CommunicationLink,
                $"Cannot reach {call.Uri.Scheme}://{call.Uri.Authority}: {e.Message} Check the network, proxy and the Region/AccountsUrl/ApiUrl settings.",
                inner: e);
        }
    }

    private async ValueTask<ZohoResponse> AttemptAsync(ZohoCall call, int attempt, CancellationToken cancellationToken)
    {
        using var permit = await call.Gate.EnterAsync(cancellationToken).ConfigureAwait(false);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await timeout.ExecuteAsync(async token =>
            {
                using var request = new HttpRequestMessage(call.Method, call.Uri);
                call.Configure(request);
                using var message = await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
                return await ZohoResponse.ReadAsync(message, token).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
            var outcome = response.IsBrokenJson ? $"{response.StatusCode} not-json" : response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Log.ApiCall(call.Method, call.Uri, response.ZohoCode is { } code and not 0 ? $"{outcome} (Zoho code {code})" : outcome,
                DriverLog.Since(started), call.OrganizationId, attempt);
            permit.Completed(response);
            return response;
        }
        catch (Exception e)
        {
            var outcome = e switch
            {
                OperationCanceledException when cancellationToken.IsCancellationRequested => "cancelled",
                TimeoutRejectedException => "timeout",
                _ => "failed:" + e.GetType().Name,
            };
            Log.ApiCall(call.Method, call.Uri, outcome, DriverLog.Since(started), call.OrganizationId, attempt);
            throw;
        }
    }

    public static ZohoOdbcException Cancelled() => new(SqlStates.Cancelled, "The operation was cancelled.");
}
