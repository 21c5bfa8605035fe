using Polly;
using Polly.Timeout;

namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// Sends HTTP requests through the resilience pipeline and turns what cannot be recovered into
/// ZohoOdbcExceptions: HYT00 for timeouts, 08001/08S01 when the server cannot be reached, HY008 on cancel.
/// </summary>
internal sealed class ZohoTransport
{
    public static readonly TimeSpan DefaultRetryDelay = TimeSpan.FromSeconds(1);

    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;

    public ZohoTransport(HttpClient http, TimeSpan timeout, TimeSpan retryBaseDelay, AccessTokenCache tokenCache)
    {
        Http = http;
        Timeout = timeout;
        TokenCache = tokenCache;
        pipeline = ZohoResiliencePipeline.Create(timeout, retryBaseDelay);
    }

    /// <summary>The transport of production sessions: the process-wide client and token cache.</summary>
    public static ZohoTransport CreateShared(TimeSpan timeout) =>
        new(SharedHttpClient.Instance, timeout, DefaultRetryDelay, AccessTokenCache.Process);

    public HttpClient Http { get; }
    public TimeSpan Timeout { get; }
    public AccessTokenCache TokenCache { get; }

    /// <summary>
    /// Sends a request built afresh for every attempt. <paramref name="connecting"/> selects 08001 (while
    /// connecting) or 08S01 (link lost later) for network failures.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri uri, Action<HttpRequestMessage> configure,
        bool connecting, CancellationToken cancellationToken)
    {
        try
        {
            return await pipeline.ExecuteAsync(async token =>
            {
                using var request = new HttpRequestMessage(method, uri);
                configure(request);
                return await Http.SendAsync(request, token).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw Cancelled();
        }
        catch (TimeoutRejectedException e)
        {
            var seconds = (int)Timeout.TotalSeconds;
            throw new ZohoOdbcException(SqlStates.Timeout,
                $"{uri.Authority} did not answer within {seconds} seconds (Timeout={seconds}), also after {ZohoResiliencePipeline.MaxRetries} retries. " +
                "Try again later, or raise Timeout.", inner: e);
        }
        catch (HttpRequestException e)
        {
            throw new ZohoOdbcException(connecting ? SqlStates.UnableToConnect : SqlStates.CommunicationLink,
                $"Cannot reach {uri.Scheme}://{uri.Authority}: {e.Message} Check the network, proxy and the Region/AccountsUrl/ApiUrl settings.",
                inner: e);
        }
    }

    public static ZohoOdbcException Cancelled() => new(SqlStates.Cancelled, "The operation was cancelled.");
}
