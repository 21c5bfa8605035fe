using System.Globalization;
using ZohoOdbc.Emulator;

namespace ZohoOdbc.Cli.Tests.Harness;

/// <summary>An emulator, a sandbox and a running <c>zoho-odbc setup --no-browser</c> on a free port, for one test.</summary>
public sealed class SetupPageRun : IDisposable
{
    public SetupPageRun(params string[] extraArgs)
    {
        Emulator = EmulatorProcess.Start();
        Sandbox = new OdbcSandbox();
        Port = FreePort.Next();
        Process = ChildProcess.Start(RepoPaths.Cli,
            ["setup", "--no-browser", "--port", Port.ToString(CultureInfo.InvariantCulture), "--driver", OdbcSandbox.DriverName, .. extraArgs],
            Sandbox.Environment);
        PageUrl = Process.WaitForLine("Setup page: ", TimeSpan.FromSeconds(60));
        Page = new SetupPageClient(PageUrl);
    }

    public EmulatorProcess Emulator { get; }
    public OdbcSandbox Sandbox { get; }
    public int Port { get; }
    public ChildProcess Process { get; }
    public string PageUrl { get; }
    public SetupPageClient Page { get; }

    /// <summary>The form for the emulator's client, with the accounts server pointing at the emulator.</summary>
    public object Form(string dsn = "ZohoErrorTest", string? clientSecret = EmulatorCredentials.ClientSecret, string? accountsUrl = null) => new
    {
        dataSourceName = dsn,
        product = "Books",
        region = "US",
        clientId = EmulatorCredentials.ClientId,
        clientSecret,
        scope = "user",
        cacheMode = "Replica",
        cacheTtl = "300",
        accountsUrl = accountsUrl ?? Emulator.Url,
    };

    public void Dispose()
    {
        Page.Dispose();
        Process.Dispose();
        Sandbox.Dispose();
        Emulator.Dispose();
    }
}
