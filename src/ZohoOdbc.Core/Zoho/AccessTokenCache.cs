using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// Access tokens shared by the connections of one process. Zoho allows only 10 new access tokens per
/// refresh token in 10 minutes, and clients such as Power BI open many connections: they reuse one token.
/// Keys are hashes, so the refresh token itself is not kept here.
/// </summary>
internal sealed class AccessTokenCache
{
    public static readonly AccessTokenCache Process = new();

    private readonly ConcurrentDictionary<string, AccessToken> tokens = new(StringComparer.Ordinal);

    public static string KeyOf(string accountsUrl, string clientId, string refreshToken) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{accountsUrl}\n{clientId}\n{refreshToken}")));

    public AccessToken? GetFresh(string key, DateTimeOffset now) =>
        tokens.TryGetValue(key, out var token) && token.IsFresh(now) ? token : null;

    public void Store(string key, AccessToken token) => tokens[key] = token;

    /// <summary>Forgets a token Zoho rejected, unless another connection already replaced it.</summary>
    public void Forget(string key, AccessToken rejected) => tokens.TryRemove(new KeyValuePair<string, AccessToken>(key, rejected));
}
