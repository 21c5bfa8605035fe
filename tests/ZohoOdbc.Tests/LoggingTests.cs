using System.Net;
using System.Text.Json.Nodes;
using ZohoOdbc.Core;
using ZohoOdbc.Core.Logging;

namespace ZohoOdbc.Tests;

public class LoggingTests
{
    [Theory]
    [InlineData("Authorization: Zoho-oauthtoken 1000.abc123.def456", "Authorization: Zoho-oauthtoken ***")]
    [InlineData("got 1000.0f3a9c.77b1e2 back", "got *** back")]
    [InlineData("refresh_token=1000.x.y&client_id=1000.CLIENT", "refresh_token=***&client_id=1000.CLIENT")]
    [InlineData("client_secret=abc&code=xyz", "client_secret=***&code=***")]
    [InlineData("{\"access_token\":\"abc\",\"api_domain\":\"https://www.zohoapis.com\"}", "{\"access_token\":\"***\",\"api_domain\":\"https://www.zohoapis.com\"}")]
    [InlineData("the secret is s3cr3t-value", "the secret is ***")]
    [InlineData("1000.emulator.refresh.multiorg", "***")]
    public void Masker_removes_tokens_and_known_secrets(string text, string expected) =>
        Assert.Equal(expected, new SecretMasker(["s3cr3t-value"]).Apply(text));

    [Theory]
    [InlineData("off", DriverLogLevel.Off)]
    [InlineData("Warn", DriverLogLevel.Warning)]
    [InlineData("INFO", DriverLogLevel.Info)]
    [InlineData("trace", DriverLogLevel.Debug)]
    public void Log_levels_parse(string text, DriverLogLevel level)
    {
        Assert.True(DriverLogLevels.TryParse(text, out var parsed));
        Assert.Equal(level, parsed);
    }

    [Fact]
    public void Bad_LogLevel_is_HY024()
    {
        var e = Assert.Throws<ZohoOdbcException>(() => FakeZoho.Settings(("LogLevel", "chatty")));
        Assert.Equal(SqlStates.InvalidConnectionAttribute, e.SqlState);
    }

    [Fact]
    public void Every_API_call_is_one_line_without_secrets()
    {
        using var dir = new TempDirectory("log");
        var logFile = dir.File("driver.log");
        var zoho = new FakeZoho();
        var failures = 1;
        zoho.Intercept = r => r.Uri.AbsolutePath.EndsWith("/invoices", StringComparison.Ordinal) && failures-- > 0
            ? new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html>502</html>") }
            : null;
        using (var session = TestSql.Open(zoho, ("LogFile", logFile), ("LogLevel", "Debug")))
            Assert.Equal(150, TestSql.Rows(session, "SELECT invoice_id FROM invoices WHERE customer_name = 'Bravo GmbH'").Count);

        var lines = File.ReadAllLines(logFile);
        Assert.Contains(lines, l => l.Contains("INFO  [") && l.Contains("api POST /accounts/oauth/v2/token 200 ") && l.EndsWith("attempt=1"));
        Assert.Contains(lines, l => l.Contains("api GET /books/v3/organizations 200 "));
        Assert.Contains(lines, l => l.Contains("WARN ") && l.Contains("api GET /books/v3/invoices?customer_name=Bravo%20GmbH&page=1&per_page=200&response_option=1 502 not-json")
            && l.Contains("org=700000001 attempt=1"));
        Assert.Contains(lines, l => l.Contains("api GET /books/v3/invoices?customer_name=Bravo%20GmbH&page=1") && l.Contains(" 200 ") && l.EndsWith("attempt=2"));
        Assert.Contains(lines, l => l.Contains("connect: organization 700000001 (Acme Traders)"));

        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(logFile));
        var text = File.ReadAllText(logFile);
        foreach (var secret in zoho.IssuedAccessTokens.Append("test-secret").Append("1000.test.refresh"))
            Assert.DoesNotContain(secret, text);
    }

    [Fact]
    public void Info_level_logs_paths_without_query_strings()
    {
        using var dir = new TempDirectory("log-info");
        var logFile = dir.File("driver.log");
        var zoho = new FakeZoho();
        using (var session = TestSql.Open(zoho, ("LogFile", logFile)))
            TestSql.Rows(session, "SELECT TOP 1 invoice_id FROM invoices WHERE customer_name = 'Bravo GmbH'");
        var text = File.ReadAllText(logFile);
        Assert.Contains("api GET /books/v3/invoices 200 ", text);
        Assert.DoesNotContain("Bravo", text);
        Assert.DoesNotContain("DEBUG", text);
    }

    [Fact]
    public void An_unwritable_log_file_does_not_fail_the_connection()
    {
        using var dir = new TempDirectory("log-bad");
        var zoho = new FakeZoho();
        // A directory where the file should be: the log gives up silently.
        using var session = TestSql.Open(zoho, ("LogFile", dir.Path));
        Assert.Single(TestSql.Rows(session, "SELECT TOP 1 invoice_id FROM invoices"));
    }
}
