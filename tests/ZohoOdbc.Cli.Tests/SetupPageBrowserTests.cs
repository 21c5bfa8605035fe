using System.Text.RegularExpressions;
using ZohoOdbc.Cli.Tests.Harness;
using ZohoOdbc.Emulator;

namespace ZohoOdbc.Cli.Tests;

/// <summary>
/// The acceptance test of the setup page: from an empty odbc.ini to a working DSN in headless Chromium, through the
/// emulator's consent page (the multi-organization user, so the organization must be picked), then isql queries
/// through the DSN. The finished page is kept as artifacts/test-results/setup-page.png.
/// </summary>
public sealed partial class SetupPageBrowserTests
{
    private const string Dsn = "ZohoSetupTest";
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(60);

    [Fact]
    public void From_an_empty_odbc_ini_to_a_working_dsn_in_the_browser()
    {
        Assert.True(WebDriverSession.Available, "Debian's chromium and chromium-driver are needed: apt-get install chromium chromium-driver");
        using var emulator = EmulatorProcess.Start();
        using var sandbox = new OdbcSandbox();
        Assert.Equal("", File.ReadAllText(sandbox.UserOdbcIni));

        var port = FreePort.Next();
        using var setup = ChildProcess.Start(RepoPaths.Cli,
            ["setup", "--no-browser", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--driver", OdbcSandbox.DriverName],
            sandbox.Environment);
        var pageUrl = setup.WaitForLine("Setup page: ", Step);

        using (var browser = WebDriverSession.Start())
        {
            browser.Navigate(pageUrl);
            browser.WaitFor("document.body.dataset.step === 'form'", Step, "the setup form");
            Assert.Contains($"http://127.0.0.1:{port}/callback", browser.Text(browser.Find("#redirect-uri")));

            browser.Type(browser.Find("#dsn-name"), Dsn);
            browser.Type(browser.Find("#client-id"), EmulatorCredentials.ClientId);
            browser.Type(browser.Find("#client-secret"), EmulatorCredentials.ClientSecret);
            browser.Click(browser.Find("details summary"));
            browser.Type(browser.Find("#accounts-url"), emulator.Url);
            browser.Click(browser.Find("#connect"));

            // Zoho's (the emulator's) consent page: accept as the user with two organizations.
            browser.WaitFor("document.title.indexOf('Zoho Accounts') >= 0", Step, "the consent page");
            browser.Click(browser.FindXPath("//p[contains(., 'multi@emulated-trading.example')]/button[@value='accept']"));

            browser.WaitFor("document.body.dataset.step === 'organization'", Step, "the organization list");
            Assert.Contains(EmulatorCredentials.SecondOrganizationId, browser.Text(browser.Find("#organizations")));
            browser.Click(browser.Find($"#org-{EmulatorCredentials.OrganizationId}"));
            browser.Click(browser.Find("#save"));

            browser.WaitFor("document.body.dataset.step === 'done'", Step, "the saved data source");
            Assert.Contains("is ready", browser.Text(browser.Find("#result-title")));
            var tables = browser.Text(browser.Find("#tables"));
            Assert.Contains("invoices", tables);
            Assert.Contains("contacts", tables);

            var screenshot = Path.Combine(RepoPaths.TestResults, "setup-page.png");
            File.WriteAllBytes(screenshot, browser.FullPageScreenshot());
            Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is empty");
        }

        var finished = setup.WaitForExit(Step);
        Assert.True(finished.ExitCode == 0, finished.ToString());
        Assert.Contains($"Data source '{Dsn}' saved as a user DSN", finished.StdOut);

        var ini = File.ReadAllText(sandbox.UserOdbcIni);
        Assert.Contains($"[{Dsn}]", ini);
        Assert.Contains($"OrganizationId={EmulatorCredentials.OrganizationId}", ini);
        Assert.Contains($"ClientId={EmulatorCredentials.ClientId}", ini);
        NoSecretIn(ini);
        NoSecretIn(File.ReadAllText(sandbox.SystemOdbcIni));

        // isql through the DSN: the driver finds the grant in the token store by ClientId.
        var isql = ChildProcess.Run("isql", [Dsn, "-b", "-v", "-d|"],
            sandbox.Environment, stdin: "SELECT TOP 3 invoice_number, total FROM invoices ORDER BY total DESC\n");
        Assert.True(isql.ExitCode == 0, isql.ToString());
        Assert.Equal(3, isql.StdOut.Split('\n').Count(l => l.StartsWith("INV-", StringComparison.Ordinal)));
    }

    /// <summary>No secret key, no client secret, no Zoho token in plain text.</summary>
    internal static void NoSecretIn(string ini)
    {
        Assert.DoesNotContain(EmulatorCredentials.ClientSecret, ini);
        Assert.DoesNotMatch(SecretKey(), ini);
        Assert.DoesNotMatch(ZohoToken(), ini);
    }

    [GeneratedRegex(@"(?im)^\s*(ClientSecret|RefreshToken|CacheKey)\s*=")]
    private static partial Regex SecretKey();

    [GeneratedRegex(@"1000\.[0-9a-f]{32}\.[0-9a-f]{32}")]
    private static partial Regex ZohoToken();
}
