using System.Net;
using System.Web;
using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Tests;

/// <summary>Drives the consent page as a browser would: one click on "Accept", then reads the redirect.</summary>
internal sealed class OAuthFlow(EmulatorHost host)
{
    public const string RedirectUri = "http://127.0.0.1:53682/callback";

    /// <summary>The redirect after accepting as <paramref name="userId"/> at the accounts server of <paramref name="at"/>.</summary>
    public async Task<Uri> ConsentAsync(string scope, DataCentre at, string userId, string accessType = "offline", string state = "xyz")
    {
        string query = $"scope={Uri.EscapeDataString(scope)}&client_id={EmulatorCredentials.ClientId}&response_type=code" +
            $"&redirect_uri={Uri.EscapeDataString(RedirectUri)}&access_type={accessType}&prompt=consent&state={state}";
        using var page = new HttpRequestMessage(HttpMethod.Get, host.Url(at) + "/oauth/v2/auth?" + query);
        Reply consent = await host.SendAsync(page);
        Assert.Equal(HttpStatusCode.OK, consent.Status);
        Assert.Contains("Accept", consent.Text);
        Assert.Contains($"value=\"{userId}\"", consent.Text);

        Reply approved = await host.PostFormAsync(host.Url(at) + "/oauth/v2/auth/approve", new()
        {
            ["client_id"] = EmulatorCredentials.ClientId,
            ["redirect_uri"] = RedirectUri,
            ["scope"] = scope,
            ["state"] = state,
            ["access_type"] = accessType,
            ["user_id"] = userId,
            ["decision"] = "accept",
        });
        Assert.Equal(HttpStatusCode.Redirect, approved.Status);
        return approved.Location!;
    }

    public static string Parameter(Uri redirect, string name) => HttpUtility.ParseQueryString(redirect.Query)[name]!;

    public Task<Reply> ExchangeAsync(string code, DataCentre at, string redirectUri = RedirectUri) =>
        host.PostFormAsync(host.Url(at) + "/oauth/v2/token", new()
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = EmulatorCredentials.ClientId,
            ["client_secret"] = EmulatorCredentials.ClientSecret,
            ["redirect_uri"] = redirectUri,
            ["code"] = code,
        });

    /// <summary>An access token of the US single-organization user limited to <paramref name="scope"/>.</summary>
    public async Task<string> TokenWithScopeAsync(string scope, DataCentre at)
    {
        Uri redirect = await ConsentAsync(scope, at, UserIn(at));
        Reply reply = await ExchangeAsync(Parameter(redirect, "code"), at);
        return reply.Body.Str("access_token");
    }

    /// <summary>The id of the user living in a DC (US: the single-organization user).</summary>
    public string UserIn(DataCentre dataCentre) =>
        host.Server.Directory.Users.First(u => u.DataCentre == dataCentre).UserId;
}
