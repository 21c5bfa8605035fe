using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using ZohoOdbc.Core;
using ZohoOdbc.Core.Zoho.Auth;
using ZohoOdbc.Emulator;
using ZohoOdbc.Emulator.Control;
using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Tests.Acceptance;

/// <summary>
/// Issue 5's acceptance against the emulator: short-lived tokens, each failure's SQLSTATE and message, the OAuth
/// procedures, and (last of all tests) the search of every written file for secrets. The 8-process test and the fault
/// scan, which mostly wait, run beside the unit tests (<see cref="EightProcessTests"/>, <see cref="FaultScanTests"/>).
/// </summary>
[Collection(AcceptanceCollection.Name)]
[TestCaseOrderer(DeclaredOrder.TypeName, DeclaredOrder.AssemblyName)]
public class SessionAcceptanceTests
{
    private const string PrimaryOrganization = EmulatorCredentials.OrganizationId;

    /// <summary>
    /// Stands in for "an access-token lifetime of 60 s during a 3-minute scan": tokens live 3 s and a scan is slowed to about
    /// 10 s (180 ms per call, one at a time), the same ratio of scan to lifetime, so the token is replaced several times
    /// during the scan exactly as it would be every minute. The emulator enforces Zoho's 10 tokens per refresh token in 10
    /// minutes: the scan must not fail, and the grants must stay within that limit.
    /// </summary>
    [Fact]
    public async Task Short_lived_tokens_during_a_long_scan_stay_within_the_grant_limit()
    {
        await using var harness = await EmulatorHarness.StartAsync(nameof(Short_lived_tokens_during_a_long_scan_stay_within_the_grant_limit),
            new EmulatorOptions { Invoices = 10_000, TokenLifetime = TimeSpan.FromSeconds(3), TokenLimit = true });
        harness.Server.Control.Slowdown.Settings = new LatencySettings(180);
        using var services = harness.Services();
        var clock = Stopwatch.StartNew();
        using (var session = harness.Open(services, ("MaxConcurrency", "1"), ("RequestsPerMinute", "1000")))
            Assert.Equal(10_000, AcceptanceQueries.Lines(session, "SELECT invoice_id, total FROM invoices").Count);
        clock.Stop();

        var tokenCalls = harness.Server.Requests.Snapshot().Where(r => r.Path.EndsWith("/oauth/v2/token", StringComparison.Ordinal)).ToList();
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(9), $"the scan took {clock.Elapsed}");
        Assert.All(tokenCalls, r => Assert.Equal(200, r.StatusCode));
        // At least one new token per lifetime of scan, never more than Zoho's 10 in 10 minutes.
        Assert.InRange(tokenCalls.Count, (int)(clock.Elapsed.TotalSeconds / 3), 10);
    }

    [Fact]
    public async Task A_revoked_grant_is_28000_saying_what_to_do()
    {
        await using var harness = await EmulatorHarness.StartAsync(nameof(A_revoked_grant_is_28000_saying_what_to_do), new EmulatorOptions { Invoices = 100 });
        Assert.True(harness.Server.Control.Tokens.Revoke(EmulatorCredentials.RefreshToken, DataCentre.Us));
        using var services = harness.Services();
        var e = Assert.Throws<ZohoOdbcException>(() => harness.Open(services));
        Assert.Equal(SqlStates.InvalidAuthorization, e.SqlState);
        Assert.Equal($"Zoho refused the refresh token (invalid_code): it was revoked, expired, or issued in another data centre than {harness.Server.BaseUrl} " +
            "(and no other data centre knows it). Create a new grant (Zoho API console, or the driver's OAuth code exchange) and update RefreshToken " +
            "(and Region or AccountsUrl if the account is in another data centre).", e.Message);
    }

    [Fact]
    public async Task A_grant_of_another_data_centre_is_08004_naming_both()
    {
        await using var harness = await EmulatorHarness.StartAsync(nameof(A_grant_of_another_data_centre_is_08004_naming_both), new EmulatorOptions { Invoices = 100 });
        using var services = harness.Services();
        var euGrant = ("RefreshToken", EmulatorCredentials.RefreshTokenIn(DataCentre.Eu));
        var e = Assert.Throws<ZohoOdbcException>(() => harness.Open(services, euGrant));
        Assert.Equal(SqlStates.ServerRejectedConnection, e.SqlState);
        Assert.Equal($"The refresh token belongs to Zoho's EU data centre ({harness.Server.BaseUrl}/eu), but this connection signs in at the US data centre " +
            $"({harness.Server.BaseUrl}, from Region=US). Set Region=EU.", e.Message);

        using var session = harness.Open(services, euGrant, ("Region", "EU"));
        Assert.Equal(EmulatorCredentials.OrganizationIdIn(DataCentre.Eu), session.Organization.Id);
        Assert.Equal($"{harness.Server.BaseUrl}/eu/books/v3", session.ApiBaseUrl);
    }

    [Fact]
    public async Task Several_organizations_and_none_chosen_is_08001_listing_each()
    {
        await using var harness = await EmulatorHarness.StartAsync(nameof(Several_organizations_and_none_chosen_is_08001_listing_each), new EmulatorOptions { Invoices = 100 });
        using var services = harness.Services();
        var multi = ("RefreshToken", EmulatorCredentials.MultiOrganizationRefreshToken);
        var e = Assert.Throws<ZohoOdbcException>(() => harness.Open(services, multi));
        Assert.Equal(SqlStates.UnableToConnect, e.SqlState);
        var second = harness.Server.Directory.FindOrganization(EmulatorCredentials.SecondOrganizationId)!.Profile.Organization.Name;
        Assert.Equal($"This grant sees 2 Zoho Books organizations: {PrimaryOrganization} ({EmulatorCredentials.OrganizationName}), " +
            $"{EmulatorCredentials.SecondOrganizationId} ({second}). Set OrganizationId to the one to query.", e.Message);

        using var session = harness.Open(services, multi, ("OrganizationId", EmulatorCredentials.SecondOrganizationId));
        Assert.Equal(second, session.Organization.Name);
    }

    /// <summary>
    /// The emulator's daily quota set to 3 calls. A scan of 5 pages is refused after its first call, which told the quota
    /// (X-Rate-Limit headers); two single-page queries spend the rest; the next is refused without a call; on another machine
    /// (its own governor) Zoho itself answers code 45. Every refusal is HY000 with native error 45, the limit and the renewal.
    /// </summary>
    [Fact]
    public async Task A_spent_daily_quota_is_HY000_45_with_the_limit_and_when_it_renews()
    {
        await using var harness = await EmulatorHarness.StartAsync(nameof(A_spent_daily_quota_is_HY000_45_with_the_limit_and_when_it_renews),
            new EmulatorOptions { Invoices = 1_000 });
        harness.Server.Control.UpdateLimits(new LimitsUpdate { DailyEnabled = true, DailyLimit = 3 });
        var renewal = $"It renews at {DateTime.UtcNow.Date.AddDays(1):yyyy-MM-dd} 00:00 UTC (in ";
        using var services = harness.Services();
        using var session = harness.Open(services);

        var scan = Assert.Throws<ZohoOdbcException>(() => AcceptanceQueries.Lines(session, "SELECT * FROM invoices"));
        Assert.Equal((SqlStates.GeneralError, 45), (scan.SqlState, scan.NativeError));
        Assert.StartsWith($"The query needs 4 more API calls to read invoices (1,000 rows, 200 per call), but only 2 of organization {PrimaryOrganization}'s " +
            "daily quota of 3 calls (as Zoho reported) remain; it renews at ", scan.Message);

        Assert.Single(AcceptanceQueries.Lines(session, "SELECT TOP 1 invoice_id FROM invoices"));
        Assert.Single(AcceptanceQueries.Lines(session, "SELECT TOP 1 invoice_id FROM invoices"));
        var calls = harness.Server.Requests.Snapshot().Count(r => r.OrganizationId == PrimaryOrganization);
        var local = Assert.Throws<ZohoOdbcException>(() => AcceptanceQueries.Lines(session, "SELECT TOP 1 invoice_id FROM invoices"));
        Assert.Equal((SqlStates.GeneralError, 45), (local.SqlState, local.NativeError));
        Assert.StartsWith($"The daily API quota of organization {PrimaryOrganization} is used up: 3 calls (as Zoho reported). {renewal}", local.Message);
        Assert.Equal(calls, harness.Server.Requests.Snapshot().Count(r => r.OrganizationId == PrimaryOrganization));

        using var elsewhere = harness.Services(machine: "other-machine");
        using var other = harness.Open(elsewhere);
        var zoho = Assert.Throws<ZohoOdbcException>(() => AcceptanceQueries.Lines(other, "SELECT TOP 1 invoice_id FROM invoices"));
        Assert.Equal((SqlStates.GeneralError, 45), (zoho.SqlState, zoho.NativeError));
        Assert.Matches(new Regex($@"^Zoho refused the call: .+ \(code 45\)\. The daily API quota of organization {PrimaryOrganization} is used up: 3 calls \(as Zoho reported\)\. "
            + Regex.Escape(renewal)), zoho.Message);
    }

    [Fact]
    public async Task MaxCallsPerQuery_is_54000_saying_how_many_calls_and_how_to_narrow()
    {
        await using var harness = await EmulatorHarness.StartAsync(nameof(MaxCallsPerQuery_is_54000_saying_how_many_calls_and_how_to_narrow),
            new EmulatorOptions { Invoices = 1_000 });
        using var services = harness.Services();
        using var session = harness.Open(services, ("MaxCallsPerQuery", "3"));
        var e = Assert.Throws<ZohoOdbcException>(() => AcceptanceQueries.Lines(session, "SELECT * FROM invoices"));
        Assert.Equal(SqlStates.ProgramLimitExceeded, e.SqlState);
        Assert.StartsWith("The query needs 5 API calls to read invoices (1,000 rows match the conditions Zoho can apply, 200 per call), more than MaxCallsPerQuery=3. " +
            "Narrow it with a condition Zoho applies itself, on ", e.Message);
        Assert.Contains("date", e.Message);
        Assert.EndsWith($"(e.g. WHERE date >= '{DateTime.UtcNow.Year}-01-01'), or raise MaxCallsPerQuery.", e.Message);
        Assert.Single(harness.Server.Requests.Snapshot(), r => r.OrganizationId == PrimaryOrganization);

        // Narrowed as the message says, the query fits.
        Assert.NotEmpty(AcceptanceQueries.Lines(session, "SELECT invoice_id FROM invoices WHERE date >= '2026-06-01'"));
    }

    [Fact]
    public async Task The_OAuth_procedures_give_a_grant_the_driver_stores()
    {
        await using var harness = await EmulatorHarness.StartAsync(nameof(The_OAuth_procedures_give_a_grant_the_driver_stores), new EmulatorOptions { Invoices = 100 });
        using var services = harness.Services(machine: "oauth-machine");
        const string Redirect = "http://localhost:53682/callback";
        var settings = harness.Settings(("RefreshToken", ""), ("AccountsUrl", harness.Server.BaseUrl));
        var url = OAuthHelper.AuthorizationUrl(settings, Redirect, state: "xyz");
        Assert.StartsWith($"{harness.Server.BaseUrl}/oauth/v2/auth?scope={Uri.EscapeDataString(OAuthHelper.DefaultScope(ZohoProduct.Books))}&client_id=", url);

        // The user signs in on the consent page as the EU user and accepts; Zoho redirects with the code and the EU accounts server.
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        Assert.True((await browser.GetAsync(url)).IsSuccessStatusCode);
        var euUser = harness.Server.Directory.Users.First(u => u.DataCentre == DataCentre.Eu);
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(url).Query);
        var approve = await browser.PostAsync(harness.Server.BaseUrl + "/oauth/v2/auth/approve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = query["client_id"]!, ["redirect_uri"] = Redirect, ["scope"] = query["scope"]!, ["state"] = "xyz",
            ["access_type"] = "offline", ["user_id"] = euUser.UserId, ["decision"] = "accept",
        }));
        var redirect = System.Web.HttpUtility.ParseQueryString(approve.Headers.Location!.Query);
        AcceptanceFiles.Saw(redirect["code"]);

        var grant = await OAuthHelper.ExchangeCodeAsync(settings, services, redirect["code"]!, Redirect, redirect["accounts-server"], CancellationToken.None);
        Assert.Equal(("EU", $"{harness.Server.BaseUrl}/eu", true), (grant.Region, grant.AccountsServer, grant.Stored));

        // The DSN now needs only ClientId: the stored grant knows its data centre.
        var clientOnly = ConnectionSettings.Parse(new Dictionary<string, string>
        {
            ["ClientId"] = EmulatorCredentials.ClientId, ["LogFile"] = AcceptanceFiles.LogFile(harness.Name), ["LogLevel"] = "Debug",
        }, out _);
        using var session = Session.Open(clientOnly, services, ownsServices: false, CancellationToken.None);
        Assert.Equal(EmulatorCredentials.OrganizationIdIn(DataCentre.Eu), session.Organization.Id);
    }

    /// <summary>
    /// Last: every file the acceptance tests let the driver write (logs at Debug, key file, token stores, governors) is searched
    /// for the client secret, every refresh token, every access token and grant code seen on the wire, and anything shaped
    /// like a Zoho token. It first runs a workload of its own that refreshes tokens after 401s and retries broken answers.
    /// </summary>
    [Fact]
    [Order(Value = int.MaxValue)]
    public async Task No_log_or_cache_file_holds_a_secret()
    {
        await using (var harness = await EmulatorHarness.StartAsync(nameof(No_log_or_cache_file_holds_a_secret), new EmulatorOptions { Invoices = 2_000 }))
        {
            harness.Server.Control.Faults.Add(new FaultRule { Kind = FaultKinds.ExpiredToken, Count = 1, PathPrefix = "/books/v3/invoices" });
            harness.Server.Control.Faults.Add(new FaultRule { Kind = FaultKinds.MalformedJson, Probability = 0.1, Seed = 5 });
            using var services = harness.Services();
            // With the cache on, so that its files are searched too.
            using var session = harness.Open(services, ("CacheMode", "Replica"));
            Assert.Equal(2_000, AcceptanceQueries.Lines(session, "SELECT * FROM invoices").Count);
            Assert.Equal(2_000, AcceptanceQueries.Lines(session, "SELECT * FROM invoices").Count);
            Assert.Throws<ZohoOdbcException>(() => harness.Open(services, ("RefreshToken", "1000.not.a.grant")));
        }

        await AcceptanceFiles.WhenNoneWritingAsync(TimeSpan.FromMinutes(5));
        var files = Directory.EnumerateFiles(AcceptanceFiles.Root, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, f => f.EndsWith(".log", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(MachineTokenStore.FileName, StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("governor.db", StringComparison.Ordinal));
        Assert.Contains(files, f => f.Contains(Path.Combine(nameof(No_log_or_cache_file_holds_a_secret), "machine", "cache"), StringComparison.Ordinal)
            && !f.EndsWith("governor.db", StringComparison.Ordinal) && !f.Contains("governor.db-", StringComparison.Ordinal));
        var secrets = AcceptanceFiles.Secrets.Keys.Append("1000.not.a.grant").ToList();
        Assert.Contains(secrets, s => Regex.IsMatch(s, "^1000\\.[0-9a-f]{32}\\.[0-9a-f]{32}$"));
        var tokenShape = new Regex("1000\\.[0-9a-f]{32}\\.[0-9a-f]{32}");
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var text = Encoding.Latin1.GetString(bytes);
            foreach (var secret in secrets)
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{Path.GetFileName(file)} holds a secret ({secret[..Math.Min(8, secret.Length)]}...)");
            Assert.False(tokenShape.IsMatch(text), $"{Path.GetFileName(file)} holds something shaped like a Zoho token");
        }
        try
        {
            Directory.Delete(AcceptanceFiles.Root, recursive: true);
        }
        catch (IOException)
        {
            // Left to the system's temp cleaner.
        }
    }
}
