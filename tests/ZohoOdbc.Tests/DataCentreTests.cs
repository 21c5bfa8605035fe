using System.Net;
using System.Text.Json.Nodes;
using ZohoOdbc.Core;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Tests;

/// <summary>Data centres against <see cref="FakeZoho"/> serving three of them at path prefixes, the way the emulator does.</summary>
public class DataCentreTests
{
    private static readonly DataCentres ThreeDataCentres = new(new Dictionary<string, (string, string)>
    {
        ["US"] = ("http://127.0.0.1:9/us", "http://127.0.0.1:9/us"),
        ["EU"] = ("http://127.0.0.1:9/eu", "http://127.0.0.1:9/eu"),
        ["IN"] = ("http://127.0.0.1:9/in", "http://127.0.0.1:9/in"),
    });

    /// <summary>A Zoho whose grant lives in <paramref name="home"/>: the other accounts servers answer invalid_code, the other APIs 401.</summary>
    private static FakeZoho GrantIn(string? home) => new()
    {
        ApiDomainInTokenAnswer = home is null ? null : $"http://127.0.0.1:9/{home}",
        Intercept = r =>
        {
            var inHome = home is not null && r.Uri.AbsolutePath.StartsWith($"/{home}/", StringComparison.Ordinal);
            if (r.Uri.AbsolutePath.EndsWith("/oauth/v2/token", StringComparison.Ordinal))
                return inHome ? null : FakeZoho.Json(HttpStatusCode.OK, new JsonObject { ["error"] = "invalid_code" });
            return inHome ? null : FakeZoho.Json(HttpStatusCode.Unauthorized, new JsonObject { ["code"] = 57, ["message"] = "Invalid OAuth token." });
        },
    };

    private static ConnectionSettings Settings(params (string Key, string Value)[] extra)
    {
        var values = new Dictionary<string, string> { ["ClientId"] = "1000.TESTCLIENT", ["ClientSecret"] = "test-secret", ["RefreshToken"] = "1000.test.refresh" };
        foreach (var (key, value) in extra) values[key] = value;
        return ConnectionSettings.Parse(values, out _);
    }

    [Fact]
    public void A_grant_of_another_data_centre_is_08004_naming_both()
    {
        var zoho = GrantIn("eu");
        using var services = TestServices.For(zoho, dataCentres: ThreeDataCentres);
        var e = Assert.Throws<ZohoOdbcException>(() => Session.Open(Settings(("Region", "US")), services, false, CancellationToken.None));
        Assert.Equal(SqlStates.ServerRejectedConnection, e.SqlState);
        Assert.Equal("The refresh token belongs to Zoho's EU data centre (http://127.0.0.1:9/eu), but this connection signs in at the US data centre " +
            "(http://127.0.0.1:9/us, from Region=US). Set Region=EU.", e.Message);

        // The token the probe got is kept: connecting with the right Region needs no new one.
        var tokensSoFar = zoho.TokenCalls;
        using var session = Session.Open(Settings(("Region", "EU")), services, false, CancellationToken.None);
        Assert.Equal(tokensSoFar, zoho.TokenCalls);
        Assert.Equal("http://127.0.0.1:9/eu/books/v3", session.ApiBaseUrl);
    }

    [Fact]
    public void A_grant_no_data_centre_knows_is_28000_revoked()
    {
        var zoho = GrantIn(null);
        using var services = TestServices.For(zoho, dataCentres: ThreeDataCentres);
        var e = Assert.Throws<ZohoOdbcException>(() => Session.Open(Settings(("Region", "EU")), services, false, CancellationToken.None));
        Assert.Equal(SqlStates.InvalidAuthorization, e.SqlState);
        Assert.StartsWith("Zoho refused the refresh token (invalid_code): it was revoked, expired, or issued in another data centre than " +
            "http://127.0.0.1:9/eu (and no other data centre knows it). Create a new grant", e.Message);
        Assert.Equal(3, zoho.TokenCalls);
    }

    [Fact]
    public void The_api_domain_of_the_token_wins_over_Region()
    {
        var zoho = new FakeZoho { ApiDomainInTokenAnswer = "http://127.0.0.1:9/in" };
        using var services = TestServices.For(zoho, dataCentres: ThreeDataCentres);
        using var session = Session.Open(Settings(("Region", "US")), services, false, CancellationToken.None);
        Assert.Equal("http://127.0.0.1:9/us/oauth/v2/token", zoho.Requests[0].Uri.ToString());
        Assert.Equal("http://127.0.0.1:9/in/books/v3/organizations", zoho.Requests[1].Uri.ToString());
    }

    [Fact]
    public void An_ApiUrl_of_another_data_centre_than_the_token_is_08004_naming_both()
    {
        var zoho = GrantIn("us");
        using var services = TestServices.For(zoho, dataCentres: ThreeDataCentres);
        var e = Assert.Throws<ZohoOdbcException>(() =>
            Session.Open(Settings(("Region", "US"), ("ApiUrl", "http://127.0.0.1:9/eu")), services, false, CancellationToken.None));
        Assert.Equal(SqlStates.ServerRejectedConnection, e.SqlState);
        Assert.StartsWith("Zoho issued the access token for the US data centre (http://127.0.0.1:9/us), but ApiUrl points at the EU data centre " +
            "(http://127.0.0.1:9/eu), which refuses it", e.Message);
    }

    [Fact]
    public void Every_data_centre_has_its_servers()
    {
        Assert.Equal(["US", "EU", "IN", "AU", "JP", "CA", "CN", "SA"], ZohoRegion.Codes);
        Assert.Equal("https://accounts.zohocloud.ca", ZohoRegion.AccountsServer("CA"));
        Assert.Equal("https://www.zohoapis.com.au", ZohoRegion.ApiDomain("au"));
        Assert.Equal("JP", DataCentres.Zoho.RegionOfAccountsServer("https://accounts.zoho.jp/"));
        Assert.Equal("SA", DataCentres.Zoho.RegionOfApiDomain("https://www.zohoapis.sa"));
    }
}
