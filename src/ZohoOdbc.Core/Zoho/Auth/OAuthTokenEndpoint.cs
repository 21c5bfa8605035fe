using System.Net.Http.Headers;
using System.Text.Json;
using ZohoOdbc.Core.Zoho.Http;
using ZohoOdbc.Core.Zoho.Json;

namespace ZohoOdbc.Core.Zoho.Auth;

/// <summary>
/// <c>POST {accounts}/oauth/v2/token</c> (reference §1.3): the refresh_token grant and the authorization_code
/// exchange. Zoho reports refusals as a JSON <c>error</c>, often with HTTP 200; they become
/// <see cref="TokenRefusedException"/>. Secrets travel in the form body only, never in the URL (which is logged).
/// </summary>
internal static class OAuthTokenEndpoint
{
    /// <summary>Zoho's documented access-token lifetime, used when an answer has no expires_in.</summary>
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(1);

    public static async Task<AccessToken> RefreshAsync(ZohoTransport transport, OAuthClientCredentials credentials, TimeProvider clock,
        bool connecting, CancellationToken cancellationToken)
    {
        var answer = await PostAsync(transport, credentials.AccountsUrl, credentials.ClientId,
        [
            new("grant_type", "refresh_token"),
            new("client_id", credentials.ClientId),
            new("client_secret", credentials.ClientSecret),
            new("refresh_token", credentials.RefreshToken),
        ], connecting, cancellationToken).ConfigureAwait(false);
        return ToAccessToken(answer, clock);
    }

    /// <summary>The authorization_code grant: a grant code from the consent page for a refresh token (with access_type=offline).</summary>
    public static Task<TokenResponse> ExchangeCodeAsync(ZohoTransport transport, string accountsUrl, string clientId, string clientSecret,
        string code, string redirectUri, CancellationToken cancellationToken) =>
        PostAsync(transport, accountsUrl, clientId,
        [
            new("grant_type", "authorization_code"),
            new("client_id", clientId),
            new("client_secret", clientSecret),
            new("redirect_uri", redirectUri),
            new("code", code),
        ], connecting: true, cancellationToken);

    public static AccessToken ToAccessToken(TokenResponse answer, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var lifetime = answer.ExpiresIn is > 0 ? TimeSpan.FromSeconds(answer.ExpiresIn.Value) : DefaultLifetime;
        return new AccessToken(answer.AccessToken!, answer.ApiDomain, now, now + lifetime);
    }

    private static async Task<TokenResponse> PostAsync(ZohoTransport transport, string accountsUrl, string clientId,
        KeyValuePair<string, string>[] form, bool connecting, CancellationToken cancellationToken)
    {
        var call = new ZohoCall(HttpMethod.Post, new Uri(accountsUrl + "/oauth/v2/token"), request =>
        {
            request.Content = new FormUrlEncodedContent(form);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }, OpenGate.Instance, OrganizationId: null, connecting);
        using var response = await transport.SendAsync(call, cancellationToken).ConfigureAwait(false);

        var answer = response.Json is { } json && json.RootElement.ValueKind == JsonValueKind.Object
            ? json.RootElement.Deserialize(ZohoJsonContext.Default.TokenResponse)
            : null;
        if (answer?.Error is { Length: > 0 } error) throw new TokenRefusedException(error, answer.ErrorDescription, accountsUrl, clientId);
        if (answer?.AccessToken is not { Length: > 0 })
            throw new ZohoOdbcException(connecting ? SqlStates.UnableToConnect : SqlStates.CommunicationLink,
                $"Zoho Accounts at {accountsUrl} answered HTTP {response.StatusCode} without an access token. Check Region or AccountsUrl.");
        return answer;
    }
}
