using System.Net;
using System.Text.Json.Nodes;
using ZohoOdbc.Cli.Tests.Harness;
using ZohoOdbc.Emulator;

namespace ZohoOdbc.Cli.Tests;

/// <summary>
/// What the setup page says when sign-in goes wrong (consent denied, wrong client secret, an account of another data
/// centre, a stale answer, an unregistered driver), and that only the browser holding the one-time address gets in.
/// Played over HTTP against the real command and the emulator's consent page.
/// </summary>
public sealed class SetupPageErrorTests
{
    private static string Title(JsonNode state) => state["problem"]?["title"]?.GetValue<string>() ?? "(no problem)";

    private static string Advice(JsonNode state) => state["problem"]!["action"]!.GetValue<string>();

    [Fact]
    public void Denied_consent_says_to_press_accept_and_writes_nothing()
    {
        using var run = new SetupPageRun();
        var (url, _) = run.Page.Authorize(run.Form());
        run.Page.Consent(url!, "admin@emulated-trading.example", accept: false);

        var state = run.Page.State();
        Assert.Equal("form", state["step"]!.GetValue<string>());
        Assert.Equal("Access was denied on Zoho's page", Title(state));
        Assert.Contains("choose Accept", Advice(state));
        Assert.Equal("", File.ReadAllText(run.Sandbox.UserOdbcIni));
    }

    [Fact]
    public void A_wrong_client_secret_is_named_with_where_to_copy_it_from()
    {
        using var run = new SetupPageRun();
        var (url, _) = run.Page.Authorize(run.Form(clientSecret: "not-the-secret"));
        run.Page.Consent(url!, "admin@emulated-trading.example", accept: true);

        var state = run.Page.State();
        Assert.Equal("Zoho refused the sign-in", Title(state));
        Assert.Contains("invalid_client_secret", state["problem"]!["detail"]!.GetValue<string>());
        Assert.Contains("Copy the client secret again", Advice(state));
        Assert.Equal("", File.ReadAllText(run.Sandbox.UserOdbcIni));
    }

    [Fact]
    public void An_account_of_another_data_centre_is_refused_with_the_region_to_choose()
    {
        using var run = new SetupPageRun();
        var (url, _) = run.Page.Authorize(run.Form());
        // The emulator's EU user signs in at the US consent page: the redirect names the EU accounts server.
        run.Page.Consent(url!, "(EU,", accept: true);

        var state = run.Page.State();
        Assert.Equal("Zoho answered from another data centre", Title(state));
        Assert.Contains(run.Emulator.Url + "/eu", state["problem"]!["detail"]!.GetValue<string>());
        Assert.Contains("Region", Advice(state));
    }

    [Fact]
    public void An_answer_without_this_pages_state_is_ignored_and_explained()
    {
        using var run = new SetupPageRun();
        var (url, _) = run.Page.Authorize(run.Form());
        Assert.NotNull(url);
        using var stray = run.Page.Http.Send(new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{run.Port}/callback?code=1000.stolen&state=not-this-one"));

        var state = run.Page.State();
        Assert.Equal("This answer from Zoho is not for the current setup", Title(state));
        Assert.Equal("", File.ReadAllText(run.Sandbox.UserOdbcIni));
    }

    [Fact]
    public void Missing_fields_and_an_unregistered_driver_are_reported_before_going_to_zoho()
    {
        using var run = new SetupPageRun();
        var (url, state) = run.Page.Authorize(new { dataSourceName = "Bad[Name]", clientId = EmulatorCredentials.ClientId, clientSecret = "x" });
        Assert.Null(url);
        Assert.Equal("The data source name is not valid", Title(state!));

        (url, state) = run.Page.Authorize(new { dataSourceName = "Good", clientSecret = "x" });
        Assert.Equal("The client id is missing", Title(state!));
        Assert.Contains($"http://127.0.0.1:{run.Port}/callback", Advice(state!));

        using var other = new SetupPageRun("--driver", "NoSuchDriver");
        (url, state) = other.Page.Authorize(other.Form());
        Assert.Null(url);
        Assert.Equal("The ODBC driver 'NoSuchDriver' is not registered", Title(state!));
    }

    [Fact]
    public void Only_the_browser_with_the_one_time_address_gets_in()
    {
        using var run = new SetupPageRun();
        using var stranger = new HttpClient();
        var page = $"http://127.0.0.1:{run.Port}/";

        HttpStatusCode Get(string url) => stranger.Send(new HttpRequestMessage(HttpMethod.Get, url)).StatusCode;
        Assert.Equal(HttpStatusCode.Forbidden, Get(page));
        Assert.Equal(HttpStatusCode.Forbidden, Get(page + "?t=guess"));
        Assert.Equal(HttpStatusCode.Forbidden, Get(page + "api/state"));
        // A cross-site form post carries the cookie but cannot add the custom header.
        Assert.Equal(HttpStatusCode.Forbidden, run.Page.Api(HttpMethod.Get, "/api/state", null, withHeader: false).Status);
        // DNS rebinding: another host name pointing at 127.0.0.1.
        using var rebound = new HttpRequestMessage(HttpMethod.Get, page);
        rebound.Headers.Host = "evil.example:" + run.Port;
        Assert.Equal(HttpStatusCode.MisdirectedRequest, stranger.Send(rebound).StatusCode);
        Assert.Equal(HttpStatusCode.OK, run.Page.Api(HttpMethod.Get, "/api/state", null).Status);
    }

    [Fact]
    public void Closing_the_page_before_saving_ends_the_command_with_nothing_written()
    {
        using var run = new SetupPageRun();
        Assert.Equal(HttpStatusCode.NoContent, run.Page.Api(HttpMethod.Post, "/api/close", null).Status);
        var result = run.Process.WaitForExit(TimeSpan.FromSeconds(30));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nothing was written", result.StdErr);
        Assert.Equal("", File.ReadAllText(run.Sandbox.UserOdbcIni));
    }
}
