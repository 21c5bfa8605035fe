using ZohoOdbc.Core;
using ZohoOdbc.Core.Zoho.Auth;

namespace ZohoOdbc.Tests;

public class OAuthHelperTests
{
    [Fact]
    public void Authorization_URL_asks_for_a_refresh_token_with_read_scopes()
    {
        var settings = ConnectionSettings.Parse(new Dictionary<string, string> { ["ClientId"] = "1000.ABC", ["Region"] = "EU" }, out _);
        var scope = OAuthHelper.DefaultScope(ZohoProduct.Books);
        Assert.Equal("https://accounts.zoho.eu/oauth/v2/auth?scope=" + Uri.EscapeDataString(scope) +
            "&client_id=1000.ABC&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fcallback&access_type=offline&prompt=consent&state=s%201",
            OAuthHelper.AuthorizationUrl(settings, "http://localhost:8080/callback", state: "s 1"));
        // Read-only scopes of every module the tables need, and settings for the organization list.
        Assert.All(scope.Split(','), s => Assert.Matches("^ZohoBooks\\.[a-z]+\\.READ$", s));
        Assert.Subset(scope.Split(',').ToHashSet(), new HashSet<string> { "ZohoBooks.contacts.READ", "ZohoBooks.invoices.READ", "ZohoBooks.settings.READ" });
        Assert.All(OAuthHelper.DefaultScope(ZohoProduct.Invoice).Split(','), s => Assert.StartsWith("ZohoInvoice.", s));
        Assert.Equal(SqlStates.InvalidConnectionAttribute,
            Assert.Throws<ZohoOdbcException>(() => OAuthHelper.AuthorizationUrl(settings, "not a url")).SqlState);
    }

    [Fact]
    public async Task A_code_exchange_stores_the_grant_so_a_DSN_needs_only_ClientId()
    {
        using var home = new TempDirectory("oauth");
        var zoho = new FakeZoho();
        using var services = TestServices.For(zoho, configDirectory: home.Path);
        var settings = FakeZoho.Settings(("RefreshToken", ""));
        var grant = await OAuthHelper.ExchangeCodeAsync(settings, services, "1000.code.xyz", "http://localhost:8080/callback", null, CancellationToken.None);

        Assert.Equal(new OAuthGrant(FakeZoho.GrantedRefreshToken, FakeZoho.AccountsUrl, null, FakeZoho.ApiDomain, "ZohoBooks.invoices.READ", Stored: true), grant);
        var exchange = zoho.Requests.Single();
        Assert.Equal("authorization_code", exchange.Form["grant_type"]);
        Assert.Equal("1000.code.xyz", exchange.Form["code"]);
        Assert.Equal("http://localhost:8080/callback", exchange.Form["redirect_uri"]);
        Assert.Equal("", exchange.Uri.Query);

        // Another "process" connects with ClientId only: stored secret and refresh token, and the access token of the exchange.
        using var later = TestServices.For(zoho, configDirectory: home.Path);
        var clientOnly = ConnectionSettings.Parse(new Dictionary<string, string> { ["ClientId"] = "1000.TESTCLIENT", ["AccountsUrl"] = FakeZoho.AccountsUrl }, out _);
        using var session = Session.Open(clientOnly, later, false, CancellationToken.None);
        Assert.Equal(1, zoho.TokenCalls);
        Assert.Equal("Zoho-oauthtoken 1000.access.1", zoho.ListCalls("/organizations").Single().Headers["Authorization"]);
    }

    [Fact]
    public async Task The_client_secret_goes_only_to_a_Zoho_accounts_server()
    {
        var zoho = new FakeZoho();
        using var services = TestServices.For(zoho);
        var e = await Assert.ThrowsAsync<ZohoOdbcException>(() =>
            OAuthHelper.ExchangeCodeAsync(FakeZoho.Settings(), services, "1000.code.xyz", "http://localhost/cb", "https://accounts.evil.example", CancellationToken.None));
        Assert.Equal(SqlStates.InvalidConnectionAttribute, e.SqlState);
        Assert.StartsWith("accounts-server 'https://accounts.evil.example' is not one of Zoho's accounts servers", e.Message);
        Assert.Empty(zoho.Requests);
    }

    [Fact]
    public async Task A_used_or_expired_code_says_what_to_do()
    {
        var zoho = new FakeZoho { TokenAnswer = () => FakeZoho.Json(System.Net.HttpStatusCode.OK, new System.Text.Json.Nodes.JsonObject { ["error"] = "invalid_code" }) };
        using var services = TestServices.For(zoho);
        var e = await Assert.ThrowsAsync<ZohoOdbcException>(() =>
            OAuthHelper.ExchangeCodeAsync(FakeZoho.Settings(), services, "1000.code.old", "http://localhost/cb", null, CancellationToken.None));
        Assert.Equal(SqlStates.InvalidAuthorization, e.SqlState);
        Assert.Contains("a code works once, for two minutes", e.Message);
    }
}
