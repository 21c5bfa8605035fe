using System.Diagnostics;
using ZohoOdbc.Driver.Tests.Harness;
using ZohoOdbc.Driver.Tests.Native;
using ZohoOdbc.Emulator;
using static ZohoOdbc.Driver.Tests.Native.OdbcNative;

namespace ZohoOdbc.Driver.Tests;

/// <summary>
/// SQLCancel from another thread, SQL_ATTR_QUERY_TIMEOUT and SQL_ATTR_LOGIN_TIMEOUT against a Zoho
/// that stalls for <see cref="SlowApiProxy.Stall"/>. Waits for things to start are generous (the
/// machine may be small and busy); the bound on stopping is measured from the cancel or the
/// time-out and is a small fraction of the stall.
/// </summary>
[Collection("odbc")]
public sealed class CancellationTests(OdbcFixture odbc)
{
    /// <summary>How soon after SQLCancel or a time-out the call must return: far below the stall, far above scheduling noise.</summary>
    private static readonly TimeSpan Promptly = TimeSpan.FromSeconds(20);

    /// <summary>How long the query may take to reach the stalled call on a loaded machine.</summary>
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(90);

    /// <summary>Through the stalling proxy, with the cache off so every query calls the API.</summary>
    private string Through(SlowApiProxy proxy, bool slowSignIn = false) =>
        $"DRIVER={{{OdbcFixture.DriverName}}};AccountsUrl={(slowSignIn ? proxy.Url : odbc.Emulator.Url)};ApiUrl={proxy.Url};" +
        $"ClientId={EmulatorCredentials.ClientId};ClientSecret={EmulatorCredentials.ClientSecret};RefreshToken={EmulatorCredentials.RefreshToken};CacheMode=Off;{odbc.GovernorSettings}";

    private static bool InvoiceList(string path) => path.Contains("/invoices", StringComparison.Ordinal);

    [Fact]
    public async Task SQLCancel_from_another_thread_stops_a_running_query_promptly()
    {
        using var proxy = new SlowApiProxy(odbc.Emulator.Url, InvoiceList);
        using var connection = new TestConnection(Through(proxy));
        using var statement = connection.Statement();
        var running = Task.Run(() => ExecDirect(statement.Handle, "SELECT invoice_number FROM invoices"));
        Assert.True(proxy.WaitUntilHeld(StartLimit), $"the query did not reach the stalled invoice list within {StartLimit}");
        Assert.False(running.IsCompleted);
        var sinceCancel = Stopwatch.StartNew();
        Assert.Equal(SQL_SUCCESS, SQLCancel(statement.Handle));
        var rc = await running.WaitAsync(SlowApiProxy.Stall / 2);
        sinceCancel.Stop();
        Assert.Equal(SQL_ERROR, rc);
        Assert.Equal("HY008", statement.Diagnostics()[0].State);
        Assert.True(sinceCancel.Elapsed < Promptly, $"returned {sinceCancel.Elapsed} after SQLCancel");

        // The statement is usable again afterwards.
        statement.Execute("SELECT 1");
        Assert.True(statement.Fetch());
    }

    [Fact]
    public void SQL_ATTR_QUERY_TIMEOUT_ends_a_query_with_HYT00()
    {
        using var proxy = new SlowApiProxy(odbc.Emulator.Url, InvoiceList);
        using var connection = new TestConnection(Through(proxy));
        using var statement = connection.Statement();
        statement.SetAttribute(SQL_ATTR_QUERY_TIMEOUT, 1);
        var clock = Stopwatch.StartNew();
        Assert.Equal(SQL_ERROR, ExecDirect(statement.Handle, "SELECT invoice_number FROM invoices"));
        Assert.Equal("HYT00", statement.Diagnostics()[0].State);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(1) + Promptly);
    }

    [Fact]
    public void SQL_ATTR_CONNECTION_TIMEOUT_bounds_a_query_without_its_own_timeout_with_HYT01()
    {
        using var proxy = new SlowApiProxy(odbc.Emulator.Url, InvoiceList);
        using var connection = new TestConnection(Through(proxy));
        Assert.Equal(SQL_SUCCESS, SQLSetConnectAttrW(connection.Handle, 113 /* SQL_ATTR_CONNECTION_TIMEOUT */, 1, 0));
        using var statement = connection.Statement();
        var clock = Stopwatch.StartNew();
        Assert.Equal(SQL_ERROR, ExecDirect(statement.Handle, "SELECT invoice_number FROM invoices"));
        Assert.Equal("HYT01", statement.Diagnostics()[0].State);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(1) + Promptly);
    }

    [Fact]
    public void SQL_ATTR_LOGIN_TIMEOUT_bounds_the_sign_in()
    {
        using var proxy = new SlowApiProxy(odbc.Emulator.Url, path => path.Contains("/oauth/", StringComparison.Ordinal));
        Assert.Equal(SQL_SUCCESS, SQLAllocHandle(SQL_HANDLE_ENV, 0, out var env));
        SQLSetEnvAttr(env, SQL_ATTR_ODBC_VERSION, SQL_OV_ODBC3, 0);
        Assert.Equal(SQL_SUCCESS, SQLAllocHandle(SQL_HANDLE_DBC, env, out var dbc));
        try
        {
            Assert.Equal(SQL_SUCCESS, SQLSetConnectAttrW(dbc, SQL_ATTR_LOGIN_TIMEOUT, 1, 0));
            // A refresh token no other test uses, so no cached access token short-cuts the sign-in.
            var connectionString = Through(proxy, slowSignIn: true).Replace(EmulatorCredentials.RefreshToken, EmulatorCredentials.RefreshToken + ".login-timeout", StringComparison.Ordinal);
            var clock = Stopwatch.StartNew();
            Assert.Equal(SQL_ERROR, DriverConnect(dbc, connectionString));
            Assert.Equal("HYT00", TestStatement.Diagnostics(SQL_HANDLE_DBC, dbc)[0].State);
            Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(1) + Promptly);
        }
        finally
        {
            SQLFreeHandle(SQL_HANDLE_DBC, dbc);
            SQLFreeHandle(SQL_HANDLE_ENV, env);
        }
    }

    private static unsafe short ExecDirect(nint statement, string sql)
    {
        fixed (char* s = sql) return SQLExecDirectW(statement, s, sql.Length);
    }

    private static unsafe short DriverConnect(nint connection, string connectionString)
    {
        fixed (char* s = connectionString) return SQLDriverConnectW(connection, 0, s, (short)connectionString.Length, null, 0, out _, SQL_DRIVER_NOPROMPT);
    }
}
