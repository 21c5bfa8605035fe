using System.Net.Http.Headers;
using System.Text.Json;
using ZohoOdbc.Core.Zoho.Json;

namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// Turns the refresh token into access tokens at <c>POST {accounts}/oauth/v2/token</c> (reference §1.3),
/// reusing a fresh token from the process cache when there is one. Zoho reports refusals as a JSON
/// <c>error</c>, often with HTTP 200; they become 28000 messages that say what to change.
/// </summary>
internal sealed class OAuthTokenClient
{
    private readonly ZohoTransport transport;
    private readonly string clientId;
    private readonly string clientSecret;
    private readonly string refreshToken;
    private readonly string cacheKey;
    private readonly SemaphoreSlim refreshing = new(1, 1);
    private AccessToken? current;

    public OAuthTokenClient(ZohoTransport transport, string accountsUrl, string clientId, string clientSecret, string refreshToken)
    {
        this.transport = transport;
        AccountsUrl = accountsUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.refreshToken = refreshToken;
        cacheKey = AccessTokenCache.KeyOf(accountsUrl, clientId, refreshToken);
    }

    public string AccountsUrl { get; }

    /// <summary>A token that will stay valid for a while: the current one, a cached one, or a new one.</summary>
    public async Task<AccessToken> GetAsync(bool connecting, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        if (current is { } token && token.IsFresh(now)) return token;
        await refreshing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (current is { } again && again.IsFresh(now)) return again;
            current = transport.TokenCache.GetFresh(cacheKey, now) ?? await RequestAsync(connecting, cancellationToken).ConfigureAwait(false);
            return current;
        }
        finally
        {
            refreshing.Release();
        }
    }

    /// <summary>Replaces a token Zoho rejected (401 code 57) with a newly issued one.</summary>
    public async Task<AccessToken> ReplaceRejectedAsync(AccessToken rejected, CancellationToken cancellationToken)
    {
        await refreshing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (current is { } token && !ReferenceEquals(token, rejected) && token.IsFresh(DateTimeOffset.UtcNow)) return token;
            transport.TokenCache.Forget(cacheKey, rejected);
            current = await RequestAsync(connecting: false, cancellationToken).ConfigureAwait(false);
            return current;
        }
        finally
        {
            refreshing.Release();
        }
    }

    private async Task<AccessToken> RequestAsync(bool connecting, CancellationToken cancellationToken)
    {
        var uri = new Uri(AccountsUrl + "/oauth/v2/token");
        using var response = await transport.SendAsync(HttpMethod.Post, uri, request =>
        {
            request.Content = new FormUrlEncodedContent(
            [
                new("grant_type", "refresh_token"),
                new("client_id", clientId),
                new("client_secret", clientSecret),
                new("refresh_token", refreshToken),
            ]);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }, connecting, cancellationToken).ConfigureAwait(false);

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        TokenResponse? answer = null;
        try
        {
            answer = JsonSerializer.Deserialize(body, ZohoJsonContext.Default.TokenResponse);
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's error page, say): reported below with the HTTP status.
        }

        if (answer?.Error is { Length: > 0 } error) throw Refused(error, answer.ErrorDescription);
        if (answer?.AccessToken is not { Length: > 0 } accessToken)
            throw new ZohoOdbcException(connecting ? SqlStates.UnableToConnect : SqlStates.CommunicationLink,
                $"Zoho Accounts at {AccountsUrl} answered HTTP {(int)response.StatusCode} without an access token. " +
                "Check Region or AccountsUrl.");

        var lifetime = TimeSpan.FromSeconds(answer.ExpiresIn is > 0 ? answer.ExpiresIn.Value : 3600);
        var token = new AccessToken(accessToken, answer.ApiDomain, DateTimeOffset.UtcNow + lifetime);
        transport.TokenCache.Store(cacheKey, token);
        return token;
    }

    private ZohoOdbcException Refused(string error, string? description) => error switch
    {
        "invalid_code" => new(SqlStates.InvalidAuthorization,
            $"Zoho refused the refresh token (invalid_code): it was revoked, expired, or issued in another data centre than {AccountsUrl}. " +
            "Create a new grant and update RefreshToken (and Region or AccountsUrl if the account is in another data centre)."),
        "invalid_client" => new(SqlStates.InvalidAuthorization,
            $"Zoho Accounts at {AccountsUrl} does not know ClientId '{clientId}' (invalid_client): check ClientId, and that the client " +
            "is enabled for this data centre (Region or AccountsUrl)."),
        "invalid_client_secret" => new(SqlStates.InvalidAuthorization,
            $"Zoho refused the client secret of ClientId '{clientId}' (invalid_client_secret): copy the secret again from the " +
            "Zoho API console and update ClientSecret."),
        // Zoho's throttle: HTTP 400 "Access Denied" with "You have made too many requests continuously..."
        "Access Denied" => new(SqlStates.UnableToConnect,
            $"Zoho Accounts at {AccountsUrl} refused to issue a token: {description ?? error} Wait a few minutes, then connect again."),
        _ => new(SqlStates.InvalidAuthorization,
            $"Zoho Accounts at {AccountsUrl} refused the token request ({error}{(description is null ? "" : ": " + description)}). " +
            "Check ClientId, ClientSecret and RefreshToken."),
    };
}
