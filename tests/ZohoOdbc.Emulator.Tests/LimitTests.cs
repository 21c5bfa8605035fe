using System.Net;
using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Tests;

/// <summary>The per-organization limits: per minute (44), daily quota (45), concurrency (1070), with X-Rate-Limit-* headers.</summary>
public sealed class LimitTests(EmulatorHost host) : IClassFixture<EmulatorHost>, IAsyncLifetime
{
    private static readonly string Invoices = "/books/v3/invoices?per_page=1&organization_id=" + EmulatorCredentials.OrganizationId;

    public Task InitializeAsync() => host.ControlAsync(HttpMethod.Post, "/reset");

    public Task DisposeAsync() => host.ControlAsync(HttpMethod.Post, "/reset");

    [Fact]
    public async Task Limits_are_off_by_default()
    {
        var limits = (await host.ControlAsync(HttpMethod.Get, "/limits")).Body;
        Assert.False(limits.GetProperty("settings").GetProperty("per_minute_enabled").GetBoolean());
        Assert.False(limits.GetProperty("token_limit_enabled").GetBoolean());
        var primary = limits.GetProperty("organizations").EnumerateArray().Single(o => o.Str("organization_id") == EmulatorCredentials.OrganizationId);
        Assert.Equal(5000, primary.GetProperty("daily_limit").GetInt32());
        Assert.Equal(100, primary.GetProperty("per_minute_limit").GetInt32());
        var free = limits.GetProperty("organizations").EnumerateArray().Single(o => o.Str("organization_id") == EmulatorCredentials.SecondOrganizationId);
        Assert.Equal(1000, free.GetProperty("daily_limit").GetInt32());
        Assert.Equal(5, free.GetProperty("concurrency_limit").GetInt32());
    }

    [Fact]
    public async Task Requests_per_minute_give_code_44_until_the_minute_is_over()
    {
        await host.ControlAsync(HttpMethod.Put, "/limits", """{"per_minute_enabled":true,"per_minute_limit":5}""");
        // Start at the beginning of a minute so the window cannot roll over during the test.
        long secondsIntoMinute = DateTimeOffset.UtcNow.ToUnixTimeSeconds() % 60;
        await host.ControlAsync(HttpMethod.Post, "/clock/advance", $$"""{"seconds":{{60 - secondsIntoMinute}}}""");
        for (int i = 0; i < 5; i++)
        {
            Reply ok = await host.GetAsync(Invoices);
            Assert.Equal(HttpStatusCode.OK, ok.Status);
            Assert.Equal("5", ok.Headers["X-Rate-Limit-Limit"]);
            Assert.Equal((4 - i).ToString(), ok.Headers["X-Rate-Limit-Remaining"]);
        }

        Reply blocked = await host.GetAsync(Invoices);
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.Status);
        Assert.Equal(44, blocked.Code);
        Assert.StartsWith("For security reasons your organization has been blocked", blocked.Message);
        Assert.Equal("0", blocked.Headers["X-Rate-Limit-Remaining"]);
        Assert.True(int.Parse(blocked.Headers["Retry-After"]) is > 0 and <= 60);

        // Another organization is not affected; the next minute is open again.
        string multi = await host.NewTokenAsync(EmulatorCredentials.MultiOrganizationRefreshToken);
        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync("/books/v3/invoices?organization_id=" + EmulatorCredentials.SecondOrganizationId, token: multi)).Status);
        await host.ControlAsync(HttpMethod.Post, "/clock/advance", """{"seconds":60}""");
        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync(Invoices)).Status);
    }

    [Fact]
    public async Task The_daily_quota_gives_code_45_with_the_limit_in_the_message()
    {
        await host.ControlAsync(HttpMethod.Put, "/limits", """{"daily_enabled":true,"daily_limit":3}""");
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await host.GetAsync(Invoices)).Status);
        }

        Reply blocked = await host.GetAsync(Invoices);
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.Status);
        Assert.Equal(45, blocked.Code);
        Assert.Equal("The API call for this organization has exceeded the maximum call rate limit of 3.", blocked.Message);
        Assert.Equal("3", blocked.Headers["X-Rate-Limit-Limit"]);

        // A day later (with a new token: the old one expired meanwhile) the quota is fresh.
        await host.ControlAsync(HttpMethod.Post, "/clock/advance", """{"seconds":86400}""");
        string token = await host.NewTokenAsync(EmulatorCredentials.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync(Invoices, token: token)).Status);
    }

    [Fact]
    public async Task The_plan_quota_is_the_default_daily_limit()
    {
        await host.ControlAsync(HttpMethod.Put, "/limits", """{"daily_enabled":true}""");
        Reply ok = await host.GetAsync(Invoices);
        Assert.Equal("5000", ok.Headers["X-Rate-Limit-Limit"]);
        Assert.Equal("4999", ok.Headers["X-Rate-Limit-Remaining"]);
    }

    [Fact]
    public async Task Too_many_calls_in_flight_give_code_1070()
    {
        await host.ControlAsync(HttpMethod.Put, "/limits", """{"concurrency_enabled":true,"concurrency_limit":2}""");
        await host.ControlAsync(HttpMethod.Put, "/latency", """{"milliseconds":1200,"path_prefix":"/books/v3/invoices"}""");
        string token = await host.TokenAsync();
        Reply[] replies = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => host.GetAsync(Invoices, token: token)));
        Assert.Equal(2, replies.Count(r => r.Status == HttpStatusCode.OK));
        Reply refused = replies.First(r => r.Status == HttpStatusCode.TooManyRequests);
        Assert.Equal(1070, refused.Code);
        Assert.Equal("You have reached the maximum number of in process requests allowed. Kindly try again after some time.", refused.Message);
    }

    [Fact]
    public async Task Control_calls_are_never_limited()
    {
        await host.ControlAsync(HttpMethod.Put, "/limits", """{"per_minute_enabled":true,"per_minute_limit":1}""");
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await host.ControlAsync(HttpMethod.Get, "/health")).Status);
        }
    }
}
