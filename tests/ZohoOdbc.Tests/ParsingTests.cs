using ZohoOdbc.Core;

namespace ZohoOdbc.Tests;

public class ParsingTests
{
    [Fact]
    public void Syntax_error_is_42000_with_the_parser_message_and_position()
    {
        var e = TestSql.Error("SELECT * FORM invoices");
        Assert.Equal(SqlStates.SyntaxError, e.SqlState);
        Assert.Equal("Incorrect syntax near FORM. (line 1, column 10)", e.Message);
    }

    [Fact]
    public void Syntax_error_on_a_later_line_reports_that_line()
    {
        var e = TestSql.Error("SELECT invoice_id\nFROM invoices\nWHERE total >");
        Assert.Equal(SqlStates.SyntaxError, e.SqlState);
        Assert.Contains("(line 3,", e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_text_is_42000(string sql) => Assert.Equal(SqlStates.SyntaxError, TestSql.Error(sql).SqlState);

    [Theory]
    [InlineData("INSERT INTO invoices (invoice_id) VALUES ('1')", "INSERT is not supported: ZohoOdbc is read-only.")]
    [InlineData("UPDATE invoices SET total = 0", "UPDATE is not supported: ZohoOdbc is read-only.")]
    [InlineData("DELETE FROM invoices", "DELETE is not supported: ZohoOdbc is read-only.")]
    [InlineData("CREATE TABLE t (a int)", "CREATE TABLE is not supported: ZohoOdbc is read-only.")]
    [InlineData("DECLARE @x int", "DECLARE is not supported: ZohoOdbc runs SELECT statements only.")]
    [InlineData("SELECT * INTO copy FROM invoices", "SELECT ... INTO is not supported: ZohoOdbc is read-only.")]
    [InlineData("SET NOCOUNT ON", "SET is not supported: ZohoOdbc runs SELECT statements only.")]
    [InlineData("EXEC sp_who", "EXECUTE is not supported: ZohoOdbc runs SELECT statements only.")]
    public void Statements_other_than_SELECT_are_0A000_naming_the_kind(string sql, string message)
    {
        var e = TestSql.Error(sql);
        Assert.Equal(SqlStates.FeatureNotSupported, e.SqlState);
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Two_statements_are_0A000()
    {
        var e = TestSql.Error("SELECT 1; SELECT 2");
        Assert.Equal(SqlStates.FeatureNotSupported, e.SqlState);
        Assert.Contains("2 statements", e.Message);
    }
}
