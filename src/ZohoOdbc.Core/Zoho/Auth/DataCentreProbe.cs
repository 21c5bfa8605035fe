using ZohoOdbc.Core.Zoho.Http;

namespace ZohoOdbc.Core.Zoho.Auth;

/// <summary>
/// After Zoho Accounts answered invalid_code, finds out whether the refresh token belongs to another data centre:
/// Zoho gives the same answer for a revoked grant and for a grant of another DC, but only the right DC's accounts
/// server accepts it. The other accounts servers (all Zoho's own, over TLS) are asked at once; the token one
/// issues is kept, so connecting again with the right Region needs no new grant.
/// </summary>
internal static class DataCentreProbe
{
    public sealed record Found(string Region, string AccountsServer, AccessToken Token, OAuthClientCredentials Credentials);

    public static async Task<Found?> FindAsync(ZohoTransport transport, DataCentres dataCentres, OAuthClientCredentials refused, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var probes = dataCentres.Codes
            .Select(region => (Region: region, Accounts: dataCentres.AccountsServer(region)))
            .Where(dc => !string.Equals(dc.Accounts, refused.AccountsUrl, StringComparison.OrdinalIgnoreCase))
            .Select(async dc =>
            {
                var credentials = refused with { AccountsUrl = dc.Accounts };
                try
                {
                    var token = await OAuthTokenEndpoint.RefreshAsync(transport, credentials, clock, connecting: true, stop.Token).ConfigureAwait(false);
                    return new Found(dc.Region, dc.Accounts, token, credentials);
                }
                catch (Exception e) when (e is TokenRefusedException or ZohoOdbcException or OperationCanceledException)
                {
                    return null;
                }
            })
            .ToList();

        while (probes.Count > 0)
        {
            var done = await Task.WhenAny(probes).ConfigureAwait(false);
            probes.Remove(done);
            if (await done.ConfigureAwait(false) is { } found)
            {
                await stop.CancelAsync().ConfigureAwait(false);
                await Task.WhenAll(probes).ConfigureAwait(false);
                return found;
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
        return null;
    }
}
