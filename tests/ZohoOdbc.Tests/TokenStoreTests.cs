using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using ZohoOdbc.Core;
using ZohoOdbc.Core.Zoho;
using ZohoOdbc.Core.Zoho.Auth;
using ZohoOdbc.Core.Zoho.Http;
using ZohoOdbc.Core.Logging;

namespace ZohoOdbc.Tests;

/// <summary>
/// The machine-wide token store. Separate <c>SessionServices</c> over one configuration directory stand for separate
/// processes: each has its own brokers and its own SQLite connection, as a process would.
/// </summary>
public class TokenStoreTests
{
    [Fact]
    public void Processes_of_a_machine_share_one_token()
    {
        using var home = new TempDirectory("tokens");
        var zoho = new FakeZoho();
        var processes = Enumerable.Range(0, 4).Select(_ => TestServices.For(zoho, configDirectory: home.Path)).ToList();
        try
        {
            // 4 processes x 2 connections, all at once.
            Parallel.For(0, 8, i =>
            {
                using var session = TestSql.Open(processes[i % 4]);
                Assert.Single(TestSql.Rows(session, "SELECT TOP 1 invoice_id FROM invoices"));
            });
            Assert.Equal(1, zoho.TokenCalls);
            Assert.Equal(1, processes[0].Tokens.Brokers.Store.GrantsInWindow(GrantKey(processes[0])));
        }
        finally
        {
            processes.ForEach(p => p.Dispose());
        }
    }

    [Fact]
    public void Tokens_are_encrypted_at_rest()
    {
        using var home = new TempDirectory("tokens-at-rest");
        var zoho = new FakeZoho();
        using (var services = TestServices.For(zoho, configDirectory: home.Path))
        using (var session = TestSql.Open(services))
            TestSql.Rows(session, "SELECT TOP 1 invoice_id FROM invoices");

        var files = Directory.GetFiles(home.Path);
        Assert.Contains(home.File(MachineTokenStore.FileName), files);
        Assert.Contains(home.File("key"), files);
        foreach (var file in files.Where(f => !f.EndsWith("key", StringComparison.Ordinal)))
        {
            var bytes = File.ReadAllBytes(file);
            foreach (var secret in new[] { "1000.access.1", "test-secret", "1000.test.refresh", "access.1" })
                Assert.True(Find(bytes, secret) < 0, $"{secret} found in {file}");
            if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public void A_token_is_refreshed_shortly_before_it_expires()
    {
        using var home = new TempDirectory("tokens-refresh");
        var zoho = new FakeZoho { TokenLifetimeSeconds = 2 };
        using var services = TestServices.For(zoho, configDirectory: home.Path);
        using var session = TestSql.Open(services);
        TestSql.Rows(session, "SELECT TOP 1 invoice_id FROM invoices");
        Assert.Equal(1, zoho.TokenCalls);
        // A tenth of the lifetime before expiry (0.2 s of 2 s) the token is no longer fresh.
        Thread.Sleep(1850);
        TestSql.Rows(session, "SELECT TOP 1 invoice_id FROM invoices");
        Assert.Equal(2, zoho.TokenCalls);
        Assert.Equal("Zoho-oauthtoken 1000.access.2", zoho.ListCalls("/invoices").Last().Headers["Authorization"]);
    }

    [Fact]
    public void A_token_rejected_in_one_process_is_replaced_once_for_all()
    {
        using var home = new TempDirectory("tokens-rejected");
        var zoho = new FakeZoho();
        using var first = TestServices.For(zoho, configDirectory: home.Path);
        using var second = TestServices.For(zoho, configDirectory: home.Path);
        using var a = TestSql.Open(first);
        using var b = TestSql.Open(second);
        Assert.Equal(1, zoho.TokenCalls);

        // Zoho stops accepting token 1 (revoked, or the 31st token of the grant).
        zoho.Intercept = r => r.Headers.TryGetValue("Authorization", out var auth) && auth.EndsWith("1000.access.1", StringComparison.Ordinal)
            ? FakeZoho.Json(HttpStatusCode.Unauthorized, new JsonObject { ["code"] = 57, ["message"] = "Invalid OAuth token." })
            : null;
        TestSql.Rows(a, "SELECT TOP 1 invoice_id FROM invoices");
        TestSql.Rows(b, "SELECT TOP 1 invoice_id FROM invoices");
        Assert.Equal(2, zoho.TokenCalls);
    }

    [Fact]
    public void Another_process_refreshing_is_waited_for()
    {
        using var home = new TempDirectory("tokens-lease");
        var zoho = new FakeZoho();
        using var services = TestServices.For(zoho, configDirectory: home.Path);
        var store = services.Tokens.Brokers.Store;
        var key = GrantKey(services);
        Assert.IsType<TokenClaim.Lease>(store.Claim(key, "another-process", TimeSpan.FromSeconds(1), null));

        var clock = Stopwatch.StartNew();
        using var session = TestSql.Open(services);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"connected after {clock.ElapsedMilliseconds} ms");
        Assert.Equal(1, zoho.TokenCalls);
    }

    [Fact]
    public void The_lease_of_a_dead_process_is_void()
    {
        using var home = new TempDirectory("tokens-dead");
        var zoho = new FakeZoho();
        using var services = TestServices.For(zoho, configDirectory: home.Path);
        var key = GrantKey(services);
        using (var connection = new SqliteConnection($"Data Source={home.File(MachineTokenStore.FileName)};Pooling=False"))
        {
            connection.Open();
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO refresh_leases (grant_key, owner, pid, until_ms) VALUES ($k, 'dead', $pid, $until)";
            insert.Parameters.AddWithValue("$k", key);
            insert.Parameters.AddWithValue("$pid", DeadProcessId());
            insert.Parameters.AddWithValue("$until", DateTimeOffset.UtcNow.AddMinutes(2).ToUnixTimeMilliseconds());
            insert.ExecuteNonQuery();
        }
        var clock = Stopwatch.StartNew();
        using var session = TestSql.Open(services);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
        Assert.Equal(1, zoho.TokenCalls);
    }

    [Fact]
    public void At_Zohos_grant_limit_a_still_valid_token_is_kept()
    {
        using var home = new TempDirectory("tokens-limit");
        var zoho = new FakeZoho();
        using var services = TestServices.For(zoho, configDirectory: home.Path);
        var store = services.Tokens.Brokers.Store;
        var key = GrantKey(services);
        var now = DateTimeOffset.UtcNow;
        // Ten grants in the last 100 s; the last token is no longer fresh but still valid for 5 s.
        for (var i = 0; i < TokenGrantLimit.Count; i++)
            store.Save(key, new AccessToken($"1000.access.old{i}", FakeZoho.ApiDomain, now.AddSeconds(-100 + i), now.AddSeconds(5)), owner: null);

        using var session = TestSql.Open(services);
        Assert.Equal(0, zoho.TokenCalls);
        Assert.Equal($"Zoho-oauthtoken 1000.access.old{TokenGrantLimit.Count - 1}", zoho.ListCalls("/organizations").Single().Headers["Authorization"]);
    }

    [Fact]
    public void At_Zohos_grant_limit_without_a_valid_token_the_connection_says_when_to_retry()
    {
        using var home = new TempDirectory("tokens-limit-spent");
        var zoho = new FakeZoho();
        using var services = TestServices.For(zoho, configDirectory: home.Path);
        var store = services.Tokens.Brokers.Store;
        var key = GrantKey(services);
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < TokenGrantLimit.Count; i++)
            store.Save(key, new AccessToken($"1000.access.old{i}", null, now.AddSeconds(-60), now.AddSeconds(-1)), owner: null);

        var e = Assert.Throws<ZohoOdbcException>(() => TestSql.Open(services));
        Assert.Equal(SqlStates.UnableToConnect, e.SqlState);
        Assert.StartsWith("Zoho issues at most 10 access tokens per refresh token in 10 minutes, and this machine has already received 10 for this RefreshToken. Connect again in ", e.Message);
        Assert.Equal(0, zoho.TokenCalls);
    }

    [Fact]
    public void At_Zohos_grant_limit_a_short_wait_for_the_window_is_taken()
    {
        using var home = new TempDirectory("tokens-limit-wait");
        var zoho = new FakeZoho();
        using var services = TestServices.For(zoho, configDirectory: home.Path);
        var store = services.Tokens.Brokers.Store;
        var key = GrantKey(services);
        var leaves = DateTimeOffset.UtcNow - TokenGrantLimit.Window + TimeSpan.FromSeconds(1);
        for (var i = 0; i < TokenGrantLimit.Count; i++)
            store.Save(key, new AccessToken($"1000.access.old{i}", null, leaves, leaves.AddSeconds(1)), owner: null);

        var clock = Stopwatch.StartNew();
        using var session = TestSql.Open(services);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(800), $"connected after {clock.ElapsedMilliseconds} ms");
        Assert.Equal(1, zoho.TokenCalls);
    }

    [Fact]
    public void An_unusable_token_store_falls_back_to_the_process()
    {
        using var home = new TempDirectory("tokens-broken");
        // A file where the directory should be.
        var blocked = home.File("config");
        File.WriteAllText(blocked, "");
        var zoho = new FakeZoho();
        using var services = TestServices.For(zoho, configDirectory: blocked);
        using var session = TestSql.Open(services, ("LogFile", home.File("driver.log")));
        Assert.Single(TestSql.Rows(session, "SELECT TOP 1 invoice_id FROM invoices"));
        Assert.Contains("token store: cannot use the token store", File.ReadAllText(home.File("driver.log")));
    }

    private static string GrantKey(SessionServices services) =>
        services.Tokens.Brokers.Store.GrantKey(new OAuthClientCredentials(FakeZoho.AccountsUrl, "1000.TESTCLIENT", "test-secret", "1000.test.refresh"));

    private static int DeadProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }

    internal static int Find(byte[] haystack, string needle) => haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle));
}
