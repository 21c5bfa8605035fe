using System.Globalization;
using ZohoOdbc.Driver.Tests.Harness;

namespace ZohoOdbc.Driver.Tests;

/// <summary>unixODBC's isql (ANSI API) and iusql (W API) against the emulator through a DSN.</summary>
[Collection("odbc")]
public sealed class IsqlTests(OdbcFixture odbc)
{
    private const string Top5 = "SELECT TOP 5 invoice_number, customer_name, total FROM invoices ORDER BY total DESC";

    private ProcessResult Isql(string sql, string dsn = OdbcFixture.Dsn, string tool = "isql") =>
        ProcessRunner.Run(tool, [dsn, "-b", "-v", "-d|"], sql + "\n", odbc.Environment);

    private static string[] DataLines(ProcessResult r) =>
        r.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.Contains('|')).ToArray();

    [Theory]
    [InlineData("isql")]
    [InlineData("iusql")]
    public void Top5_invoices_by_total_are_the_emulators_rows(string tool)
    {
        var result = Isql(Top5, tool: tool);
        Assert.True(result.ExitCode == 0, result.All);

        var rows = DataLines(result).Select(l => l.Split('|')).ToArray();
        var expected = ExpectedData.Top5ByTotal();
        Assert.Equal(expected.Count, rows.Length);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Number, rows[i][0]);
            Assert.Equal(expected[i].Customer, rows[i][1]);
            // Exact decimal text with the column's scale: no binary-float artefacts.
            Assert.Equal(expected[i].Total.ToString("0.00", CultureInfo.InvariantCulture), rows[i][2]);
        }
    }

    // isql is an ODBC 2 application (SQLAllocEnv), so unixODBC hands it the ODBC 2 spelling of the
    // driver's SQLSTATE: 42000 -> 37000, 42S02 -> S0002, 42S22 -> S0022. ODBC 3 clients see the
    // ODBC 3 states (PyodbcTests, PInvokeClientTests).
    [Theory]
    [InlineData("SELEC invoice_number FROM invoices", "37000", "Incorrect syntax")]
    [InlineData("SELECT invoice_number FROM no_such_table", "S0002", "no_such_table")]
    [InlineData("SELECT no_such_column FROM invoices", "S0022", "no_such_column")]
    public void Errors_carry_the_right_sqlstate_and_isql_keeps_going(string badSql, string sqlState, string mentions)
    {
        // The bad statement, then a good one in the same isql process: the second must still answer.
        var result = Isql(badSql + "\nSELECT TOP 1 invoice_number FROM invoices ORDER BY invoice_number");
        Assert.Contains($"[{sqlState}]", result.All);
        Assert.Contains(mentions, result.All);
        Assert.Contains(ExpectedData.Dataset.Invoices.Select(i => i.InvoiceNumber).Min(StringComparer.Ordinal)!, result.StdOut);
    }

    [Theory]
    [InlineData("isql")]
    [InlineData("iusql")]
    public void Non_Latin_text_round_trips_through_the_A_and_W_paths(string tool)
    {
        const string text = "Zoë Ñandú — 東京 — مرحبا — 😀";
        var result = Isql($"SELECT N'{text}' AS greeting, CAST(NULL AS int) AS nothing", tool: tool);
        Assert.True(result.ExitCode == 0, result.All);
        Assert.Equal(text + "|", Assert.Single(DataLines(result)));
    }

    [Fact]
    public void A_refused_grant_fails_the_connect_with_28000()
    {
        var result = Isql("SELECT 1", OdbcFixture.RefusedGrantDsn);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("[28000]", result.All);
        Assert.Contains("RefreshToken", result.All);
    }
}
