using System.Net;
using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Tests;

/// <summary>The authorization page, both grants, revocation, token lifetime and Zoho's token limits.</summary>
public sealed class OAuthTests(EmulatorHost host) : IClassFixture<EmulatorHost>, IAsyncLifetime
{
    private readonly OAuthFlow flow = new(host);

    public Task InitializeAsync() => host.ControlAsync(HttpMethod.Post, "/reset");

    public Task DisposeAsync() => host.ControlAsync(HttpMethod.Post, "/reset");

    [Fact]
    public async Task Consent_redirects_with_code_location_accounts_server_and_state_and_the_code_gives_both_tokens()
    {
        Uri redirect = await flow.ConsentAsync("ZohoBooks.fullaccess.all", DataCentre.Us, flow.UserIn(DataCentre.Eu), state: "s-42");
        Assert.StartsWith(OAuthFlow.RedirectUri + "?", redirect.ToString());
        Assert.Equal("eu", OAuthFlow.Parameter(redirect, "location"));
        Assert.Equal(host.Url(DataCentre.Eu), OAuthFlow.Parameter(redirect, "accounts-server"));
        Assert.Equal("s-42", OAuthFlow.Parameter(redirect, "state"));
        string code = OAuthFlow.Parameter(redirect, "code");

        // The code belongs to the EU accounts server.
        Assert.Equal("invalid_code", (await flow.ExchangeAsync(code, DataCentre.Us)).Body.Str("error"));
        Reply tokens = await flow.ExchangeAsync(code, DataCentre.Eu);
        Assert.Equal(host.Url(DataCentre.Eu), tokens.Body.Str("api_domain"));
        Assert.Equal("ZohoBooks.fullaccess.all", tokens.Body.Str("scope"));
        string refresh = tokens.Body.Str("refresh_token");

        // Single use.
        Assert.Equal("invalid_code", (await flow.ExchangeAsync(code, DataCentre.Eu)).Body.Str("error"));

        string access = await host.NewTokenAsync(refresh, DataCentre.Eu);
        Reply organizations = await host.GetAsync("/books/v3/organizations", DataCentre.Eu, access);
        Assert.Equal(HttpStatusCode.OK, organizations.Status);
    }

    [Fact]
    public async Task Codes_expire_after_two_minutes_and_need_the_same_redirect_uri()
    {
        Uri first = await flow.ConsentAsync("ZohoBooks.invoices.READ", DataCentre.Us, flow.UserIn(DataCentre.Us));
        Assert.Equal("invalid_redirect_uri", (await flow.ExchangeAsync(OAuthFlow.Parameter(first, "code"), DataCentre.Us, "http://127.0.0.1:1/other")).Body.Str("error"));

        Uri second = await flow.ConsentAsync("ZohoBooks.invoices.READ", DataCentre.Us, flow.UserIn(DataCentre.Us));
        await host.ControlAsync(HttpMethod.Post, "/clock/advance", """{"seconds":121}""");
        Assert.Equal("invalid_code", (await flow.ExchangeAsync(OAuthFlow.Parameter(second, "code"), DataCentre.Us)).Body.Str("error"));
    }

    [Fact]
    public async Task Online_access_gives_no_refresh_token_and_deny_returns_access_denied()
    {
        Uri redirect = await flow.ConsentAsync("ZohoBooks.invoices.READ", DataCentre.Us, flow.UserIn(DataCentre.Us), accessType: "online");
        Reply tokens = await flow.ExchangeAsync(OAuthFlow.Parameter(redirect, "code"), DataCentre.Us);
        Assert.True(tokens.Body.Has("access_token"));
        Assert.False(tokens.Body.Has("refresh_token"));

        Reply denied = await host.PostFormAsync(host.Server.BaseUrl + "/oauth/v2/auth/approve", new()
        {
            ["client_id"] = EmulatorCredentials.ClientId,
            ["redirect_uri"] = OAuthFlow.RedirectUri,
            ["scope"] = "ZohoBooks.invoices.READ",
            ["state"] = "st",
            ["user_id"] = flow.UserIn(DataCentre.Us),
            ["decision"] = "deny",
        });
        Assert.Equal("access_denied", OAuthFlow.Parameter(denied.Location!, "error"));
    }

    [Fact]
    public async Task The_authorization_page_rejects_unknown_clients_and_foreign_redirects()
    {
        using var badClient = new HttpRequestMessage(HttpMethod.Get, host.Server.BaseUrl +
            "/oauth/v2/auth?scope=ZohoBooks.invoices.READ&client_id=1000.NOPE&response_type=code&redirect_uri=http%3A%2F%2F127.0.0.1%2Fcb");
        Assert.Equal(HttpStatusCode.BadRequest, (await host.SendAsync(badClient)).Status);
        using var foreign = new HttpRequestMessage(HttpMethod.Get, host.Server.BaseUrl +
            $"/oauth/v2/auth?scope=ZohoBooks.invoices.READ&client_id={EmulatorCredentials.ClientId}&response_type=code&redirect_uri=https%3A%2F%2Fexample.com%2Fcb");
        Reply page = await host.SendAsync(foreign);
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("Invalid Redirect Uri", page.Text);
    }

    [Theory]
    [InlineData("password", EmulatorCredentials.ClientId, EmulatorCredentials.ClientSecret, "unsupported_grant_type")]
    [InlineData("refresh_token", "1000.UNKNOWN", EmulatorCredentials.ClientSecret, "invalid_client")]
    [InlineData("refresh_token", EmulatorCredentials.ClientId, "wrong", "invalid_client_secret")]
    public async Task Token_errors_are_http_200_with_an_error_field(string grantType, string clientId, string secret, string error)
    {
        Reply reply = await host.PostFormAsync(host.Server.BaseUrl + "/oauth/v2/token", new()
        {
            ["grant_type"] = grantType,
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["refresh_token"] = EmulatorCredentials.RefreshToken,
        });
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(error, reply.Body.Str("error"));
    }

    [Fact]
    public async Task Access_tokens_expire_after_their_lifetime()
    {
        string token = await host.NewTokenAsync(EmulatorCredentials.RefreshToken);
        string organizations = "/books/v3/organizations";
        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync(organizations, token: token)).Status);
        await host.ControlAsync(HttpMethod.Post, "/clock/advance", """{"seconds":3601}""");
        Reply expired = await host.GetAsync(organizations, token: token);
        Assert.Equal(57, expired.Code);
    }

    [Fact]
    public async Task Revoking_a_refresh_token_kills_its_access_tokens_and_reset_restores_it()
    {
        string refresh = EmulatorCredentials.RefreshTokenIn(DataCentre.Au);
        string token = await host.NewTokenAsync(refresh, DataCentre.Au);
        Reply revoked = await host.PostFormAsync(host.Url(DataCentre.Au) + "/oauth/v2/token/revoke", new() { ["token"] = refresh });
        Assert.Equal("success", revoked.Body.Str("status"));
        Assert.Equal(57, (await host.GetAsync("/books/v3/organizations", DataCentre.Au, token)).Code);

        Reply again = await host.PostFormAsync(host.Url(DataCentre.Au) + "/oauth/v2/revoke/token", new() { ["token"] = refresh });
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);

        Reply refreshed = await host.PostFormAsync(host.Url(DataCentre.Au) + "/oauth/v2/token", new()
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = EmulatorCredentials.ClientId,
            ["client_secret"] = EmulatorCredentials.ClientSecret,
            ["refresh_token"] = refresh,
        });
        Assert.Equal("invalid_code", refreshed.Body.Str("error"));

        await host.ControlAsync(HttpMethod.Post, "/reset");
        Assert.NotEmpty(await host.NewTokenAsync(refresh, DataCentre.Au));
    }

    [Fact]
    public async Task With_the_token_limit_on_the_eleventh_token_in_ten_minutes_is_refused()
    {
        await host.ControlAsync(HttpMethod.Put, "/limits", """{"token_limit_enabled":true}""");
        string refresh = EmulatorCredentials.RefreshTokenIn(DataCentre.Jp);
        for (int i = 0; i < 10; i++)
        {
            await host.NewTokenAsync(refresh, DataCentre.Jp);
        }

        Reply refused = await host.PostFormAsync(host.Url(DataCentre.Jp) + "/oauth/v2/token", new()
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = EmulatorCredentials.ClientId,
            ["client_secret"] = EmulatorCredentials.ClientSecret,
            ["refresh_token"] = refresh,
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("Access Denied", refused.Body.Str("error"));
        Assert.Equal("failure", refused.Body.Str("status"));
        Assert.Equal("You have made too many requests continuously. Please try again after some time.", refused.Body.Str("error_description"));

        await host.ControlAsync(HttpMethod.Post, "/clock/advance", """{"seconds":600}""");
        Assert.NotEmpty(await host.NewTokenAsync(refresh, DataCentre.Jp));
    }

    [Fact]
    public async Task The_thirty_first_access_token_deletes_the_oldest()
    {
        string refresh = EmulatorCredentials.RefreshTokenIn(DataCentre.Ca);
        string oldest = await host.NewTokenAsync(refresh, DataCentre.Ca);
        for (int i = 0; i < 29; i++)
        {
            await host.NewTokenAsync(refresh, DataCentre.Ca);
        }

        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync("/books/v3/organizations", DataCentre.Ca, oldest)).Status);
        await host.NewTokenAsync(refresh, DataCentre.Ca);
        Assert.Equal(57, (await host.GetAsync("/books/v3/organizations", DataCentre.Ca, oldest)).Code);
    }

    [Fact]
    public async Task The_twenty_first_refresh_token_of_a_user_deletes_the_oldest()
    {
        // The CN user starts with its fixed grant: 20 consents later it is gone.
        string fixedGrant = EmulatorCredentials.RefreshTokenIn(DataCentre.Cn);
        for (int i = 0; i < 20; i++)
        {
            Uri redirect = await flow.ConsentAsync("ZohoBooks.fullaccess.all", DataCentre.Cn, flow.UserIn(DataCentre.Cn));
            Assert.True((await flow.ExchangeAsync(OAuthFlow.Parameter(redirect, "code"), DataCentre.Cn)).Body.Has("refresh_token"));
        }

        Reply refused = await host.PostFormAsync(host.Url(DataCentre.Cn) + "/oauth/v2/token", new()
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = EmulatorCredentials.ClientId,
            ["client_secret"] = EmulatorCredentials.ClientSecret,
            ["refresh_token"] = fixedGrant,
        });
        Assert.Equal("invalid_code", refused.Body.Str("error"));
    }
}
