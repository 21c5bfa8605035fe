using System.Globalization;
using System.Text.Json;
using ZohoOdbc.Driver.Tests.Harness;

namespace ZohoOdbc.Driver.Tests;

/// <summary>Debian's python3-pyodbc (SQLDriverConnectW, W API, autocommit off) against the emulator.</summary>
[Collection("odbc")]
public sealed class PyodbcTests(OdbcFixture odbc)
{
    private JsonElement Run(string connectionString, string sql, string? parameters = null)
    {
        string[] arguments = parameters is null
            ? [RepoPaths.PyodbcClient, "query", connectionString, sql]
            : [RepoPaths.PyodbcClient, "query", connectionString, sql, parameters];
        var result = ProcessRunner.Run("/usr/bin/python3", arguments, null, odbc.Environment);
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
    public void Every_reported_type_NULLs_non_Latin_and_long_text_round_trip()
    {
        var longText = string.Concat(Enumerable.Repeat("Ünïcödé 日本語 😀 ", 700)); // 9,100 UTF-16 units
        var result = Run(odbc.ConnectionString(),
            "SELECT CAST(42 AS int) AS i, CAST(1234567890123 AS bigint) AS b, CAST(2.5 AS float) AS f, CAST(1 AS bit) AS t, " +
            "CAST('2026-01-15' AS date) AS d, CAST('2026-01-15 14:30:45' AS datetime) AS ts, CAST(1234.50 AS decimal(10,2)) AS m, " +
            $"N'Zoë Ñandú — 東京 — مرحبا' AS u, CAST(NULL AS int) AS n, N'{longText}' AS l, {{t '14:30:45'}} AS tm");
        Assert.False(result.TryGetProperty("error", out var err), err.ToString());
        var cells = result.GetProperty("rows")[0].EnumerateArray().ToArray();
        Assert.Equal(("int", 42), (cells[0].GetProperty("type").GetString(), cells[0].GetProperty("value").GetInt32()));
        Assert.Equal(1234567890123L, cells[1].GetProperty("value").GetInt64());
        Assert.Equal(("float", "2.5"), (cells[2].GetProperty("type").GetString(), cells[2].GetProperty("value").GetString()));
        Assert.Equal(("bool", true), (cells[3].GetProperty("type").GetString(), cells[3].GetProperty("value").GetBoolean()));
        Assert.Equal(("date", "2026-01-15"), (cells[4].GetProperty("type").GetString(), cells[4].GetProperty("value").GetString()));
        Assert.Equal(("datetime", "2026-01-15 14:30:45"), (cells[5].GetProperty("type").GetString(), cells[5].GetProperty("value").GetString()));
        Assert.Equal(("Decimal", "1234.50"), (cells[6].GetProperty("type").GetString(), cells[6].GetProperty("value").GetString()));
        Assert.Equal("Zoë Ñandú — 東京 — مرحبا", cells[7].GetProperty("value").GetString());
        Assert.Equal(JsonValueKind.Null, cells[8].ValueKind);
        Assert.Equal(longText, cells[9].GetProperty("value").GetString());
        Assert.Equal(("time", "14:30:45"), (cells[10].GetProperty("type").GetString(), cells[10].GetProperty("value").GetString()));
    }

    [Fact]
    public void Parameters_are_bound_as_typed_values()
    {
        var customer = ExpectedData.Dataset.Invoices.First().CustomerName;
        var expected = ExpectedData.Dataset.Invoices.Where(i => i.CustomerName == customer && i.Total > 100m)
            .OrderBy(i => i.InvoiceNumber, StringComparer.Ordinal).Select(i => i.InvoiceNumber).ToList();
        var result = Run(odbc.ConnectionString(),
            "SELECT invoice_number, CAST(? AS int) + 1 AS next FROM invoices WHERE customer_name = ? AND total > ? ORDER BY invoice_number",
            JsonSerializer.Serialize(new object[] { 41, customer, 100 }));
        Assert.False(result.TryGetProperty("error", out var err), err.ToString());
        var rows = result.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(expected, rows.Select(r => r[0].GetProperty("value").GetString()));
        Assert.All(rows, r => Assert.Equal(42, r[1].GetProperty("value").GetInt32()));
    }

    [Fact]
    public void Catalog_methods_answer_with_consistent_names_and_keys()
    {
        var result = ProcessRunner.Run("/usr/bin/python3", [RepoPaths.PyodbcClient, "catalog", odbc.ConnectionString()], null, odbc.Environment);
        var json = JsonDocument.Parse(result.StdOut.Trim()).RootElement;
        Assert.False(json.TryGetProperty("error", out var err), err.ToString());
        string? Cell(JsonElement row, int index) => row[index].ValueKind == JsonValueKind.Null ? null : row[index].GetProperty("value").GetString();
        Assert.Contains(json.GetProperty("tables").EnumerateArray(), r => Cell(r, 2) == "invoices" && Cell(r, 0) == "zoho" && Cell(r, 1) == "books");
        Assert.Contains(json.GetProperty("columns").EnumerateArray(), r => Cell(r, 3) == "total");
        Assert.Equal("invoice_id", Cell(json.GetProperty("primary_keys")[0], 3));
        Assert.Contains(json.GetProperty("foreign_keys").EnumerateArray(), r => Cell(r, 7) == "customer_id" && Cell(r, 2) == "contacts");
        Assert.Contains(json.GetProperty("statistics").EnumerateArray(), r => Cell(r, 8) == "invoice_id");
        Assert.Equal("invoice_id", Cell(json.GetProperty("row_id")[0], 1));
        Assert.Empty(json.GetProperty("procedures").EnumerateArray());
        Assert.Contains(json.GetProperty("type_info").EnumerateArray(), r => Cell(r, 0) == "nvarchar");
        Assert.Equal("zoho", json.GetProperty("database").GetString());
    }

    [Fact]
    public void A_refused_grant_is_28000()
    {
        var result = Run(odbc.ConnectionString(refreshToken: "1000.not-a-grant"), "SELECT 1");
        Assert.Equal("28000", result.GetProperty("error").GetProperty("sqlstate").GetString());
    }
}
