namespace ZohoOdbc.Emulator.Auth;

/// <summary>A live refresh token with the access tokens it issued (oldest first) and when it issued them.</summary>
internal sealed class RefreshGrant(string refreshToken, string clientId, Tenancy.EmulatorUser user, ScopeSet scopes, DateTimeOffset createdAt)
{
    public string RefreshToken { get; } = refreshToken;
    public string ClientId { get; } = clientId;
    public Tenancy.EmulatorUser User { get; } = user;
    public ScopeSet Scopes { get; } = scopes;
    public DateTimeOffset CreatedAt { get; } = createdAt;

    /// <summary>Live access tokens, oldest first (at most <see cref="TokenStore.MaxLiveAccessTokens"/>).</summary>
    public LinkedList<string> AccessTokens { get; } = new();

    /// <summary>When access tokens were issued within the last throttle window.</summary>
    public Queue<DateTimeOffset> RecentIssues { get; } = new();
}
