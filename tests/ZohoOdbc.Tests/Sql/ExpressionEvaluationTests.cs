using System.Globalization;
using ZohoOdbc.Core;

namespace ZohoOdbc.Tests.Sql;

/// <summary>What conformance tools run first: SELECT without FROM, evaluated by the engine with SQL Server's semantics.</summary>
public class ExpressionEvaluationTests
{
    private static readonly Lazy<Session> Shared = new(() => TestSql.Open(new FakeZoho()));

    private static object? Eval(string expression) => TestSql.Scalar(Shared.Value, "SELECT " + expression);

    private static ZohoOdbcException Fails(string expression) => Assert.Throws<ZohoOdbcException>(() => Eval(expression));

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
    [InlineData("CASE WHEN 'abc' = 'ABC  ' THEN 'equal' ELSE 'different' END", "equal")]
    [InlineData("CASE WHEN N'école' = N'ÉCOLE' THEN 'equal' ELSE 'different' END", "equal")]
    [InlineData("CASE WHEN 'b' > 'A' THEN 'yes' ELSE 'no' END", "yes")]
    [InlineData("CASE WHEN 'Äpfel' LIKE 'ä%' THEN 'yes' ELSE 'no' END", "yes")]
    [InlineData("CASE WHEN 'a_c' LIKE 'a[_]c' AND 'abc' LIKE '[a-c]b[^x]' THEN 'yes' ELSE 'no' END", "yes")]
    [InlineData("REPLACE('Hello World', 'WORLD', 'there')", "Hello there")]
    [InlineData("CHARINDEX('O', 'hello')", 5L)]
    [InlineData("CONCAT('a', NULL, 1.50, 2)", "a1.502")]
    [InlineData("'a' + NULL", null)]
    [InlineData("CAST(12.5 AS VARCHAR(10))", "12.5")]
    [InlineData("CAST(CAST(12.5 AS DECIMAL(10,3)) AS VARCHAR(10))", "12.500")]
    [InlineData("CAST(1.5E6 AS VARCHAR(20))", "1.5e+006")]
    [InlineData("CONVERT(VARCHAR(30), {ts '2024-01-05 14:07:00'}, 100)", "Jan  5 2024  2:07PM")]
    [InlineData("DATENAME(month, '2024-03-01')", "March")]
    [InlineData("DATEADD(month, 1, '2024-01-31')", "2024-02-29 00:00:00")]
    public void Constants_and_functions(string expression, object? expected)
    {
        var value = Eval(expression);
        Assert.Equal(expected, value is DateTime t ? t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : value);
    }

    [Fact]
    public void Null_is_null() => Assert.Null(Eval("NULL"));

    [Theory]
    [InlineData("CAST(123.45 AS DECIMAL(10,2))", "123.45")]
    [InlineData("123.45", "123.45")]
    [InlineData("0.1 + 0.2", "0.3")]
    [InlineData("5.0 / 2", "2.5")]
    [InlineData("CAST(5 AS DECIMAL(10,2)) / 2", "2.5")]
    [InlineData("2.0 / 3", "0.666666666666")]
    [InlineData("1.67574 / 10000", "0.000167574")]
    [InlineData("CAST(1.67574 AS DECIMAL(38,10)) / CAST(10000 AS DECIMAL(38,10))", "0.000167")]
    [InlineData("ROUND(1.005, 2)", "1.010")]
    [InlineData("ROUND(1234.5678, -2)", "1200.0000")]
    [InlineData("ROUND(2.5, 0, 1)", "2.0")]
    [InlineData("ABS(-2.50)", "2.50")]
    [InlineData("CAST(2.675 AS DECIMAL(10,2))", "2.68")]
    [InlineData("COALESCE(NULL, 1.5, 2)", "1.5")]
    [InlineData("CEILING(-1.5)", "-1")]
    [InlineData("FLOOR(-1.5)", "-2")]
    [InlineData("5.5 % 2", "1.5")]
    public void Decimals_are_exact(string expression, string expected)
    {
        var value = Assert.IsType<decimal>(Eval(expression));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("CAST(5 AS DECIMAL(10,2))", "5.00")]
    [InlineData("1.50 + 1", "2.50")]
    [InlineData("CAST(2 AS MONEY)", "2.0000")]
    [InlineData("5.0 / 2", "2.500000000000")]
    public void Decimals_carry_their_scale(string expression, string expected) =>
        Assert.Equal(expected, Assert.IsType<decimal>(Eval(expression)).ToString(CultureInfo.InvariantCulture));

    [Fact]
    public void Dates_are_typed()
    {
        Assert.Equal(new DateOnly(2024, 1, 31), Eval("CAST('2024-01-31' AS DATE)"));
        Assert.Equal(new DateTime(2024, 1, 31, 17, 30, 0), Eval("CAST('2024-01-31 17:30' AS DATETIME)"));
        Assert.Equal(new DateOnly(2024, 1, 31), Eval("CAST({ts '2024-01-31 17:30:00'} AS DATE)"));
        Assert.Equal(new DateOnly(2024, 2, 29), Eval("EOMONTH('2024-02-10')"));
    }

    [Theory]
    [InlineData("1 / 0", SqlStates.DivisionByZero)]
    [InlineData("1.0 / 0", SqlStates.DivisionByZero)]
    [InlineData("5 % 0", SqlStates.DivisionByZero)]
    [InlineData("CAST('abc' AS INT)", SqlStates.DataTypeMismatch)]
    [InlineData("CAST('1.5' AS INT)", SqlStates.DataTypeMismatch)]
    [InlineData("CAST(N'x' + 'y' AS INT)", SqlStates.DataTypeMismatch)]
    [InlineData("CAST('31.01.2024' AS DATE)", SqlStates.InvalidDateTimeFormat)]
    [InlineData("CAST(1234.5 AS DECIMAL(4,2))", SqlStates.NumericOutOfRange)]
    [InlineData("CAST(3000000000 AS INT)", SqlStates.NumericOutOfRange)]
    [InlineData("LEFT('abc', -1)", "22023")]
    [InlineData("(SELECT x FROM (VALUES (1), (2)) v(x))", "21000")]
    [InlineData("CONVERT(DATE, '31/02/2024', 103)", SqlStates.InvalidDateTimeFormat)]
    public void Run_time_errors_are_SQL_Servers(string expression, string sqlState) => Assert.Equal(sqlState, Fails(expression).SqlState);

    [Theory]
    [InlineData("TRY_CAST('abc' AS INT)")]
    [InlineData("TRY_CONVERT(DATE, 'nonsense')")]
    [InlineData("TRY_CAST(1234.5 AS DECIMAL(4,2))")]
    public void TRY_conversions_give_NULL(string expression) => Assert.Null(Eval(expression));

    [Fact]
    public void Where_without_from_filters()
    {
        Assert.Empty(TestSql.Rows(Shared.Value, "SELECT 1 WHERE 1 = 0"));
        Assert.Single(TestSql.Rows(Shared.Value, "SELECT 1 WHERE 'a' LIKE 'A%'"));
    }

    [Fact]
    public void Values_tables_joins_and_set_operations_run_without_any_call()
    {
        var rows = TestSql.Rows(Shared.Value,
            "WITH n AS (SELECT x FROM (VALUES (1), (2), (3)) v(x)) SELECT a.x, b.x FROM n a JOIN n b ON b.x = a.x + 1 UNION SELECT 9, 9 ORDER BY 1");
        Assert.Equal([[1L, 2L], [2L, 3L], [9L, 9L]], rows);
    }
}
