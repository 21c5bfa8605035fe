using ZohoOdbc.Core;
using ZohoOdbc.Core.Sql;

namespace ZohoOdbc.Tests.Sql;

public class StatementTextTests
{
    [Fact]
    public void Markers_become_numbered_variables_outside_literals_identifiers_and_comments()
    {
        var text = StatementText.Read("SELECT '?', [a?], \"b?\", ? -- ?\n FROM t /* ? /* ? */ */ WHERE x = ? AND y LIKE N'?%'");
        Assert.Equal(2, text.ParameterCount);
        Assert.Equal("SELECT '?', [a?], \"b?\", @__p1 -- ?\n FROM t /* ? /* ? */ */ WHERE x = @__p2 AND y LIKE N'?%'", text.Rewritten);
    }

    [Fact]
    public void Escaped_quotes_do_not_end_a_literal()
    {
        var text = StatementText.Read("SELECT 'it''s ?', ?");
        Assert.Equal(1, text.ParameterCount);
        Assert.EndsWith("@__p1", text.Rewritten, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SELECT * FROM invoices LIMIT 10", 10L, null)]
    [InlineData("SELECT * FROM invoices LIMIT 10 OFFSET 5;", 10L, 5L)]
    [InlineData("select * from invoices limit 3 -- note", 3L, null)]
    public void A_trailing_LIMIT_is_taken_off_the_text(string sql, long limit, long? offset)
    {
        var text = StatementText.Read(sql);
        Assert.Equal(limit, text.Limit);
        Assert.Equal(offset, text.Offset);
        Assert.DoesNotContain("LIMIT", text.Rewritten, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("SELECT * FROM (SELECT * FROM invoices LIMIT 5) x")]
    [InlineData("SELECT 'LIMIT 5' FROM invoices")]
    [InlineData("SELECT [limit] FROM invoices")]
    public void LIMIT_elsewhere_is_left_alone(string sql) => Assert.Null(StatementText.Read(sql).Limit);

    [Fact]
    public void EXPLAIN_is_recognized_and_blanked_keeping_positions()
    {
        var text = StatementText.Read("  explain SELECT 1");
        Assert.True(text.IsExplain);
        Assert.Equal("          SELECT 1", text.Rewritten);
    }

    [Fact]
    public void The_reserved_marker_name_cannot_be_written()
    {
        var e = Assert.Throws<ZohoOdbcException>(() => StatementText.Read("SELECT @__p1"));
        Assert.Equal(SqlStates.FeatureNotSupported, e.SqlState);
    }

    [Fact]
    public void Syntax_errors_point_at_the_users_text_even_after_markers()
    {
        var e = SqlTest.Error("SELECT ?, ?, * FORM invoices");
        Assert.Equal(SqlStates.SyntaxError, e.SqlState);
        Assert.Equal("Incorrect syntax near FORM. (line 1, column 16)", e.Message);
    }

    [Fact]
    public void Syntax_error_on_a_later_line_reports_that_line()
    {
        var e = SqlTest.Error("SELECT invoice_id\nFROM invoices\nWHERE total >");
        Assert.Equal(SqlStates.SyntaxError, e.SqlState);
        Assert.Contains("(line 3,", e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_text_is_42000(string sql) => Assert.Equal(SqlStates.SyntaxError, SqlTest.Error(sql).SqlState);

    [Theory]
    [InlineData("INSERT INTO invoices (invoice_id) VALUES ('1')", "INSERT is not supported: ZohoOdbc is read-only.")]
    [InlineData("UPDATE invoices SET total = 0", "UPDATE is not supported: ZohoOdbc is read-only.")]
    [InlineData("DELETE FROM invoices", "DELETE is not supported: ZohoOdbc is read-only.")]
    [InlineData("CREATE TABLE t (a int)", "CREATE TABLE is not supported: ZohoOdbc is read-only.")]
    [InlineData("DECLARE @x int", "DECLARE is not supported: ZohoOdbc runs SELECT statements and the stored procedures it lists.")]
    [InlineData("SELECT * INTO copy FROM invoices", "SELECT ... INTO is not supported: ZohoOdbc is read-only.")]
    [InlineData("SET NOCOUNT ON", "SET is not supported: ZohoOdbc runs SELECT statements and the stored procedures it lists.")]
    public void Statements_other_than_SELECT_are_0A000_naming_the_kind(string sql, string message)
    {
        var e = SqlTest.Error(sql);
        Assert.Equal(SqlStates.FeatureNotSupported, e.SqlState);
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Two_statements_are_0A000()
    {
        var e = SqlTest.Error("SELECT 1; SELECT 2");
        Assert.Equal(SqlStates.FeatureNotSupported, e.SqlState);
        Assert.Contains("2 statements", e.Message);
    }

    [Theory]
    [InlineData("EXEC sp_who")]
    [InlineData("{CALL sp_who}")]
    public void Unknown_procedures_are_42000_listing_ours(string sql)
    {
        var e = SqlTest.Error(sql);
        Assert.Equal(SqlStates.SyntaxError, e.SqlState);
        Assert.Equal("Could not find stored procedure 'sp_who'. ZohoOdbc's procedures: GetOAuthAuthorizationUrl, GetOAuthAccessToken.", e.Message);
    }
}
