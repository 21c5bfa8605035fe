using System.Net;
using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Tests;

/// <summary>Injected faults: each kind, next-N and share, path filters, latency.</summary>
public sealed class FaultTests(EmulatorHost host) : IClassFixture<EmulatorHost>, IAsyncLifetime
{
    private static readonly string Invoices = "/books/v3/invoices?per_page=2&organization_id=" + EmulatorCredentials.OrganizationId;

    public Task InitializeAsync() => host.ControlAsync(HttpMethod.Post, "/reset");

    public Task DisposeAsync() => host.ControlAsync(HttpMethod.Post, "/reset");

    private Task<Reply> Inject(string json) => host.ControlAsync(HttpMethod.Post, "/faults", json);

    [Fact]
    public async Task Server_errors_hit_the_next_n_requests_then_stop()
    {
        string token = await host.TokenAsync();
        Assert.Equal(HttpStatusCode.Created, (await Inject("""{"kind":"500","count":2}""")).Status);
        Reply first = await host.GetAsync(Invoices, token: token);
        Assert.Equal(HttpStatusCode.InternalServerError, first.Status);
        Assert.Equal(1000, first.Code);
        Assert.Equal("Internal error", first.Message);
        Assert.Equal(HttpStatusCode.InternalServerError, (await host.GetAsync(Invoices, token: token)).Status);
        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync(Invoices, token: token)).Status);

        await Inject("""{"kind":"502","count":1}""");
        await Inject("""{"kind":"503","count":1}""");
        Reply badGateway = await host.GetAsync(Invoices, token: token);
        Assert.Equal(HttpStatusCode.BadGateway, badGateway.Status);
        Assert.Contains("<html>", badGateway.Text);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await host.GetAsync(Invoices, token: token)).Status);
    }

    [Fact]
    public async Task Malformed_and_truncated_json_break_a_200_body()
    {
        string token = await host.TokenAsync();
        await Inject("""{"kind":"malformed_json","count":1}""");
        Reply malformed = await host.GetAsync(Invoices, token: token);
        Assert.Equal(HttpStatusCode.OK, malformed.Status);
        Assert.StartsWith("{\"code\"=0", malformed.Text);
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => System.Text.Json.JsonDocument.Parse(malformed.Text));

        Reply whole = await host.GetAsync(Invoices, token: token);
        await Inject("""{"kind":"truncated_json","count":1}""");
        Reply truncated = await host.GetAsync(Invoices, token: token);
        Assert.Equal(HttpStatusCode.OK, truncated.Status);
        Assert.Equal(whole.Text.Length / 2, truncated.Text.Length);
        Assert.StartsWith(truncated.Text, whole.Text);
    }

    [Fact]
    public async Task Timeout_hangs_then_drops_the_connection()
    {
        string token = await host.TokenAsync();
        await Inject("""{"kind":"timeout","count":1,"hang_milliseconds":300}""");
        var started = System.Diagnostics.Stopwatch.StartNew();
        await Assert.ThrowsAsync<HttpRequestException>(() => host.GetAsync(Invoices, token: token));
        Assert.True(started.ElapsedMilliseconds >= 250);
        var log = (await host.ControlAsync(HttpMethod.Get, "/requests")).Body;
        var last = log[log.GetArrayLength() - 1];
        Assert.Equal("timeout", last.Str("fault"));
        Assert.Equal(0, last.GetProperty("status_code").GetInt32());
    }

    [Fact]
    public async Task Rate_limit_storm_answers_429_code_44_with_retry_headers()
    {
        string token = await host.TokenAsync();
        await Inject("""{"kind":"rate_limit","count":3,"retry_after_seconds":7}""");
        for (int i = 0; i < 3; i++)
        {
            Reply reply = await host.GetAsync(Invoices, token: token);
            Assert.Equal(HttpStatusCode.TooManyRequests, reply.Status);
            Assert.Equal(44, reply.Code);
            Assert.Equal("7", reply.Headers["Retry-After"]);
            Assert.Equal("7", reply.Headers["X-Rate-Limit-Reset"]);
        }

        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync(Invoices, token: token)).Status);
    }

    [Fact]
    public async Task Expired_token_fault_answers_57_and_kills_the_token()
    {
        string token = await host.NewTokenAsync(EmulatorCredentials.RefreshToken);
        await Inject("""{"kind":"expired_token","count":1}""");
        Assert.Equal(57, (await host.GetAsync(Invoices, token: token)).Code);
        Assert.Equal(57, (await host.GetAsync(Invoices, token: token)).Code);
        string fresh = await host.NewTokenAsync(EmulatorCredentials.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync(Invoices, token: fresh)).Status);
    }

    [Fact]
    public async Task A_share_of_matching_requests_fails_reproducibly_and_only_under_the_path_prefix()
    {
        string token = await host.TokenAsync();
        await Inject("""{"kind":"503","probability":0.3,"path_prefix":"/books/v3/invoices","seed":11}""");
        var first = new List<HttpStatusCode>();
        for (int i = 0; i < 40; i++)
        {
            first.Add((await host.GetAsync(Invoices, token: token)).Status);
        }

        int failed = first.Count(s => s == HttpStatusCode.ServiceUnavailable);
        Assert.InRange(failed, 4, 24);
        Assert.Equal(40 - failed, first.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync("/books/v3/contacts?per_page=1&organization_id=" + EmulatorCredentials.OrganizationId, token: token)).Status);

        // Same seed, same sequence.
        await host.ControlAsync(HttpMethod.Delete, "/faults");
        await Inject("""{"kind":"503","probability":0.3,"path_prefix":"/books/v3/invoices","seed":11}""");
        var second = new List<HttpStatusCode>();
        for (int i = 0; i < 40; i++)
        {
            second.Add((await host.GetAsync(Invoices, token: token)).Status);
        }

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Faults_can_target_a_data_centre_and_the_token_endpoint()
    {
        await Inject("""{"kind":"500","count":1,"path_prefix":"/eu/oauth/v2/token"}""");
        Reply failed = await host.PostFormAsync(host.Url(DataCentre.Eu) + "/oauth/v2/token", new()
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = EmulatorCredentials.ClientId,
            ["client_secret"] = EmulatorCredentials.ClientSecret,
            ["refresh_token"] = EmulatorCredentials.RefreshTokenIn(DataCentre.Eu),
        });
        Assert.Equal(HttpStatusCode.InternalServerError, failed.Status);
        Assert.NotEmpty(await host.NewTokenAsync(EmulatorCredentials.RefreshTokenIn(DataCentre.Eu), DataCentre.Eu));
    }

    [Fact]
    public async Task Bad_fault_rules_are_refused_and_control_calls_never_fail()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await Inject("""{"kind":"teapot","count":1}""")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Inject("""{"kind":"500"}""")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Inject("""{"kind":"500","count":1,"probability":0.5}""")).Status);
        await Inject("""{"kind":"500","probability":1}""");
        Assert.Equal(HttpStatusCode.OK, (await host.ControlAsync(HttpMethod.Get, "/health")).Status);
        Assert.Single((await host.ControlAsync(HttpMethod.Get, "/faults")).Body.EnumerateArray());
    }

    [Fact]
    public async Task Latency_is_added_to_matching_requests()
    {
        string token = await host.TokenAsync();
        await host.ControlAsync(HttpMethod.Put, "/latency", """{"milliseconds":1000,"path_prefix":"/books/v3/invoices"}""");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await host.GetAsync(Invoices, token: token);
        Assert.True(watch.ElapsedMilliseconds >= 980, $"took {watch.ElapsedMilliseconds} ms");
        watch.Restart();
        await host.GetAsync("/books/v3/contacts?per_page=1&organization_id=" + EmulatorCredentials.OrganizationId, token: token);
        Assert.True(watch.ElapsedMilliseconds < 900, $"took {watch.ElapsedMilliseconds} ms");
    }
}
