using System.Collections.Concurrent;

namespace ZohoOdbc.Core.Zoho.Auth;

/// <summary>
/// The token brokers of a process, one per grant and client secret: every connection with the same grant shares one
/// (and, through the store, its token).
/// </summary>
internal sealed class TokenBrokers(MachineTokenStore store, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, TokenBroker> brokers = new(StringComparer.Ordinal);

    public MachineTokenStore Store => store;

    public TokenBroker For(OAuthClientCredentials credentials) =>
        brokers.GetOrAdd(store.BrokerKey(credentials), _ => new TokenBroker(credentials, store, clock));
}
