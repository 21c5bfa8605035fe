using System.Security.Cryptography;

namespace ZohoOdbc.Emulator.Auth;

/// <summary>
/// Live refresh and access tokens. The fixed refresh token of <see cref="EmulatorCredentials"/> is live until revoked;
/// access tokens expire after the configured lifetime and die with their refresh token.
/// </summary>
public sealed class TokenStore(TimeProvider time, TimeSpan lifetime)
{
    private readonly Lock gate = new();
    private readonly HashSet<string> refreshTokens = new(StringComparer.Ordinal) { EmulatorCredentials.RefreshToken };
    private readonly Dictionary<string, AccessGrant> accessTokens = new(StringComparer.Ordinal);

    public TimeSpan Lifetime => lifetime;

    public bool IsLiveRefreshToken(string refreshToken)
    {
        lock (gate)
        {
            return refreshTokens.Contains(refreshToken);
        }
    }

    /// <summary>Issues "1000.&lt;32 hex&gt;.&lt;32 hex&gt;" for a live refresh token; null when it is unknown or revoked.</summary>
    public string? IssueAccessToken(string refreshToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        string token = $"1000.{RandomNumberGenerator.GetHexString(32, lowercase: true)}.{RandomNumberGenerator.GetHexString(32, lowercase: true)}";
        lock (gate)
        {
            if (!refreshTokens.Contains(refreshToken))
            {
                return null;
            }

            // Forget expired tokens so a long benchmark does not grow the table without bound.
            foreach (var expired in accessTokens.Where(t => t.Value.ExpiresAt <= now).Select(t => t.Key).ToList())
            {
                accessTokens.Remove(expired);
            }

            accessTokens[token] = new AccessGrant(refreshToken, now + lifetime);
            return token;
        }
    }

    public bool IsValidAccessToken(string accessToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        lock (gate)
        {
            return accessTokens.TryGetValue(accessToken, out AccessGrant? grant) && grant.ExpiresAt > now;
        }
    }

    /// <summary>Revokes a refresh token (with all its access tokens) or a single access token; false when unknown.</summary>
    public bool Revoke(string token)
    {
        lock (gate)
        {
            if (refreshTokens.Remove(token))
            {
                foreach (var issued in accessTokens.Where(t => t.Value.RefreshToken == token).Select(t => t.Key).ToList())
                {
                    accessTokens.Remove(issued);
                }

                return true;
            }

            return accessTokens.Remove(token);
        }
    }

    private sealed record AccessGrant(string RefreshToken, DateTimeOffset ExpiresAt);
}
