using System.Net;

namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// The one HttpClient of the process: connections are pooled across sessions, and recycled every few
/// minutes so a DNS change (Zoho moving a data centre address) is picked up. Timeouts are per request.
/// </summary>
internal static class SharedHttpClient
{
    private static readonly Lazy<HttpClient> Client = new(() => new HttpClient(new SocketsHttpHandler
    {
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    {
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    });

    public static HttpClient Instance => Client.Value;
}
