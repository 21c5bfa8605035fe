using System.Runtime.InteropServices;
using System.Text;
using ZohoOdbc.Cli.Tests.Harness;
using ZohoOdbc.Emulator;

namespace ZohoOdbc.Cli.Tests;

/// <summary>
/// The driver's ConfigDSN, called the way installers call it: SQLConfigDataSource in unixODBC's libodbcinst loads the
/// library registered as the driver's Setup and calls ConfigDSN without a window (silent mode). The same entry point
/// serves the Windows ODBC administrator, which cannot run here.
/// </summary>
public sealed partial class ConfigDsnTests(ConfigDsnTests.InProcessOdbc odbc) : IClassFixture<ConfigDsnTests.InProcessOdbc>
{
    private const ushort AddDsn = 1, ConfigureDsn = 2, RemoveDsn = 3;
    private readonly EmulatorProcess emulator = odbc.Emulator;
    private readonly OdbcSandbox sandbox = odbc.Sandbox;

    /// <summary>
    /// One emulator and sandbox for the class: libodbcinst and the driver run in this process and the driver, once
    /// loaded, stays (NativeAOT cannot unload) with the environment it saw first.
    /// </summary>
    public sealed class InProcessOdbc : IDisposable
    {
        public InProcessOdbc()
        {
            foreach (var (key, value) in Sandbox.Environment)
            {
                Environment.SetEnvironmentVariable(key, value);
                _ = setenv(key, value, 1);
            }
        }

        public EmulatorProcess Emulator { get; } = EmulatorProcess.Start();

        public OdbcSandbox Sandbox { get; } = new();

        public void Dispose()
        {
            Sandbox.Dispose();
            Emulator.Dispose();
        }
    }

    private static (bool Ok, string Errors) Configure(ushort request, params string[] attributes)
    {
        var list = Encoding.UTF8.GetBytes(string.Concat(attributes.Select(a => a + "\0")) + "\0");
        var ok = SQLConfigDataSource(0, request, OdbcSandbox.DriverName, list) != 0;
        var errors = new StringBuilder();
        for (ushort record = 1; record <= 8; record++)
        {
            var message = new byte[1024];
            if (SQLInstallerError(record, out var code, message, (ushort)message.Length, out var length) is not (0 or 1)) break;
            errors.Append($"[{code}] {Encoding.UTF8.GetString(message, 0, Math.Min((int)length, message.Length))} ");
        }
        return (ok, errors.ToString());
    }

    [Fact]
    public void Silent_add_configure_and_remove_keep_secrets_out_of_odbc_ini()
    {
        var (added, errors) = Configure(AddDsn, "DSN=ViaConfigDsn", "Product=Books", $"AccountsUrl={emulator.Url}",
            $"ClientId={EmulatorCredentials.ClientId}", $"ClientSecret={EmulatorCredentials.ClientSecret}", $"RefreshToken={EmulatorCredentials.RefreshToken}");
        Assert.True(added, errors);
        var ini = File.ReadAllText(sandbox.UserOdbcIni);
        Assert.Contains("[ViaConfigDsn]", ini);
        Assert.Contains($"Driver={OdbcSandbox.DriverName}", ini);
        Assert.Contains($"ClientId={EmulatorCredentials.ClientId}", ini);
        SetupPageBrowserTests.NoSecretIn(ini);
        Assert.DoesNotContain(EmulatorCredentials.RefreshToken, ini);

        // The grant went to the token store: a client connects through the DSN alone.
        var isql = ChildProcess.Run("isql", ["ViaConfigDsn", "-b", "-v", "-d|"], sandbox.Environment, "SELECT TOP 1 invoice_number FROM invoices\n");
        Assert.True(isql.ExitCode == 0, isql.ToString());
        Assert.Contains("INV-", isql.StdOut);

        (var configured, errors) = Configure(ConfigureDsn, "DSN=ViaConfigDsn", "Description=Changed by ConfigDSN");
        Assert.True(configured, errors);
        ini = File.ReadAllText(sandbox.UserOdbcIni);
        Assert.Contains("Description=Changed by ConfigDSN", ini);
        Assert.Contains($"AccountsUrl={emulator.Url}", ini);

        (var removed, errors) = Configure(RemoveDsn, "DSN=ViaConfigDsn");
        Assert.True(removed, errors);
        Assert.DoesNotContain("[ViaConfigDsn]", File.ReadAllText(sandbox.UserOdbcIni));
    }

    [Fact]
    public void Refusals_are_posted_as_installer_errors()
    {
        var (ok, errors) = Configure(AddDsn, "DSN=Refused", $"AccountsUrl={emulator.Url}", $"ClientId={EmulatorCredentials.ClientId}",
            // Another grant than the other test's: Core's token brokers are per grant for the life of the process.
            "ClientSecret=not-the-secret", $"RefreshToken={EmulatorCredentials.MultiOrganizationRefreshToken}");
        Assert.False(ok);
        Assert.Contains("invalid_client_secret", errors);
        Assert.DoesNotContain("[Refused]", File.ReadAllText(sandbox.UserOdbcIni));

        (ok, errors) = Configure(ConfigureDsn, "DSN=NoSuchDsn", "Description=x");
        Assert.False(ok);
        Assert.Contains("no data source named 'NoSuchDsn'", errors);

        (ok, errors) = Configure(AddDsn, "Product=Books");
        Assert.False(ok);
        Assert.Contains("DSN=name", errors);
    }

    [LibraryImport("libodbcinst.so.2", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SQLConfigDataSource(nint window, ushort request, string driver, byte[] attributes);

    [LibraryImport("libodbcinst.so.2")]
    private static partial short SQLInstallerError(ushort record, out uint code, byte[] message, ushort capacity, out ushort length);

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int setenv(string name, string value, int overwrite);
}
