using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Tests;

public class TypeInferenceTests
{
    private static ResultColumn Column(string expression, string from = " FROM invoices") =>
        Assert.Single(TestSql.Bind($"SELECT {expression}{from}").ResultColumns);

    [Fact]
    public void Catalog_columns_carry_their_types_and_base_names()
    {
        Assert.Equal(new ResultColumn("total", SqlDataType.Decimal, 18, 2, false, "invoices", "total"), Column("total"));
        Assert.Equal(new ResultColumn("exchange_rate", SqlDataType.Decimal, 18, 6, true, "invoices", "exchange_rate"), Column("exchange_rate"));
        Assert.Equal(new ResultColumn("invoice_id", SqlDataType.VarChar, 32, 0, false, "invoices", "invoice_id"), Column("invoice_id"));
        Assert.Equal(new ResultColumn("due_date", SqlDataType.Date, 10, 0, true, "invoices", "due_date"), Column("due_date"));
        Assert.Equal(new ResultColumn("created_time", SqlDataType.Timestamp, 19, 0, false, "invoices", "created_time"), Column("created_time"));
        Assert.Equal(new ResultColumn("is_emailed", SqlDataType.Bit, 1, 0, true, "invoices", "is_emailed"), Column("is_emailed"));
        Assert.Equal(new ResultColumn("reminders_sent", SqlDataType.Integer, 10, 0, true, "invoices", "reminders_sent"), Column("reminders_sent"));
    }

    [Fact]
    public void Aliases_name_columns_and_unnamed_expressions_are_empty()
    {
        Assert.Equal("Amount", Column("total AS Amount").Name);
        Assert.Equal("two", Column("2 'two'", "").Name);
        Assert.Equal("x", Column("x = 1", "").Name);
        Assert.Equal("", Column("total * 2").Name);
        Assert.Null(Column("total * 2").BaseColumn);
    }

    [Theory]
    [InlineData("1", SqlDataType.Integer, 10, 0, false)]
    [InlineData("3000000000", SqlDataType.Decimal, 10, 0, false)]
    [InlineData("1.5", SqlDataType.Decimal, 2, 1, false)]
    [InlineData("123.45", SqlDataType.Decimal, 5, 2, false)]
    [InlineData("0.125", SqlDataType.Decimal, 3, 3, false)]
    [InlineData("1e3", SqlDataType.Double, 15, 0, false)]
    [InlineData("'abc'", SqlDataType.VarChar, 3, 0, false)]
    [InlineData("''", SqlDataType.VarChar, 1, 0, false)]
    [InlineData("NULL", SqlDataType.Integer, 10, 0, true)]
    [InlineData("{d '2024-01-31'}", SqlDataType.Date, 10, 0, false)]
    [InlineData("{ts '2024-01-31 10:00:00'}", SqlDataType.Timestamp, 19, 0, false)]
    [InlineData("CAST(123.45 AS DECIMAL(10,2))", SqlDataType.Decimal, 10, 2, false)]
    [InlineData("CAST(1 AS VARCHAR)", SqlDataType.VarChar, 30, 0, false)]
    [InlineData("CONVERT(NVARCHAR(12), 'x')", SqlDataType.VarChar, 12, 0, false)]
    [InlineData("CAST('2024-01-31' AS DATETIME)", SqlDataType.Timestamp, 19, 0, false)]
    [InlineData("CAST(1 AS FLOAT)", SqlDataType.Double, 15, 0, false)]
    [InlineData("CAST(1 AS BIT)", SqlDataType.Bit, 1, 0, false)]
    [InlineData("1 + 2", SqlDataType.Integer, 10, 0, false)]
    [InlineData("7 / 2", SqlDataType.Integer, 10, 0, false)]
    [InlineData("'a' + 'bc'", SqlDataType.VarChar, 3, 0, false)]
    [InlineData("1.5 * 2", SqlDataType.Decimal, 13, 1, false)]
    [InlineData("COALESCE(NULL, 1.5, 2)", SqlDataType.Decimal, 11, 1, false)]
    public void Constants_and_expressions_without_FROM(string expression, SqlDataType type, int size, short scale, bool nullable)
    {
        var column = Column(expression, "");
        Assert.Equal((type, size, scale, nullable), (column.Type, column.Size, column.Scale, column.Nullable));
    }

    [Theory]
    [InlineData("total + balance", SqlDataType.Decimal, 19, 2, false)]
    [InlineData("total * exchange_rate", SqlDataType.Decimal, 37, 8, true)]
    [InlineData("total / 3", SqlDataType.Decimal, 29, 13, false)]
    [InlineData("total * 2", SqlDataType.Decimal, 29, 2, false)]
    [InlineData("reminders_sent + 1", SqlDataType.Integer, 10, 0, true)]
    [InlineData("UPPER(customer_name)", SqlDataType.VarChar, 255, 0, false)]
    [InlineData("LEN(invoice_number)", SqlDataType.Integer, 10, 0, false)]
    [InlineData("ISNULL(due_date, date)", SqlDataType.Date, 10, 0, false)]
    [InlineData("ROUND(total, 0)", SqlDataType.Decimal, 18, 2, false)]
    [InlineData("ABS(balance)", SqlDataType.Decimal, 18, 2, false)]
    [InlineData("YEAR(date)", SqlDataType.Integer, 10, 0, false)]
    [InlineData("MONTH(due_date)", SqlDataType.Integer, 10, 0, true)]
    [InlineData("CAST(total AS INT)", SqlDataType.Integer, 10, 0, false)]
    [InlineData("{fn UCASE(status)}", SqlDataType.VarChar, 32, 0, false)]
    public void Expressions_over_columns(string expression, SqlDataType type, int size, short scale, bool nullable)
    {
        var column = Column(expression);
        Assert.Equal((type, size, scale, nullable), (column.Type, column.Size, column.Scale, column.Nullable));
    }
}
