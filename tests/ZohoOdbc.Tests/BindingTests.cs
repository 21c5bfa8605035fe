using ZohoOdbc.Core;
using ZohoOdbc.Core.Engine;
using ZohoOdbc.Core.Sql;

namespace ZohoOdbc.Tests;

public class BindingTests
{
    [Fact]
    public void Unknown_table_is_42S02_listing_the_tables()
    {
        var e = TestSql.Error("SELECT * FROM bills");
        Assert.Equal(SqlStates.TableNotFound, e.SqlState);
        Assert.Equal("Table 'bills' does not exist. Tables: contacts, invoices.", e.Message);
    }

    [Fact]
    public void Misspelt_table_gets_a_suggestion()
    {
        var e = TestSql.Error("SELECT * FROM invoice");
        Assert.Equal("Table 'invoice' does not exist. Tables: contacts, invoices. Did you mean 'invoices'?", e.Message);
    }

    [Fact]
    public void Unknown_column_is_42S22_naming_the_table_with_a_suggestion()
    {
        var e = TestSql.Error("SELECT totl FROM invoices");
        Assert.Equal(SqlStates.ColumnNotFound, e.SqlState);
        Assert.Equal("Column 'totl' does not exist in table 'invoices'. Did you mean 'total'?", e.Message);
    }

    [Fact]
    public void Unknown_column_without_a_close_name_has_no_suggestion()
    {
        var e = TestSql.Error("SELECT invoice_id FROM invoices WHERE colour = 'red'");
        Assert.Equal("Column 'colour' does not exist in table 'invoices'.", e.Message);
    }

    [Fact]
    public void Column_without_FROM_is_42S22() => Assert.Equal(SqlStates.ColumnNotFound, TestSql.Error("SELECT total").SqlState);

    [Fact]
    public void Wrong_qualifier_is_42S22()
    {
        var e = TestSql.Error("SELECT x.total FROM invoices i");
        Assert.Equal(SqlStates.ColumnNotFound, e.SqlState);
        Assert.Contains("'x' is not the table or alias", e.Message);
    }

    [Fact]
    public void Identifiers_are_case_insensitive_bracketed_and_quoted()
    {
        var query = TestSql.Bind("SELECT [Total], \"CUSTOMER_NAME\", I.Invoice_Number, dbo.Invoices.status FROM dbo.[INVOICES] AS i");
        Assert.Equal(["total", "customer_name", "invoice_number", "status"], query.SelectItems.Select(s => s.Name));
        Assert.Equal("invoices", query.Table!.Name);
    }

    [Theory]
    [InlineData("SELECT COUNT(*) FROM invoices", "The aggregate function COUNT is not supported yet.")]
    [InlineData("SELECT status FROM invoices GROUP BY status", "GROUP BY is not supported yet.")]
    [InlineData("SELECT DISTINCT status FROM invoices", "SELECT DISTINCT is not supported yet.")]
    [InlineData("SELECT i.total FROM invoices i JOIN contacts c ON c.contact_id = i.customer_id", "JOIN is not supported yet.")]
    [InlineData("SELECT total FROM invoices, contacts", "Joins (several tables in FROM) is not supported yet.")]
    [InlineData("SELECT total FROM invoices WHERE customer_id IN (SELECT contact_id FROM contacts)", "Subqueries (IN (SELECT ...)) is not supported yet.")]
    [InlineData("SELECT (SELECT 1) FROM invoices", "Subqueries is not supported yet.")]
    [InlineData("SELECT * FROM (SELECT * FROM invoices) x", "Subqueries in FROM is not supported yet.")]
    [InlineData("SELECT 1 UNION SELECT 2", "UNION is not supported yet.")]
    [InlineData("SELECT CASE WHEN total > 0 THEN 1 END FROM invoices", "CASE is not supported yet.")]
    [InlineData("SELECT TOP 10 PERCENT total FROM invoices", "TOP ... PERCENT is not supported yet.")]
    [InlineData("WITH x AS (SELECT 1 AS a) SELECT a FROM x", "WITH (common table expressions) is not supported yet.")]
    [InlineData("SELECT total FROM invoices WHERE EXISTS (SELECT 1)", "EXISTS is not supported yet.")]
    [InlineData("SELECT SOUNDEX(customer_name) FROM invoices", "The function SOUNDEX is not supported yet. Supported functions: UPPER, LOWER, LEN, ISNULL, COALESCE, ABS, ROUND, YEAR, MONTH, DAY.")]
    [InlineData("SELECT total FROM invoices WHERE customer_name LIKE '[AB]%'", "LIKE patterns with [...] character sets is not supported yet.")]
    [InlineData("SELECT date + 1 FROM invoices", "Date arithmetic (date + int) is not supported yet.")]
    [InlineData("SELECT @x", "Variables (@x) is not supported yet.")]
    public void Unsupported_constructs_are_0A000_naming_them(string sql, string message)
    {
        var e = TestSql.Error(sql);
        Assert.Equal(SqlStates.FeatureNotSupported, e.SqlState);
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Select_star_expands_to_the_catalog_columns_in_order()
    {
        var query = TestSql.Bind("SELECT * FROM contacts");
        Assert.Equal(Core.Zoho.Entities.ContactsEntity.Definition.Columns.Select(c => c.Name), query.SelectItems.Select(i => i.Name));
        Assert.All(query.ResultColumns, c => Assert.Equal("contacts", c.BaseTable));
    }

    [Fact]
    public void Order_by_resolves_aliases_and_positions()
    {
        var query = TestSql.Bind("SELECT total AS amount, customer_name FROM invoices ORDER BY amount DESC, 2, date");
        Assert.Equal(new BoundOrderItem(null, 0, true), query.OrderBy[0]);
        Assert.Equal(new BoundOrderItem(null, 1, false), query.OrderBy[1]);
        Assert.IsType<BoundColumn>(query.OrderBy[2].Expression);
    }

    [Fact]
    public void Order_by_position_out_of_range_is_42000() =>
        Assert.Equal(SqlStates.SyntaxError, TestSql.Error("SELECT total FROM invoices ORDER BY 3").SqlState);

    [Fact]
    public void Bad_date_string_compared_with_a_date_is_22007()
    {
        var e = TestSql.Error("SELECT total FROM invoices WHERE date >= '31/01/2024'");
        Assert.Equal(SqlStates.InvalidDateTimeFormat, e.SqlState);
    }

    [Fact]
    public void Non_numeric_string_compared_with_an_amount_is_22018() =>
        Assert.Equal(SqlStates.DataTypeMismatch, TestSql.Error("SELECT total FROM invoices WHERE total > 'lots'").SqlState);

    [Fact]
    public void Same_query_binds_for_Zoho_Invoice()
    {
        var query = TestSql.Bind("SELECT contact_name FROM contacts", ZohoProduct.Invoice);
        Assert.Equal(SqlDataType.VarChar, query.ResultColumns[0].Type);
    }
}
