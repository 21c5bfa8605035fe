using ZohoOdbc.Core;
using ZohoOdbc.Core.Zoho.Http;

namespace ZohoOdbc.Tests.Cache;

/// <summary>Offline=Yes connects from the cache alone: no token, no organization list, no request of any kind.</summary>
[Collection(CacheCollection.Name)]
public sealed class OfflineConnectTests(CacheEmulator emulator)
{
    [Fact]
    public void Offline_connects_and_answers_without_any_request_from_the_organization_the_cache_remembers()
    {
        using var harness = new CacheHarness(emulator, "offline-connect");
        List<string> invoices;
        OrganizationInfo organization;
        string apiBase;
        using (var online = harness.Open())
        {
            organization = online.Organization;
            apiBase = online.ApiBaseUrl;
            invoices = CacheHarness.Lines(online, "SELECT invoice_id, total FROM invoices ORDER BY invoice_id");
        }

        using var network = new CuttableNetwork(SharedHttpClient.CreateHandler()) { Down = true };
        // No secret either: offline, the grant is never used.
        using var offline = harness.OpenThrough(network, ("Offline", "Yes"), ("ClientSecret", ""), ("RefreshToken", ""));
        Assert.Equal(organization, offline.Organization);
        Assert.Equal(apiBase, offline.ApiBaseUrl);
        var (lines, notices) = CacheHarness.Run(offline, "SELECT invoice_id, total FROM invoices ORDER BY invoice_id");
        Assert.Equal(invoices, lines);
        Assert.Equal(0, network.Requests);

        var notice = Assert.Single(notices);
        Assert.Matches(@"^invoices: answered from the cache of \d{4}-\d\d-\d\d \d\d:\d\d UTC, \d+ s old \(Offline=Yes\)$", notice);
    }

    [Fact]
    public void Offline_without_a_cached_copy_is_08001_saying_how_to_make_one()
    {
        using var harness = new CacheHarness(emulator, "offline-empty");
        using var network = new CuttableNetwork(SharedHttpClient.CreateHandler()) { Down = true };
        var e = Assert.Throws<ZohoOdbcException>(() => harness.OpenThrough(network, ("Offline", "Yes")));
        Assert.Equal("08001", e.SqlState);
        Assert.StartsWith($"Offline=Yes, but the cache in {harness.CacheDirectory} holds no copy of a Zoho Books organization.", e.Message);
        Assert.Contains("Connect once with Offline=No", e.Message);

        var named = Assert.Throws<ZohoOdbcException>(() => harness.OpenThrough(network, ("Offline", "Yes"), ("OrganizationId", "123")));
        Assert.Equal("08001", named.SqlState);
        Assert.Contains("holds no copy of Zoho Books organization 123", named.Message);
        Assert.Equal(0, network.Requests);
    }

    [Fact]
    public void Zoho_out_of_reach_answers_from_the_previous_copy_with_a_notice_saying_how_old()
    {
        using var harness = new CacheHarness(emulator, "unreachable");
        using var network = new CuttableNetwork(harness.Client);
        using var session = harness.OpenThrough(network);
        var (invoices, fresh) = CacheHarness.Run(session, "SELECT invoice_id FROM invoices ORDER BY invoice_id");
        Assert.Empty(fresh);

        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        network.Down = true;
        var (lines, notices) = CacheHarness.Run(session, "SELECT invoice_id FROM invoices ORDER BY invoice_id");
        Assert.Equal(invoices, lines);
        var notice = Assert.Single(notices);
        Assert.StartsWith("invoices: Zoho could not be reached (", notice);
        Assert.Matches(@"answered from the cache of \d{4}-\d\d-\d\d \d\d:\d\d UTC, 10 min old$", notice);
    }
}
