using System.Net;
using System.Text.Json;
using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Tests;

/// <summary>Every DC has its own accounts server and API domain; calls to the wrong DC fail as Zoho fails them.</summary>
public sealed class DataCentreTests(EmulatorHost host) : IClassFixture<EmulatorHost>
{
    public static TheoryData<string> AllDataCentres() => new(DataCentre.All.Select(dc => dc.Code));

    [Theory]
    [MemberData(nameof(AllDataCentres))]
    public async Task Each_data_centre_issues_tokens_for_its_own_api_domain_and_serves_its_organization(string code)
    {
        DataCentre dc = DataCentre.FromCode(code)!;
        Reply token = await host.PostFormAsync(host.Url(dc) + "/oauth/v2/token", new()
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = EmulatorCredentials.ClientId,
            ["client_secret"] = EmulatorCredentials.ClientSecret,
            ["refresh_token"] = EmulatorCredentials.RefreshTokenIn(dc),
        });
        Assert.Equal(host.Url(dc), token.Body.Str("api_domain"));
        Assert.Equal("Bearer", token.Body.Str("token_type"));
        Assert.Equal(3600, token.Body.GetProperty("expires_in").GetInt32());
        string access = token.Body.Str("access_token");
        Assert.Matches("^1000\\.[0-9a-f]{32}\\.[0-9a-f]{32}$", access);

        Reply organizations = await host.GetAsync("/books/v3/organizations", dc, access);
        JsonElement organization = Assert.Single(organizations.Body.GetProperty("organizations").EnumerateArray());
        string id = EmulatorCredentials.OrganizationIdIn(dc);
        Assert.Equal(id, organization.Str("organization_id"));

        Reply invoices = await host.GetAsync($"/books/v3/invoices?organization_id={id}&per_page=5", dc, access);
        Assert.Equal(HttpStatusCode.OK, invoices.Status);
        Assert.NotEqual(0, invoices.Body.GetProperty("invoices").GetArrayLength());

        // Timestamps carry the organization's own offset, without a colon.
        string created = invoices.Body.GetProperty("invoices")[0].Str("created_time");
        TimeSpan offset = host.Server.Directory.FindOrganization(id)!.Profile.Offset;
        Assert.EndsWith((offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hhmm"), created);
    }

    [Theory]
    [MemberData(nameof(AllDataCentres))]
    public async Task A_grant_used_at_another_data_centres_accounts_server_is_an_invalid_code(string code)
    {
        DataCentre dc = DataCentre.FromCode(code)!;
        DataCentre other = dc == DataCentre.Eu ? DataCentre.In : DataCentre.Eu;
        Reply reply = await host.PostFormAsync(host.Url(other) + "/oauth/v2/token", new()
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = EmulatorCredentials.ClientId,
            ["client_secret"] = EmulatorCredentials.ClientSecret,
            ["refresh_token"] = EmulatorCredentials.RefreshTokenIn(dc),
        });
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("invalid_code", reply.Body.Str("error"));
    }

    [Fact]
    public async Task A_token_used_at_another_data_centres_api_is_code_57_and_an_organization_of_another_dc_is_6041()
    {
        string euToken = await host.TokenAsync(DataCentre.Eu);
        Reply atUs = await host.GetAsync("/books/v3/invoices?organization_id=" + EmulatorCredentials.OrganizationId, DataCentre.Us, euToken);
        Assert.Equal(HttpStatusCode.Unauthorized, atUs.Status);
        Assert.Equal(57, atUs.Code);

        Reply euOrgAtEu = await host.GetAsync("/books/v3/invoices?organization_id=" + EmulatorCredentials.OrganizationId, DataCentre.Eu, euToken);
        Assert.Equal(HttpStatusCode.BadRequest, euOrgAtEu.Status);
        Assert.Equal(6041, euOrgAtEu.Code);

        Reply usUserEuOrg = await host.GetAsync("/books/v3/invoices?organization_id=" + EmulatorCredentials.OrganizationIdIn(DataCentre.Eu));
        Assert.Equal(6041, usUserEuOrg.Code);
    }

    [Fact]
    public async Task Us_answers_at_the_root_and_at_us()
    {
        string token = await host.TokenAsync();
        Reply root = await host.GetAsync("/books/v3/organizations", DataCentre.Us, token);
        using var request = new HttpRequestMessage(HttpMethod.Get, host.Server.BaseUrl + "/us/books/v3/organizations");
        request.Headers.TryAddWithoutValidation("Authorization", "Zoho-oauthtoken " + token);
        Reply prefixed = await host.SendAsync(request);
        Assert.Equal(root.Text, prefixed.Text);
    }

    [Fact]
    public async Task The_default_user_sees_exactly_one_organization_and_the_multi_organization_user_two()
    {
        Reply single = await host.GetAsync("/books/v3/organizations");
        JsonElement only = Assert.Single(single.Body.GetProperty("organizations").EnumerateArray());
        Assert.Equal(EmulatorCredentials.OrganizationId, only.Str("organization_id"));
        Assert.True(only.GetProperty("is_default_org").GetBoolean());
        Assert.False(only.Has("address"));

        string multi = await host.NewTokenAsync(EmulatorCredentials.MultiOrganizationRefreshToken);
        Reply both = await host.GetAsync("/invoice/v3/organizations", token: multi);
        Assert.Equal([EmulatorCredentials.OrganizationId, EmulatorCredentials.SecondOrganizationId],
            both.Body.GetProperty("organizations").EnumerateArray().Strs("organization_id"));
        Reply second = await host.GetAsync("/books/v3/contacts?per_page=3&organization_id=" + EmulatorCredentials.SecondOrganizationId, token: multi);
        Assert.Equal(HttpStatusCode.OK, second.Status);

        Reply detail = await host.GetAsync("/books/v3/organizations/" + EmulatorCredentials.OrganizationId);
        Assert.True(detail.Body.GetProperty("organization").Has("address"));
    }
}
