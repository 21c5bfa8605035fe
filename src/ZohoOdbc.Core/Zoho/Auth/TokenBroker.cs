using ZohoOdbc.Core.Logging;
using ZohoOdbc.Core.Zoho.Http;

namespace ZohoOdbc.Core.Zoho.Auth;

/// <summary>
/// The access token of one grant (accounts server, client, refresh token) for every connection of the process,
/// backed by the <see cref="MachineTokenStore"/> for every process of the user. A token is refreshed shortly
/// before it expires, by one connection of one process at a time; the others reuse it. Never more than
/// Zoho's 10 grants in 10 minutes: past that, a still valid token is kept a little longer, or the caller
/// waits for the window to move (up to two minutes), or is told why it cannot connect.
/// </summary>
internal sealed class TokenBroker
{
    /// <summary>How long a process may take to ask Zoho before another may try instead.</summary>
    private static readonly TimeSpan RefreshLease = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan LeasePoll = TimeSpan.FromMilliseconds(100);

    /// <summary>The longest wait for Zoho's grant window to allow another token.</summary>
    private static readonly TimeSpan MaxGrantWait = TimeSpan.FromMinutes(2);

    private readonly MachineTokenStore store;
    private readonly TimeProvider clock;
    private readonly string grantKey;
    private readonly string owner = $"{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly SemaphoreSlim gate = new(1, 1);
    private AccessToken? current;

    public TokenBroker(OAuthClientCredentials credentials, MachineTokenStore store, TimeProvider clock)
    {
        Credentials = credentials;
        this.store = store;
        this.clock = clock;
        grantKey = store.GrantKey(credentials);
    }

    public OAuthClientCredentials Credentials { get; }

    /// <summary>A token that stays valid for a while: this process's, another process's, or a new one.</summary>
    public Task<AccessToken> GetAsync(ZohoTransport transport, bool connecting, CancellationToken cancellationToken) =>
        ObtainAsync(transport, connecting, rejected: null, cancellationToken);

    /// <summary>A token other than <paramref name="rejected"/>, which Zoho refused before its expiry (revoked, or the 31st token).</summary>
    public Task<AccessToken> ReplaceRejectedAsync(ZohoTransport transport, AccessToken rejected, CancellationToken cancellationToken) =>
        ObtainAsync(transport, connecting: false, rejected, cancellationToken);

    /// <summary>Keeps a token obtained elsewhere (a code exchange, or a data centre probe) so the next connection reuses it.</summary>
    public void Adopt(AccessToken token)
    {
        store.Save(grantKey, token, owner: null);
        current = token;
    }

    private async Task<AccessToken> ObtainAsync(ZohoTransport transport, bool connecting, AccessToken? rejected, CancellationToken cancellationToken)
    {
        if (rejected is null && current is { } mine && mine.IsFresh(clock.GetUtcNow())) return mine;
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var waitedForWindow = TimeSpan.Zero;
            for (;;)
            {
                var now = clock.GetUtcNow();
                if (current is { } token && token.IsFresh(now) && token.Value != rejected?.Value) return token;

                switch (store.Claim(grantKey, owner, RefreshLease, rejected?.Value))
                {
                    case TokenClaim.Stored stored:
                        return current = stored.Token;
                    case TokenClaim.HeldByOther:
                        await Task.Delay(LeasePoll, cancellationToken).ConfigureAwait(false);
                        continue;
                    case TokenClaim.Lease lease:
                        try
                        {
                            if (lease.GrantsInWindow >= TokenGrantLimit.Count)
                            {
                                var usable = new[] { current, lease.StoredToken }
                                    .FirstOrDefault(t => t is not null && t.Value != rejected?.Value && t.IsUsable(now));
                                if (usable is not null) return current = usable;

                                var wait = lease.OldestGrant + TokenGrantLimit.Window - now;
                                if (wait < TimeSpan.Zero) wait = TimeSpan.Zero;
                                if (waitedForWindow + wait > MaxGrantWait) throw GrantLimitReached(lease, now);
                                transport.Log.Warning($"token: {lease.GrantsInWindow} tokens issued for this grant in the last 10 minutes; " +
                                    $"waiting {(long)wait.TotalSeconds}s for Zoho's limit");
                                store.ReleaseLease(grantKey, owner);
                                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
                                waitedForWindow += wait;
                                continue;
                            }

                            var issued = await OAuthTokenEndpoint.RefreshAsync(transport, Credentials, clock, connecting, cancellationToken).ConfigureAwait(false);
                            store.Save(grantKey, issued, owner);
                            transport.Log.Info($"token: new access token from {Credentials.AccountsUrl}, valid {(long)(issued.ExpiresAt - issued.IssuedAt).TotalSeconds}s " +
                                $"({lease.GrantsInWindow + 1} issued for this grant in the last 10 minutes)");
                            return current = issued;
                        }
                        finally
                        {
                            store.ReleaseLease(grantKey, owner);
                        }
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private ZohoOdbcException GrantLimitReached(TokenClaim.Lease lease, DateTimeOffset now)
    {
        var seconds = (long)Math.Ceiling((lease.OldestGrant + TokenGrantLimit.Window - now).TotalSeconds);
        return new ZohoOdbcException(SqlStates.UnableToConnect,
            $"Zoho issues at most {TokenGrantLimit.Count} access tokens per refresh token in 10 minutes, and this machine has already " +
            $"received {lease.GrantsInWindow} for this RefreshToken. Connect again in {seconds} s; programs that open many connections " +
            "share one token through the driver's token store, so check for another program using the same refresh token elsewhere.");
    }
}
