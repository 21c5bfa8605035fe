using System.Globalization;
using System.Text.Json;
using ZohoOdbc.Driver.Tests.Harness;

namespace ZohoOdbc.Driver.Tests;

/// <summary>Debian's python3-pyodbc (SQLDriverConnectW, W API, autocommit off) against the emulator.</summary>
[Collection("odbc")]
public sealed class PyodbcTests(OdbcFixture odbc)
{
    private JsonElement Run(string connectionString, string sql)
    {
        var result = ProcessRunner.Run("/usr/bin/python3", [RepoPaths.PyodbcClient, "query", connectionString, sql], null, odbc.Environment);
        var json = result.StdOut.Trim();
        Assert.True(json.StartsWith('{'), $"pyodbc client crashed or printed no JSON:\n{result.All}");
        return JsonDocument.Parse(json).RootElement;
    }

    [Fact]
    public void Top5_through_a_dsn_gives_exact_decimals()
    {
        var result = Run($"DSN={OdbcFixture.Dsn}",
            "SELECT TOP 5 invoice_number, customer_name, total FROM invoices ORDER BY total DESC");
        Assert.False(result.TryGetProperty("error", out var err), err.ToString());

        var expected = ExpectedData.Top5ByTotal();
        var rows = result.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(expected.Count, rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            var cells = rows[i].EnumerateArray().ToArray();
            Assert.Equal(expected[i].Number, cells[0].GetProperty("value").GetString());
            Assert.Equal(expected[i].Customer, cells[1].GetProperty("value").GetString());
            Assert.Equal("Decimal", cells[2].GetProperty("type").GetString());
            Assert.Equal(expected[i].Total, decimal.Parse(cells[2].GetProperty("value").GetString()!, CultureInfo.InvariantCulture));
        }
        Assert.Equal(-1, result.GetProperty("rowcount").GetInt32());
    }

    [Fact]
    public void Dates_timestamps_and_booleans_arrive_typed()
    {
        var result = Run(odbc.ConnectionString(),
            "SELECT TOP 3 invoice_number, date, created_time, is_emailed FROM invoices ORDER BY invoice_number");
        Assert.False(result.TryGetProperty("error", out var err), err.ToString());
        var first = result.GetProperty("rows")[0].EnumerateArray().ToArray();
        var invoice = ExpectedData.Dataset.Invoices.OrderBy(i => i.InvoiceNumber, StringComparer.Ordinal).First();

        Assert.Equal(invoice.InvoiceNumber, first[0].GetProperty("value").GetString());
        Assert.Equal("date", first[1].GetProperty("type").GetString());
        Assert.Equal(invoice.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), first[1].GetProperty("value").GetString());
        Assert.Equal("datetime", first[2].GetProperty("type").GetString());
        Assert.Equal("bool", first[3].GetProperty("type").GetString());
        Assert.Equal(invoice.IsEmailed, first[3].GetProperty("value").GetBoolean());
    }

    [Theory]
    [InlineData("SELECT FROM WHERE", "42000")]
    [InlineData("SELECT * FROM invoicez", "42S02")]
    [InlineData("SELECT totl FROM invoices", "42S22")]
    public void Errors_reach_python_as_exceptions_with_sqlstate(string sql, string sqlState)
    {
        var result = Run(odbc.ConnectionString(), sql);
        Assert.Equal(sqlState, result.GetProperty("error").GetProperty("sqlstate").GetString());
    }

    [Fact]
    public void A_refused_grant_is_28000()
    {
        var result = Run(odbc.ConnectionString(refreshToken: "1000.not-a-grant"), "SELECT 1");
        Assert.Equal("28000", result.GetProperty("error").GetProperty("sqlstate").GetString());
    }
}
