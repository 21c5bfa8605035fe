using System.Net;
using System.Net.Sockets;
using ZohoOdbc.Driver.Tests.Harness;
using ZohoOdbc.Driver.Tests.Native;
using ZohoOdbc.Emulator;

namespace ZohoOdbc.Driver.Tests;

/// <summary>
/// The cache through the driver manager: the sys_cache system table, Offline=Yes against a Zoho nothing answers for, and
/// the 01000 warnings saying an answer came from the cache. Each test has a cache directory of its own.
/// </summary>
[Collection("odbc")]
public sealed class CacheTests(OdbcFixture odbc) : IDisposable
{
    private const int SqlSuccessWithInfo = 1;
    private readonly string cachePath = Directory.CreateTempSubdirectory("zohoodbc-e2e-cache-").FullName;

    private string Online() =>
        $"DRIVER={{{OdbcFixture.DriverName}}};AccountsUrl={odbc.Emulator.Url};ClientId={EmulatorCredentials.ClientId};" +
        $"ClientSecret={EmulatorCredentials.ClientSecret};RefreshToken={EmulatorCredentials.RefreshToken};RequestsPerMinute=100000;" +
        $"CachePath={cachePath};CacheKey=e2e-cache-secret";

    /// <summary>Offline, with every Zoho address on a port nothing listens on.</summary>
    private string Offline()
    {
        var nowhere = $"http://127.0.0.1:{UnusedPort()}";
        return $"DRIVER={{{OdbcFixture.DriverName}}};AccountsUrl={nowhere};ApiUrl={nowhere};ClientId={EmulatorCredentials.ClientId};" +
            $"CachePath={cachePath};CacheKey=e2e-cache-secret;Offline=Yes";
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public void Sys_cache_is_a_system_table_in_SQLTables_and_lists_the_replicated_tables()
    {
        using var client = new OdbcClient(Online());
        var listed = Assert.Single(client.Tables("sys_cache").Rows);
        Assert.Equal(("sys_cache", "SYSTEM TABLE"), (listed[2], listed[3]));

        client.Query("SELECT invoice_id FROM invoices");
        odbc.Emulator.ClearRequests();
        var row = Assert.Single(client.Query("SELECT table_name, cache_mode, state, rows FROM sys_cache").Rows);
        Assert.Equal($"invoices|Replica|fresh|{ExpectedData.Dataset.Invoices.Count}", string.Join("|", row));
        Assert.DoesNotContain(odbc.Emulator.Requests(), r => r.Path.Contains("/books/v3/", StringComparison.Ordinal));
    }

    [Fact]
    public void Offline_connects_without_Zoho_and_each_answer_is_SUCCESS_WITH_INFO_with_a_01000_saying_how_old()
    {
        string expected;
        using (var online = new OdbcClient(Online()))
            expected = string.Join(",", online.Query("SELECT invoice_number FROM invoices ORDER BY invoice_number").Rows.Select(r => r[0]));

        using var connection = new TestConnection(Offline());
        using var statement = connection.Statement();
        statement.Execute("SELECT invoice_number FROM invoices ORDER BY invoice_number");
        Assert.Equal(SqlSuccessWithInfo, statement.Last);
        var warning = Assert.Single(TestStatement.Diagnostics(OdbcNative.SQL_HANDLE_STMT, statement.Handle));
        Assert.Equal("01000", warning.State);
        Assert.StartsWith("[ZohoOdbc]", warning.Message);
        Assert.Matches(@"invoices: answered from the cache of \d{4}-\d\d-\d\d \d\d:\d\d UTC, \d+ (s|min) old \(Offline=Yes\)$", warning.Message);
        var numbers = new List<string>();
        while (statement.Fetch()) numbers.Add(statement.GetString(1)!);
        Assert.Equal(expected, string.Join(",", numbers));
    }

    [Fact]
    public void Offline_without_a_cached_copy_fails_to_connect_with_08001()
    {
        var e = Assert.Throws<OdbcCallException>(() => new TestConnection(Offline()).Dispose());
        Assert.Equal("08001", e.SqlState);
        Assert.Contains("holds no copy of a Zoho Books organization", e.DiagnosticMessage);
    }

    public void Dispose()
    {
        try { Directory.Delete(cachePath, recursive: true); } catch (IOException) { }
    }
}
