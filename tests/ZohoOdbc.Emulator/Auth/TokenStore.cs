using System.Security.Cryptography;
using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Auth;

/// <summary>
/// Zoho Accounts' token state: refresh tokens (fixed ones from the directory and those issued through the consent
/// page), access tokens, and grant codes, with Zoho's limits: 20 refresh tokens per user (the 21st deletes the
/// oldest), 30 live access tokens per refresh token (the 31st deletes the oldest) and, when
/// <see cref="ThrottleEnabled"/>, at most 10 access tokens per refresh token in 10 minutes.
/// </summary>
public sealed class TokenStore
{
    public const int MaxRefreshTokensPerUser = 20;
    public const int MaxLiveAccessTokens = 30;
    public const int ThrottleCount = 10;
    public static readonly TimeSpan ThrottleWindow = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(2);

    private readonly Lock gate = new();
    private readonly TimeProvider time;
    private readonly EmulatorDirectory directory;
    private readonly Dictionary<string, RefreshGrant> refreshGrants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AccessGrant> accessTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AuthorizationCode> codes = new(StringComparer.Ordinal);
    private readonly bool throttleByDefault;

    public TokenStore(TimeProvider time, TimeSpan lifetime, EmulatorDirectory directory, bool throttle)
    {
        this.time = time;
        this.directory = directory;
        Lifetime = lifetime;
        throttleByDefault = throttle;
        ThrottleEnabled = throttle;
        RestoreFixedGrants();
    }

    public TimeSpan Lifetime { get; }

    /// <summary>The 10-per-10-minutes limit. Off unless started with --token-limit or switched on by the control API.</summary>
    public bool ThrottleEnabled { get; set; }

    /// <summary>Puts back the directory's fixed refresh tokens (after a revocation) and clears throttle windows.</summary>
    public void RestoreFixedGrants()
    {
        DateTimeOffset now = time.GetUtcNow();
        lock (gate)
        {
            foreach (FixedGrant fixedGrant in directory.FixedGrants)
            {
                if (!refreshGrants.ContainsKey(fixedGrant.RefreshToken))
                {
                    EmulatorUser user = directory.FindUser(fixedGrant.UserId) ?? throw new InvalidOperationException($"No user {fixedGrant.UserId}.");
                    refreshGrants[fixedGrant.RefreshToken] = new RefreshGrant(fixedGrant.RefreshToken, fixedGrant.ClientId, user, new ScopeSet(fixedGrant.Scope), now);
                }
            }

            foreach (RefreshGrant grant in refreshGrants.Values)
            {
                grant.RecentIssues.Clear();
            }
        }
    }

    /// <summary>Back to the start: fixed grants restored, throttle switch back to its start value.</summary>
    public void Reset()
    {
        ThrottleEnabled = throttleByDefault;
        RestoreFixedGrants();
    }

    /// <summary>grant_type=refresh_token at the accounts server of <paramref name="dataCentre"/>.</summary>
    public TokenOutcome Refresh(string refreshToken, OAuthClient client, DataCentre dataCentre)
    {
        DateTimeOffset now = time.GetUtcNow();
        lock (gate)
        {
            // A refresh token is unknown to the other DCs' accounts servers: Zoho answers invalid_code.
            if (!refreshGrants.TryGetValue(refreshToken, out RefreshGrant? grant) || grant.ClientId != client.ClientId || grant.User.DataCentre != dataCentre)
            {
                return TokenOutcome.Failure("invalid_code");
            }

            while (grant.RecentIssues.Count > 0 && grant.RecentIssues.Peek() <= now - ThrottleWindow)
            {
                grant.RecentIssues.Dequeue();
            }

            if (ThrottleEnabled && grant.RecentIssues.Count >= ThrottleCount)
            {
                return TokenOutcome.Failure(TokenOutcome.Throttled);
            }

            grant.RecentIssues.Enqueue(now);
            string accessToken = IssueAccessToken(grant, grant.User, grant.Scopes, now);
            return new TokenOutcome(accessToken, null, null, null);
        }
    }

    /// <summary>Records a consent and returns the grant code for the redirect.</summary>
    public string CreateCode(OAuthClient client, EmulatorUser user, string scope, string redirectUri, bool offline)
    {
        string code = NewToken();
        lock (gate)
        {
            codes[code] = new AuthorizationCode(code, client.ClientId, user, new ScopeSet(scope), redirectUri, offline, time.GetUtcNow() + CodeLifetime);
        }

        return code;
    }

    /// <summary>grant_type=authorization_code: single use, two minutes, only at the user's DC, same redirect_uri.</summary>
    public TokenOutcome Exchange(string code, OAuthClient client, string? redirectUri, DataCentre dataCentre)
    {
        DateTimeOffset now = time.GetUtcNow();
        lock (gate)
        {
            if (!codes.TryGetValue(code, out AuthorizationCode? pending) || pending.ExpiresAt <= now || pending.ClientId != client.ClientId
                || pending.User.DataCentre != dataCentre)
            {
                return TokenOutcome.Failure("invalid_code");
            }

            if (redirectUri != pending.RedirectUri)
            {
                return TokenOutcome.Failure("invalid_redirect_uri");
            }

            codes.Remove(code);
            RefreshGrant? grant = null;
            if (pending.Offline)
            {
                grant = new RefreshGrant(NewToken(), client.ClientId, pending.User, pending.Scopes, now);
                EvictOldestRefreshTokens(pending.User);
                refreshGrants[grant.RefreshToken] = grant;
            }

            string accessToken = grant is null
                ? IssueDetachedAccessToken(pending.User, pending.Scopes, now)
                : IssueAccessToken(grant, pending.User, pending.Scopes, now);
            return new TokenOutcome(accessToken, grant?.RefreshToken, pending.Scopes.Text, null);
        }
    }

    /// <summary>The live access token, or null when unknown, expired or revoked.</summary>
    public AccessGrant? FindAccessToken(string accessToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        lock (gate)
        {
            return accessTokens.TryGetValue(accessToken, out AccessGrant? grant) && grant.ExpiresAt > now ? grant : null;
        }
    }

    /// <summary>Used by the "expired token" fault: the token stops working as if its hour had passed.</summary>
    public void Expire(string accessToken)
    {
        lock (gate)
        {
            if (accessTokens.TryGetValue(accessToken, out AccessGrant? grant))
            {
                accessTokens[accessToken] = grant with { ExpiresAt = time.GetUtcNow() };
            }
        }
    }

    /// <summary>Revokes a refresh token (with all its access tokens) or a single access token, at the DC that issued it.</summary>
    public bool Revoke(string token, DataCentre dataCentre)
    {
        lock (gate)
        {
            if (refreshGrants.TryGetValue(token, out RefreshGrant? grant) && grant.User.DataCentre == dataCentre)
            {
                RemoveRefreshGrant(grant);
                return true;
            }

            if (accessTokens.TryGetValue(token, out AccessGrant? access) && access.DataCentre == dataCentre)
            {
                accessTokens.Remove(token);
                if (access.RefreshToken is not null && refreshGrants.TryGetValue(access.RefreshToken, out RefreshGrant? parent))
                {
                    parent.AccessTokens.Remove(token);
                }

                return true;
            }

            return false;
        }
    }

    /// <summary>Live refresh tokens of a user (the control API shows them).</summary>
    public IReadOnlyList<string> RefreshTokensOf(string userId)
    {
        lock (gate)
        {
            return refreshGrants.Values.Where(g => g.User.UserId == userId).OrderBy(g => g.CreatedAt).Select(g => g.RefreshToken).ToList();
        }
    }

    private string IssueAccessToken(RefreshGrant grant, EmulatorUser user, ScopeSet scopes, DateTimeOffset now)
    {
        string token = IssueDetachedAccessToken(user, scopes, now, grant.RefreshToken);
        grant.AccessTokens.AddLast(token);
        while (grant.AccessTokens.Count > MaxLiveAccessTokens)
        {
            accessTokens.Remove(grant.AccessTokens.First!.Value);
            grant.AccessTokens.RemoveFirst();
        }

        return token;
    }

    private string IssueDetachedAccessToken(EmulatorUser user, ScopeSet scopes, DateTimeOffset now, string? refreshToken = null)
    {
        // Forget expired tokens so a long benchmark does not grow the table without bound.
        if (accessTokens.Count > 1000)
        {
            foreach (var expired in accessTokens.Where(t => t.Value.ExpiresAt <= now).Select(t => t.Key).ToList())
            {
                accessTokens.Remove(expired);
            }
        }

        string token = NewToken();
        accessTokens[token] = new AccessGrant(token, refreshToken, user, scopes, now, now + Lifetime);
        return token;
    }

    private void EvictOldestRefreshTokens(EmulatorUser user)
    {
        var owned = refreshGrants.Values.Where(g => g.User.UserId == user.UserId).OrderBy(g => g.CreatedAt).ToList();
        for (int i = 0; i <= owned.Count - MaxRefreshTokensPerUser; i++)
        {
            RemoveRefreshGrant(owned[i]);
        }
    }

    private void RemoveRefreshGrant(RefreshGrant grant)
    {
        refreshGrants.Remove(grant.RefreshToken);
        foreach (string issued in grant.AccessTokens)
        {
            accessTokens.Remove(issued);
        }
    }

    private static string NewToken() =>
        $"1000.{RandomNumberGenerator.GetHexString(32, lowercase: true)}.{RandomNumberGenerator.GetHexString(32, lowercase: true)}";
}
