using ZohoOdbc.Core;

namespace ZohoOdbc.Tests;

/// <summary>What conformance tools run first: SELECT without FROM, evaluated by the engine.</summary>
public class ExpressionEvaluationTests
{
    private static readonly Lazy<Session> Shared = new(() => TestSql.Open(new FakeZoho()));

    private static object? Eval(string expression) => TestSql.Scalar(Shared.Value, "SELECT " + expression);

    [Theory]
    [InlineData("1", 1L)]
    [InlineData("'a''b'", "a'b")]
    [InlineData("N'Grüße'", "Grüße")]
    [InlineData("7 / 2", 3L)]
    [InlineData("-7 % 3", -1L)]
    [InlineData("'a' + 'b'", "ab")]
    [InlineData("UPPER('café')", "CAFÉ")]
    [InlineData("LOWER('ÄBC')", "äbc")]
    [InlineData("LEN('abc  ')", 3L)]
    [InlineData("YEAR({d '2024-02-29'})", 2024L)]
    [InlineData("MONTH('2024-02-29')", 2L)]
    [InlineData("DAY({ts '2024-02-29 23:59:59'})", 29L)]
    [InlineData("ISNULL(NULL, 'x')", "x")]
    [InlineData("CAST(1 AS BIT)", true)]
    [InlineData("CAST('12' AS INT) + 1", 13L)]
    [InlineData("1e3 / 4", 250.0)]
    public void Constants_and_functions(string expression, object expected) => Assert.Equal(expected, Eval(expression));

    [Fact]
    public void Null_is_null() => Assert.Null(Eval("NULL"));

    [Theory]
    [InlineData("CAST(123.45 AS DECIMAL(10,2))", "123.45")]
    [InlineData("123.45", "123.45")]
    [InlineData("0.1 + 0.2", "0.3")]
    [InlineData("5.0 / 2", "2.500000")]
    [InlineData("CAST(5 AS DECIMAL(10,2)) / 2", "2.5")]
    [InlineData("ROUND(1.005, 2)", "1.010")]
    [InlineData("ROUND(1234.5678, -2)", "1200.0000")]
    [InlineData("ABS(-2.50)", "2.50")]
    [InlineData("CAST(2.675 AS DECIMAL(10,2))", "2.68")]
    [InlineData("COALESCE(NULL, 1.5, 2)", "1.5")]
    public void Decimals_are_exact(string expression, string expected)
    {
        var value = Assert.IsType<decimal>(Eval(expression));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("CAST(5 AS DECIMAL(10,2))", "5.00")]
    [InlineData("1.50 + 1", "2.50")]
    [InlineData("CAST(2 AS MONEY)", "2.0000")]
    public void Decimals_carry_their_scale(string expression, string expected) =>
        Assert.Equal(expected, Assert.IsType<decimal>(Eval(expression)).ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Dates_are_typed()
    {
        Assert.Equal(new DateOnly(2024, 1, 31), Eval("CAST('2024-01-31' AS DATE)"));
        Assert.Equal(new DateTime(2024, 1, 31, 17, 30, 0), Eval("CAST('2024-01-31 17:30' AS DATETIME)"));
        Assert.Equal(new DateOnly(2024, 1, 31), Eval("CAST({ts '2024-01-31 17:30:00'} AS DATE)"));
    }

    [Fact]
    public void Division_by_zero_is_22012()
    {
        var e = Assert.Throws<ZohoOdbcException>(() => Eval("1 / 0"));
        Assert.Equal(SqlStates.DivisionByZero, e.SqlState);
    }

    [Fact]
    public void Where_without_from_filters()
    {
        Assert.Empty(TestSql.Rows(Shared.Value, "SELECT 1 WHERE 1 = 0"));
        Assert.Single(TestSql.Rows(Shared.Value, "SELECT 1 WHERE 'a' LIKE 'A%'"));
    }

    [Fact]
    public void Bad_conversions_of_constants_are_SQL_Server_errors()
    {
        Assert.Equal(SqlStates.DataTypeMismatch, Assert.Throws<ZohoOdbcException>(() => Eval("CAST('abc' AS INT)")).SqlState);
        Assert.Equal(SqlStates.InvalidDateTimeFormat, Assert.Throws<ZohoOdbcException>(() => Eval("CAST('31.01.2024' AS DATE)")).SqlState);
        Assert.Equal(SqlStates.NumericOutOfRange, Assert.Throws<ZohoOdbcException>(() => Eval("CAST(1234.5 AS DECIMAL(4,2))")).SqlState);
    }
}
