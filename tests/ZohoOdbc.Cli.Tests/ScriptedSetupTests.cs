using ZohoOdbc.Cli.Tests.Harness;
using ZohoOdbc.Emulator;

namespace ZohoOdbc.Cli.Tests;

/// <summary>
/// <c>zoho-odbc setup</c> without a browser, as an administrator scripts it (a grant code or a refresh token, the
/// secret on standard input or in an environment variable), and the test, tables and remove commands on its DSN.
/// </summary>
public sealed class ScriptedSetupTests : IDisposable
{
    private const string RedirectUri = "http://127.0.0.1:28765/callback";
    private readonly EmulatorProcess emulator = EmulatorProcess.Start();
    private readonly OdbcSandbox sandbox = new();

    private ProcessResult Cli(string? stdin, params string[] args) => ChildProcess.Run(RepoPaths.Cli, args, sandbox.Environment, stdin);

    private ProcessResult CliWith(IReadOnlyDictionary<string, string> extraEnvironment, params string[] args) =>
        ChildProcess.Run(RepoPaths.Cli, args, sandbox.Environment.Concat(extraEnvironment).ToDictionary(), null);

    private string[] SetupArgs(string dsn, params string[] more) =>
        ["setup", "--dsn", dsn, "--driver", OdbcSandbox.DriverName, "--client-id", EmulatorCredentials.ClientId, "--accounts-url", emulator.Url, .. more];

    [Fact]
    public void A_grant_code_makes_a_dsn_that_test_tables_isql_and_remove_work_on()
    {
        var (code, accountsServer) = EmulatorConsent.Code(emulator.Url, RedirectUri, "admin@emulated-trading.example");
        var setup = Cli(EmulatorCredentials.ClientSecret + "\n",
            SetupArgs("ScriptedCode", "--client-secret", "-", "--code", code, "--redirect-uri", RedirectUri, "--accounts-server", accountsServer));
        Assert.True(setup.ExitCode == 0, setup.ToString());
        Assert.Contains("Data source 'ScriptedCode' saved as a user DSN", setup.StdOut);
        Assert.Contains("INV-", setup.StdOut);
        SetupPageBrowserTests.NoSecretIn(File.ReadAllText(sandbox.UserOdbcIni));

        var test = Cli(stdin: null, "test", "ScriptedCode");
        Assert.True(test.ExitCode == 0, test.ToString());
        Assert.Contains($"OK: 'ScriptedCode' works.", test.StdOut);
        Assert.Contains(EmulatorCredentials.OrganizationName, test.StdOut);

        var tables = Cli(stdin: null, "tables", "ScriptedCode");
        Assert.True(tables.ExitCode == 0, tables.ToString());
        Assert.Contains("invoices", tables.StdOut);
        Assert.Contains("contacts", tables.StdOut);
        var columns = Cli(stdin: null, "tables", "ScriptedCode", "invoices");
        Assert.Contains("invoice_number", columns.StdOut);
        Assert.Contains("DECIMAL", columns.StdOut);

        var isql = ChildProcess.Run("isql", ["ScriptedCode", "-b", "-v", "-d|"], sandbox.Environment, "SELECT TOP 2 contact_name FROM contacts\n");
        Assert.True(isql.ExitCode == 0, isql.ToString());

        var remove = Cli(stdin: null, "remove", "ScriptedCode");
        Assert.True(remove.ExitCode == 0, remove.ToString());
        Assert.DoesNotContain("[ScriptedCode]", File.ReadAllText(sandbox.UserOdbcIni));
        Assert.Equal(1, Cli(stdin: null, "test", "ScriptedCode").ExitCode);
    }

    [Fact]
    public void Several_organizations_need_organization_and_the_error_lists_them()
    {
        var secret = new Dictionary<string, string> { ["ZOHOODBC_CLIENT_SECRET"] = EmulatorCredentials.ClientSecret };
        var ambiguous = CliWith(secret, SetupArgs("TwoOrgs", "--refresh-token", EmulatorCredentials.MultiOrganizationRefreshToken));
        Assert.Equal(1, ambiguous.ExitCode);
        Assert.Contains("error: Choose the organization", ambiguous.StdErr);
        Assert.Contains(EmulatorCredentials.OrganizationId, ambiguous.StdErr);
        Assert.Contains(EmulatorCredentials.SecondOrganizationId, ambiguous.StdErr);
        Assert.Contains("--organization", ambiguous.StdErr);
        Assert.DoesNotContain("[TwoOrgs]", File.ReadAllText(sandbox.UserOdbcIni));

        var chosen = CliWith(secret, SetupArgs("TwoOrgs", "--refresh-token", EmulatorCredentials.MultiOrganizationRefreshToken,
            "--organization", EmulatorCredentials.SecondOrganizationId));
        Assert.True(chosen.ExitCode == 0, chosen.ToString());
        Assert.Contains($"OrganizationId={EmulatorCredentials.SecondOrganizationId}", File.ReadAllText(sandbox.UserOdbcIni));
    }

    [Fact]
    public void Setting_up_a_dsn_again_drops_the_secrets_it_held_in_plain_text()
    {
        File.WriteAllText(sandbox.UserOdbcIni,
            $"[Legacy]\nDriver={OdbcSandbox.DriverName}\nAccountsUrl={emulator.Url}\nClientId={EmulatorCredentials.ClientId}\n" +
            $"ClientSecret={EmulatorCredentials.ClientSecret}\nRefreshToken={EmulatorCredentials.RefreshToken}\nTimeout=45\n\n");
        var setup = Cli($"{EmulatorCredentials.ClientSecret}\n",
            ["setup", "--dsn", "Legacy", "--client-secret", "-", "--refresh-token", EmulatorCredentials.RefreshToken]);
        Assert.True(setup.ExitCode == 0, setup.ToString());
        var ini = File.ReadAllText(sandbox.UserOdbcIni);
        SetupPageBrowserTests.NoSecretIn(ini);
        Assert.Contains($"AccountsUrl={emulator.Url}", ini);
        Assert.Contains("Timeout=45", ini);
        Assert.Equal(0, Cli(stdin: null, "test", "Legacy").ExitCode);
    }

    [Fact]
    public void A_wrong_client_secret_says_what_to_do()
    {
        var result = Cli("not-the-secret\n", SetupArgs("Wrong", "--client-secret", "-", "--refresh-token", EmulatorCredentials.RefreshToken));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: Zoho refused the sign-in", result.StdErr);
        Assert.Contains("invalid_client_secret", result.StdErr);
        Assert.Contains("What to do: Copy the client secret again", result.StdErr);
        Assert.Equal("", File.ReadAllText(sandbox.UserOdbcIni));
    }

    [Fact]
    public void A_system_dsn_goes_to_the_system_file_or_is_refused_without_root()
    {
        var result = Cli(EmulatorCredentials.ClientSecret + "\n",
            SetupArgs("SystemWide", "--client-secret", "-", "--refresh-token", EmulatorCredentials.RefreshToken, "--system"));
        if (Environment.IsPrivilegedProcess)
        {
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("[SystemWide]", File.ReadAllText(sandbox.SystemOdbcIni));
            Assert.Equal("", File.ReadAllText(sandbox.UserOdbcIni));
            SetupPageBrowserTests.NoSecretIn(File.ReadAllText(sandbox.SystemOdbcIni));
        }
        else
        {
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("A system DSN needs root", result.StdErr);
        }
    }

    [Theory]
    [InlineData("setup --bogus", "Unknown option --bogus")]
    [InlineData("test", "Give the data source name")]
    [InlineData("setup --client-secret x", "--client-secret is for scripted setups")]
    [InlineData("frobnicate", "Unknown command 'frobnicate'")]
    public void A_wrong_command_line_exits_with_2_and_says_why(string commandLine, string message)
    {
        var result = Cli(stdin: null, commandLine.Split(' '));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.StdErr);
    }

    public void Dispose()
    {
        sandbox.Dispose();
        emulator.Dispose();
    }
}
