using System.Globalization;
using ZohoOdbc.Driver.Tests.Harness;
using ZohoOdbc.Driver.Tests.Native;

namespace ZohoOdbc.Driver.Tests;

/// <summary>
/// A C-style application calling libodbc.so.2 in this very process: if the driver crashed on any
/// of these paths, the test host would die with it.
/// </summary>
[Collection("odbc")]
public sealed class PInvokeClientTests(OdbcFixture odbc)
{
    [Fact]
    public void Top5_with_chunked_SQLGetData_and_rowcount_minus_one()
    {
        using var client = new OdbcClient(odbc.ConnectionString());
        var result = client.Query("SELECT TOP 5 invoice_number, customer_name, total FROM invoices ORDER BY total DESC");

        Assert.Equal(["invoice_number", "customer_name", "total"], result.Columns.Select(c => c.Name));
        Assert.Equal(3, result.Columns[2].SqlType); // SQL_DECIMAL
        Assert.Equal(2, result.Columns[2].DecimalDigits);
        var expected = ExpectedData.Top5ByTotal();
        Assert.Equal(expected.Select(e => new[] { e.Number, e.Customer, e.Total.ToString("0.00", CultureInfo.InvariantCulture) }),
            result.Rows);
        Assert.Equal(-1, result.RowCount);
    }

    [Fact]
    public void Prepare_then_execute_and_where_filters()
    {
        var customer = ExpectedData.Dataset.Invoices.First().CustomerName;
        var expected = ExpectedData.Dataset.Invoices.Where(i => i.CustomerName == customer)
            .OrderBy(i => i.InvoiceNumber, StringComparer.Ordinal).Select(i => i.InvoiceNumber).ToList();

        using var client = new OdbcClient(odbc.ConnectionString());
        var result = client.Query(
            $"SELECT invoice_number FROM invoices WHERE customer_name = '{customer.Replace("'", "''")}' ORDER BY invoice_number",
            prepare: true);
        Assert.Equal(expected, result.Rows.Select(r => r[0]));
    }

    [Fact]
    public void Errors_leave_the_connection_usable()
    {
        using var client = new OdbcClient(odbc.ConnectionString());
        var cases = new[]
        {
            ("SELECT invoice_number FROM invoices WHERE", "42000"),
            ("SELECT * FROM bills_of_nobody", "42S02"),
            ("SELECT invoice_numbr FROM invoices", "42S22"),
        };
        foreach (var (sql, state) in cases)
        {
            var ex = Assert.Throws<OdbcCallException>(() => client.Query(sql));
            Assert.Equal(state, ex.SqlState);
            Assert.StartsWith("[", ex.DiagnosticMessage);
        }
        Assert.Single(client.Query("SELECT TOP 1 contact_name FROM contacts ORDER BY contact_name").Rows);
    }

    [Fact]
    public void A_refused_grant_fails_the_connect_with_28000()
    {
        var ex = Assert.Throws<OdbcCallException>(() => new OdbcClient(odbc.ConnectionString(refreshToken: "1000.revoked")));
        Assert.Equal("28000", ex.SqlState);
    }

    [Fact]
    public void Catalog_lists_the_virtual_tables_and_their_typed_columns()
    {
        using var client = new OdbcClient(odbc.ConnectionString());
        var tables = client.Tables(null).Rows.Select(r => r[2]).ToList();
        Assert.Contains("invoices", tables);
        Assert.Contains("contacts", tables);

        var columns = client.Columns("invoices");
        Assert.Equal(18, columns.Columns.Count);
        var byName = columns.Rows.ToDictionary(r => r[3]!, r => r);
        Assert.Equal("3", byName["total"][4]);   // DATA_TYPE SQL_DECIMAL
        Assert.Equal("91", byName["date"][4]);   // SQL_TYPE_DATE
        Assert.Equal("93", byName["created_time"][4]); // SQL_TYPE_TIMESTAMP
    }
}
