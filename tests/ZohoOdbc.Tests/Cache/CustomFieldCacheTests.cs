using ZohoOdbc.Core;
using ZohoOdbc.Core.Cache;
using ZohoOdbc.Core.Engine;
using ZohoOdbc.Core.Logging;
using ZohoOdbc.Core.Zoho.Http;
using ZohoOdbc.Emulator;

namespace ZohoOdbc.Tests.Cache;

/// <summary>
/// Custom field definitions kept in the organization's cache file: a new session (new services, as another process has)
/// types cf_ columns with no API call, rediscovers after ReconcileInterval or when rows show a field it does not know,
/// offline sessions type them too, and CacheMode=Off discovers in every session as before.
/// </summary>
[Collection(CacheCollection.Name)]
public sealed class CustomFieldCacheTests(CacheEmulator emulator)
{
    [Fact]
    public void A_second_session_lists_the_typed_custom_fields_with_no_api_call()
    {
        using var harness = new CacheHarness(emulator, "cf-kept");
        using (var first = harness.Open())
        {
            Assert.Equal(SqlDataType.BigInt, Column(first, "invoices", "cf_pallets").Type);
            Assert.Equal(SqlDataType.VarChar, Column(first, "contacts", "cf_segment").Type);
        }
        Assert.Equal(1, harness.ListCalls("invoices"));
        Assert.Equal(1, harness.ListCalls("contacts"));

        harness.ClearCalls();
        using var second = harness.Open();
        Assert.Equal((SqlDataType.BigInt, true), (Column(second, "invoices", "cf_pallets").Type, Column(second, "invoices", "cf_pallets").Nullable));
        Assert.Equal(SqlDataType.Decimal, Column(second, "invoices", "cf_weight_kg").Type);
        Assert.Equal(SqlDataType.VarChar, Column(second, "contacts", "cf_segment").Type);
        Assert.Equal(SqlDataType.BigInt, Assert.Single(second.Prepare("SELECT cf_pallets FROM invoices").Columns).Type);
        Assert.True(harness.ApiCalls().Count == 0, harness.Describe());
    }

    [Fact]
    public void After_the_validity_period_the_fields_are_discovered_again()
    {
        using var harness = new CacheHarness(emulator, "cf-expired");
        using (var first = harness.Open(("ReconcileInterval", "600"))) Column(first, "invoices", "cf_pallets");
        harness.ClearCalls();

        harness.Clock.Advance(TimeSpan.FromSeconds(599));
        using (var within = harness.Open(("ReconcileInterval", "600"))) Column(within, "invoices", "cf_pallets");
        Assert.True(harness.ApiCalls().Count == 0, harness.Describe());

        harness.Clock.Advance(TimeSpan.FromSeconds(2));
        using (var after = harness.Open(("ReconcileInterval", "600"))) Assert.Equal(SqlDataType.BigInt, Column(after, "invoices", "cf_pallets").Type);
        Assert.Equal(1, harness.ListCalls("invoices"));

        // The rediscovered definitions are kept again, from the new time.
        harness.ClearCalls();
        using (var again = harness.Open(("ReconcileInterval", "600"))) Column(again, "invoices", "cf_pallets");
        Assert.True(harness.ApiCalls().Count == 0, harness.Describe());
    }

    [Fact]
    public void The_default_validity_is_a_day()
    {
        using var harness = new CacheHarness(emulator, "cf-day");
        using (var first = harness.Open()) Column(first, "invoices", "cf_pallets");
        harness.ClearCalls();
        harness.Clock.Advance(TimeSpan.FromHours(23));
        using (var within = harness.Open()) Column(within, "invoices", "cf_pallets");
        Assert.Equal(0, harness.ListCalls("invoices"));
        harness.Clock.Advance(TimeSpan.FromHours(1.5));
        using (var after = harness.Open()) Column(after, "invoices", "cf_pallets");
        Assert.Equal(1, harness.ListCalls("invoices"));
    }

    [Fact]
    public void With_CacheMode_Off_every_session_discovers()
    {
        using var harness = new CacheHarness(emulator, "cf-off");
        using (var first = harness.Open(("CacheMode", "Off"))) Column(first, "invoices", "cf_pallets");
        using (var second = harness.Open(("CacheMode", "Off"))) Assert.Equal(SqlDataType.BigInt, Column(second, "invoices", "cf_pallets").Type);
        Assert.Equal(2, harness.ListCalls("invoices"));
    }

    [Fact]
    public void Offline_sessions_type_the_custom_fields_an_online_one_kept()
    {
        using var harness = new CacheHarness(emulator, "cf-offline");
        List<string> online;
        using (var first = harness.Open()) online = CacheHarness.Lines(first, "SELECT invoice_id, cf_pallets, cf_weight_kg FROM invoices ORDER BY invoice_id");

        harness.Clock.Advance(TimeSpan.FromDays(3));
        using var network = new CuttableNetwork(SharedHttpClient.CreateHandler()) { Down = true };
        using var offline = harness.OpenThrough(network, ("Offline", "Yes"));
        Assert.Equal(SqlDataType.Decimal, Column(offline, "invoices", "cf_weight_kg").Type);
        Assert.Equal(SqlDataType.BigInt, Assert.Single(offline.Prepare("SELECT cf_pallets FROM invoices").Columns).Type);
        Assert.Equal(online, CacheHarness.Lines(offline, "SELECT invoice_id, cf_pallets, cf_weight_kg FROM invoices ORDER BY invoice_id"));
        Assert.Equal(0, network.Requests);
    }

    [Fact]
    public void Rows_showing_a_field_the_kept_definitions_lack_make_the_next_statement_rediscover()
    {
        using var harness = new CacheHarness(emulator, "cf-new-field");
        using (var first = harness.Open()) Column(first, "invoices", "cf_pallets");
        // As if cf_pallets were created in Zoho after the discovery.
        var settings = ConnectionSettings.Parse(harness.Keywords(), out _);
        var kept = CachedCustomFields.Open(settings, EmulatorCredentials.OrganizationId, harness.CacheDirectory, harness.ConfigDirectory, DriverLog.Off)!;
        var old = kept.Load("invoices")!;
        kept.Save("invoices", old with { Fields = old.Fields.Where(f => f.ApiName != "cf_pallets").ToArray() });

        harness.ClearCalls();
        using var session = harness.Open();
        Assert.DoesNotContain(session.Tables.Single(t => t.Name == "invoices").Columns, c => c.Name == "cf_pallets");
        Assert.Equal(0, harness.ListCalls("invoices"));
        CacheHarness.Lines(session, "SELECT invoice_id, cf_weight_kg FROM invoices");
        harness.ClearCalls();

        Assert.Equal(SqlDataType.BigInt, Assert.Single(session.Prepare("SELECT cf_pallets FROM invoices").Columns).Type);
        Assert.Equal(1, harness.ListCalls("invoices"));
        harness.ClearCalls();
        using var next = harness.Open();
        Assert.Equal(SqlDataType.BigInt, Column(next, "invoices", "cf_pallets").Type);
        Assert.True(harness.ApiCalls().Count == 0, harness.Describe());
    }

    private static ColumnInfo Column(Session session, string table, string column) =>
        Assert.Single(session.Tables.Single(t => t.Name == table).Columns, c => c.Name == column);
}
