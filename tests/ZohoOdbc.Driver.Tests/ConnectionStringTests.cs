using ZohoOdbc.Driver.Tests.Harness;
using ZohoOdbc.Driver.Tests.Native;
using ZohoOdbc.Emulator;
using static ZohoOdbc.Driver.Tests.Native.OdbcNative;

namespace ZohoOdbc.Driver.Tests;

/// <summary>SQLDriverConnect's grammar, the output string, unknown keywords, FILEDSN / SAVEFILE, never prompting.</summary>
[Collection("odbc")]
public sealed unsafe class ConnectionStringTests(OdbcFixture odbc)
{
    [Fact]
    public void Braced_values_and_escaped_braces_parse_and_unknown_keywords_are_01S00()
    {
        var connectionString = $"DRIVER={{{OdbcFixture.DriverName}}};AccountsUrl={{{odbc.Emulator.Url}}};ClientId={{{EmulatorCredentials.ClientId}}};" +
            $"ClientSecret={{{EmulatorCredentials.ClientSecret}}};Colour={{red;green}}}}blue}};RefreshToken={EmulatorCredentials.RefreshToken};{odbc.GovernorSettings}";
        using var connection = new TestConnection(connectionString);
        Assert.Equal(SQL_SUCCESS_WITH_INFO, connection.LastReturn);
        var warning = Assert.Single(connection.Warnings);
        Assert.Equal("01S00", warning.State);
        Assert.Contains("'Colour'", warning.Message);
        Assert.Contains($"DRIVER={OdbcFixture.DriverName};", connection.OutConnectionString);
        Assert.Contains($"ClientSecret={EmulatorCredentials.ClientSecret};", connection.OutConnectionString);
    }

    [Fact]
    public void The_output_connection_string_reconnects()
    {
        string output;
        using (var first = new TestConnection(odbc.ConnectionString())) output = first.OutConnectionString;
        Assert.StartsWith("DRIVER=", output);
        using var again = new TestConnection(output);
        using var statement = again.Statement();
        statement.Execute("SELECT TOP 1 invoice_number FROM invoices");
        Assert.True(statement.Fetch());
    }

    /// <summary>unixODBC handles SAVEFILE and FILEDSN in its ANSI SQLDriverConnect, from the driver's output string.</summary>
    [Fact]
    public void SAVEFILE_writes_a_file_DSN_that_FILEDSN_reconnects_with()
    {
        var file = Path.Combine(Path.GetTempPath(), $"zohoodbc-{Environment.ProcessId}-{Guid.NewGuid():N}.dsn");
        try
        {
            using (new TestConnection($"SAVEFILE={file};" + odbc.ConnectionString(), ansi: true)) { }
            Assert.True(File.Exists(file), "the driver manager wrote no file DSN");
            Assert.Contains("RefreshToken", File.ReadAllText(file));
            using var connection = new TestConnection($"FILEDSN={file}", ansi: true);
            using var statement = connection.Statement();
            statement.Execute("SELECT TOP 1 contact_name FROM contacts");
            Assert.True(statement.Fetch());
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void Missing_credentials_fail_without_prompting()
    {
        Assert.Equal(SQL_SUCCESS, SQLAllocHandle(SQL_HANDLE_ENV, 0, out var env));
        SQLSetEnvAttr(env, SQL_ATTR_ODBC_VERSION, SQL_OV_ODBC3, 0);
        Assert.Equal(SQL_SUCCESS, SQLAllocHandle(SQL_HANDLE_DBC, env, out var dbc));
        try
        {
            var connectionString = $"DRIVER={{{OdbcFixture.DriverName}}};AccountsUrl={odbc.Emulator.Url}";
            short rc;
            // SQL_DRIVER_COMPLETE with no window still must not prompt.
            fixed (char* s = connectionString) rc = SQLDriverConnectW(dbc, 0, s, (short)connectionString.Length, null, 0, out _, 1);
            Assert.Equal(SQL_ERROR, rc);
            Assert.Equal("28000", TestStatement.Diagnostics(SQL_HANDLE_DBC, dbc)[0].State);
        }
        finally
        {
            SQLFreeHandle(SQL_HANDLE_DBC, dbc);
            SQLFreeHandle(SQL_HANDLE_ENV, env);
        }
    }
}
