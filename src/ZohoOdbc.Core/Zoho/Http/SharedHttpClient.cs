using System.Net;
using System.Security.Authentication;

namespace ZohoOdbc.Core.Zoho.Http;

/// <summary>
/// The one HttpClient of the process: connections are pooled across sessions, and recycled every few
/// minutes so a DNS change (Zoho moving a data centre address) is picked up. Responses may be compressed.
/// TLS 1.2 or later; redirects are not followed (Zoho's API does not redirect, and a redirect must not carry
/// a token elsewhere). Timeouts are per request (see ZohoTransport).
/// </summary>
internal static class SharedHttpClient
{
    private static readonly Lazy<HttpClient> Client = new(() => new HttpClient(CreateHandler())
    {
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    });

    public static HttpClient Instance => Client.Value;

    public static SocketsHttpHandler CreateHandler() => new()
    {
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(15),
        AllowAutoRedirect = false,
        UseCookies = false,
        SslOptions = { EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13 },
    };
}
