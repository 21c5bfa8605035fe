using ZohoOdbc.Core;
using ZohoOdbc.Core.Engine;
using ZohoOdbc.Core.Zoho.Entities;

namespace ZohoOdbc.Tests.Sql;

public class BindingTests
{
    [Fact]
    public void Unknown_table_is_42S02_with_a_suggestion()
    {
        var e = SqlTest.Error("SELECT * FROM invoice");
        Assert.Equal(SqlStates.TableNotFound, e.SqlState);
        Assert.Equal("Table 'invoice' does not exist. Did you mean 'invoices'?", e.Message);
    }

    [Theory]
    [InlineData("SELECT * FROM zoho.books.invoices")]
    [InlineData("SELECT * FROM ZOHO.BOOKS.INVOICES")]
    [InlineData("SELECT * FROM books.invoices")]
    [InlineData("SELECT * FROM [zoho].[books].[invoices] AS i")]
    [InlineData("SELECT zoho.books.invoices.total FROM zoho.books.invoices")]
    public void Tables_take_the_catalog_and_schema_as_qualifiers(string sql) => Assert.NotEmpty(SqlTest.Prepare(sql).Columns);

    [Theory]
    [InlineData("SELECT * FROM other.books.invoices")]
    [InlineData("SELECT * FROM zoho.invoice.invoices")]
    [InlineData("SELECT * FROM sales.invoices")]
    [InlineData("SELECT * FROM dbo.invoices")]
    [InlineData("SELECT * FROM srv.zoho.books.invoices")]
    public void Other_catalogs_and_schemas_are_42S02(string sql) => Assert.Equal(SqlStates.TableNotFound, SqlTest.Error(sql).SqlState);

    [Fact]
    public void Zoho_Invoice_has_its_own_schema_and_no_purchase_side()
    {
        Assert.NotEmpty(SqlTest.Prepare("SELECT * FROM zoho.invoice.invoices", ZohoProduct.Invoice).Columns);
        Assert.Equal(SqlStates.TableNotFound, SqlTest.Error("SELECT * FROM bills", ZohoProduct.Invoice).SqlState);
        Assert.Equal(SqlStates.TableNotFound, SqlTest.Error("SELECT * FROM bill_line_items", ZohoProduct.Invoice).SqlState);
    }

    [Fact]
    public void Unknown_column_is_42S22_naming_the_table_with_a_suggestion()
    {
        var e = SqlTest.Error("SELECT totl FROM invoices");
        Assert.Equal(SqlStates.ColumnNotFound, e.SqlState);
        Assert.Equal("Invalid column name 'totl' in table 'invoices'. Did you mean 'total'?", e.Message);
    }

    [Theory]
    [InlineData("SELECT total")]
    [InlineData("SELECT x.total FROM invoices i")]
    [InlineData("SELECT invoices.total FROM invoices i")]
    [InlineData("SELECT i.colour FROM invoices i")]
    public void Unknown_columns_and_qualifiers_are_42S22(string sql) => Assert.Equal(SqlStates.ColumnNotFound, SqlTest.Error(sql).SqlState);

    [Fact]
    public void A_name_two_tables_have_is_ambiguous_42000()
    {
        var e = SqlTest.Error("SELECT status FROM invoices i JOIN contacts c ON c.contact_id = i.customer_id");
        Assert.Equal(SqlStates.SyntaxError, e.SqlState);
        Assert.StartsWith("Ambiguous column name 'status'", e.Message);
    }

    [Fact]
    public void A_table_named_twice_needs_aliases() =>
        Assert.Equal(SqlStates.SyntaxError, SqlTest.Error("SELECT 1 FROM invoices JOIN invoices ON 1 = 1").SqlState);

    [Theory]
    [InlineData("SELECT status, total FROM invoices GROUP BY status", "Column 'invoices.total' is invalid in the select list because it is not contained in either an aggregate function or the GROUP BY clause.")]
    [InlineData("SELECT status FROM invoices WHERE SUM(total) > 0 GROUP BY status", "An aggregate (SUM) may not appear in the WHERE clause.")]
    [InlineData("SELECT SUM(COUNT(*)) FROM invoices", "An aggregate (COUNT) may not appear in an aggregate's argument.")]
    [InlineData("SELECT * FROM (SELECT total * 2 FROM invoices) x", "No column name was specified for column 1 of 'x'.")]
    [InlineData("SELECT 1 UNION SELECT 1, 2", "All queries combined using a UNION, INTERSECT or EXCEPT operator must have an equal number of expressions in their target lists (1 and 2).")]
    [InlineData("SELECT DISTINCT status FROM invoices ORDER BY total", "ORDER BY items must appear in the select list if SELECT DISTINCT is specified.")]
    [InlineData("SELECT total FROM invoices ORDER BY 3", "The ORDER BY position number 3 is out of range of the number of items in the select list.")]
    [InlineData("SELECT ROW_NUMBER() OVER (PARTITION BY status) FROM invoices", "The function 'ROW_NUMBER' must have an OVER clause with ORDER BY.")]
    [InlineData("SELECT total FROM invoices WHERE RANK() OVER (ORDER BY total) = 1", "The window function RANK may not appear in the WHERE clause.")]
    [InlineData("SELECT (SELECT invoice_id, total FROM invoices)", "Only one expression can be specified in the select list when the subquery is not introduced with EXISTS.")]
    public void Invalid_SQL_is_42000_with_SQL_Servers_message(string sql, string message)
    {
        var e = SqlTest.Error(sql);
        Assert.Equal(SqlStates.SyntaxError, e.SqlState);
        Assert.Equal(message, e.Message);
    }

    [Theory]
    [InlineData("SELECT * FROM (SELECT total FROM invoices ORDER BY total) x")]
    [InlineData("WITH x AS (SELECT total FROM invoices ORDER BY total) SELECT * FROM x")]
    [InlineData("SELECT 1 WHERE 1 IN (SELECT total FROM invoices ORDER BY total)")]
    public void ORDER_BY_without_TOP_in_a_subquery_is_42000(string sql)
    {
        var e = SqlTest.Error(sql);
        Assert.Equal(SqlStates.SyntaxError, e.SqlState);
        Assert.StartsWith("The ORDER BY clause is", e.Message);
    }

    [Theory]
    [InlineData("SELECT TOP 3 WITH TIES total FROM invoices", "The TOP N WITH TIES clause is not allowed without a corresponding ORDER BY clause.")]
    [InlineData("SELECT TOP 101 PERCENT total FROM invoices", "Percent values must be between 0 and 100.")]
    public void TOP_WITH_TIES_needs_ORDER_BY_and_PERCENT_at_most_100(string sql, string message)
    {
        var e = SqlTest.Error(sql);
        Assert.Equal(SqlStates.SyntaxError, e.SqlState);
        Assert.StartsWith(message, e.Message);
    }

    [Theory]
    [InlineData("SELECT total FROM invoices CROSS APPLY (SELECT 1 AS x) a", "CROSS APPLY is not supported yet.")]
    [InlineData("WITH r AS (SELECT 1 AS n UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT n FROM r", "Recursive common table expressions (r) is not supported yet.")]
    [InlineData("SELECT * FROM (SELECT TOP 10 PERCENT total FROM invoices) x", "TOP ... WITH TIES or PERCENT in a subquery, derived table, common table expression or set operation is not supported yet.")]
    [InlineData("SELECT DISTINCT TOP 3 WITH TIES total FROM invoices ORDER BY total", "TOP ... WITH TIES or PERCENT with DISTINCT is not supported yet.")]
    [InlineData("SELECT TOP (?) PERCENT total FROM invoices", "TOP (?) with WITH TIES or PERCENT is not supported yet.")]
    [InlineData("SELECT status, COUNT(*) FROM invoices GROUP BY ROLLUP(status) HAVING COUNT(*) > 1", "HAVING with ROLLUP, CUBE or GROUPING SETS is not supported yet.")]
    [InlineData("SELECT UPPER(status), COUNT(*) FROM invoices GROUP BY ROLLUP(status)",
        "The select-list item 1 (an expression over grouping columns other than the column itself) with ROLLUP, CUBE or GROUPING SETS is not supported yet.")]
    [InlineData("SELECT status FROM invoices GROUP BY CUBE(status, currency_code, customer_id, customer_name, date, due_date, total)", "CUBE of more than 6 expressions is not supported yet.")]
    [InlineData("SELECT CAST(status AS CHAR(10)) FROM invoices", "CAST to fixed-length char (it pads with spaces): use varchar is not supported yet.")]
    [InlineData("SELECT @x", "Variables (@x) is not supported yet.")]
    [InlineData("SELECT status FROM invoices EXCEPT ALL SELECT status FROM estimates", "EXCEPT ALL is not supported yet.")]
    [InlineData("SELECT total FROM invoices WHERE total > ALL (SELECT total FROM estimates)", "Comparisons with ALL (other than = ANY and <> ALL) is not supported yet.")]
    [InlineData("SELECT status FROM invoices FOR XML AUTO", "FOR XML/JSON is not supported yet.")]
    [InlineData("SELECT SOUNDEX(customer_name) FROM invoices", null)]
    public void Unsupported_constructs_are_0A000_naming_them(string sql, string? message)
    {
        var e = SqlTest.Error(sql);
        Assert.Equal(SqlStates.FeatureNotSupported, e.SqlState);
        if (message is not null) Assert.Equal(message, e.Message);
        else Assert.StartsWith("The function SOUNDEX is not supported.", e.Message);
    }

    [Fact]
    public void Select_star_shows_list_columns_and_hides_detail_only_ones()
    {
        var columns = SqlTest.Prepare("SELECT * FROM invoices").Columns;
        Assert.Equal(InvoicesEntity.Definition.Columns.Where(c => !c.IsDetailOnly).Select(c => c.Name), columns.Select(c => c.Name));
        Assert.All(columns, c => Assert.Equal("invoices", c.BaseTable));
        Assert.Equal("notes", SqlTest.Column("SELECT notes FROM invoices").Name);
    }

    [Theory]
    [InlineData("SELECT total FROM invoices", SqlDataType.Decimal, 18, 2, false)]
    [InlineData("SELECT total / 3 FROM invoices", SqlDataType.Decimal, 29, 13, false)]
    [InlineData("SELECT total * exchange_rate FROM invoices", SqlDataType.Decimal, 37, 8, true)]
    [InlineData("SELECT balance / total FROM invoices", SqlDataType.Decimal, 38, 20, false)]
    [InlineData("SELECT SUM(total) FROM invoices", SqlDataType.Decimal, 38, 2, true)]
    [InlineData("SELECT AVG(total) FROM invoices", SqlDataType.Decimal, 38, 6, true)]
    [InlineData("SELECT AVG(reminders_sent) FROM invoices", SqlDataType.Integer, 10, 0, true)]
    [InlineData("SELECT COUNT(*) FROM invoices", SqlDataType.Integer, 10, 0, false)]
    [InlineData("SELECT COUNT_BIG(*) FROM invoices", SqlDataType.BigInt, 19, 0, false)]
    [InlineData("SELECT ROW_NUMBER() OVER (ORDER BY date) FROM invoices", SqlDataType.BigInt, 19, 0, false)]
    [InlineData("SELECT 7 / 2", SqlDataType.Integer, 10, 0, false)]
    [InlineData("SELECT 7.0 / 2", SqlDataType.Decimal, 13, 12, false)]
    [InlineData("SELECT CAST(total AS VARCHAR) FROM invoices", SqlDataType.VarChar, 30, 0, false)]
    [InlineData("SELECT invoice_number + '-' + status FROM invoices", SqlDataType.VarChar, 133, 0, false)]
    [InlineData("SELECT COALESCE(last_payment_date, date) FROM invoices", SqlDataType.Date, 10, 0, false)]
    [InlineData("SELECT ISNULL(reference_number, 'x') FROM invoices", SqlDataType.VarChar, 255, 0, false)]
    [InlineData("SELECT CASE WHEN total > 0 THEN total ELSE 0 END FROM invoices", SqlDataType.Decimal, 18, 2, false)]
    [InlineData("SELECT DATEADD(day, 1, date) FROM invoices", SqlDataType.Date, 10, 0, false)]
    [InlineData("SELECT DATEDIFF(day, date, due_date) FROM invoices", SqlDataType.Integer, 10, 0, true)]
    [InlineData("SELECT c.contact_name FROM invoices i LEFT JOIN contacts c ON c.contact_id = i.customer_id", SqlDataType.VarChar, 255, 0, true)]
    [InlineData("SELECT (SELECT MAX(total) FROM invoices)", SqlDataType.Decimal, 18, 2, true)]
    public void Result_types_follow_SQL_Servers_rules(string sql, SqlDataType type, int size, short scale, bool nullable)
    {
        var column = SqlTest.Column(sql);
        Assert.Equal((type, size, scale, nullable), (column.Type, column.Size, column.Scale, column.Nullable));
    }

    [Fact]
    public void Unnamed_expressions_have_empty_names_and_aliases_name_columns()
    {
        var columns = SqlTest.Prepare("SELECT total, total * 2, total AS amount, 'x' [label] FROM invoices").Columns;
        Assert.Equal(["total", "", "amount", "label"], columns.Select(c => c.Name));
        Assert.Equal(("invoices", "total"), (columns[0].BaseTable, columns[0].BaseColumn));
        Assert.Null(columns[1].BaseTable);
    }

    [Theory]
    [InlineData("SELECT * FROM invoices WHERE total > ?", SqlDataType.Decimal, 18, 2)]
    [InlineData("SELECT * FROM invoices WHERE ? = customer_id", SqlDataType.VarChar, 32, 0)]
    [InlineData("SELECT * FROM invoices WHERE date BETWEEN ? AND '2025-12-31'", SqlDataType.Date, 10, 0)]
    [InlineData("SELECT * FROM invoices WHERE invoice_number LIKE ?", SqlDataType.VarChar, 8000, 0)]
    [InlineData("SELECT * FROM invoices WHERE status IN (?, 'paid')", SqlDataType.VarChar, 32, 0)]
    [InlineData("SELECT ?", SqlDataType.VarChar, 4000, 0)]
    [InlineData("SELECT TOP (?) * FROM invoices", SqlDataType.BigInt, 19, 0)]
    [InlineData("SELECT total + ? FROM invoices", SqlDataType.Decimal, 18, 2)]
    [InlineData("SELECT DATEADD(day, ?, date) FROM invoices", SqlDataType.Integer, 10, 0)]
    [InlineData("SELECT * FROM invoices WHERE last_modified_time >= ?", SqlDataType.Timestamp, 19, 0)]
    public void Parameter_types_are_inferred_from_where_they_stand(string sql, SqlDataType type, int size, short scale)
    {
        var parameter = Assert.Single(SqlTest.Prepare(sql).Parameters);
        Assert.Equal((0, type, size, scale, true), (parameter.Ordinal, parameter.Type, parameter.Size, parameter.Scale, parameter.Nullable));
    }

    [Fact]
    public void Bad_constants_compared_with_typed_columns_are_22007_and_22018()
    {
        Assert.Equal(SqlStates.InvalidDateTimeFormat, SqlTest.Error("SELECT total FROM invoices WHERE date >= '31/01/2024'").SqlState);
        Assert.Equal(SqlStates.DataTypeMismatch, SqlTest.Error("SELECT total FROM invoices WHERE total > 'lots'").SqlState);
        Assert.Equal(SqlStates.DataTypeMismatch, SqlTest.Error("SELECT date + 1 FROM invoices").SqlState);
    }

    [Fact]
    public void EXPLAIN_describes_its_plan_columns()
    {
        var columns = SqlTest.Prepare("EXPLAIN SELECT * FROM invoices").Columns;
        Assert.Equal(["table_name", "alias", "access", "endpoint", "api_parameters", "local_predicates", "detail_calls", "estimated_api_calls", "cache_served",
            "explain_api_calls", "notes"], columns.Select(c => c.Name));
    }
}
