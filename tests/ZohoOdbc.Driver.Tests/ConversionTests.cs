using System.Text;
using ZohoOdbc.Driver.Tests.Harness;
using ZohoOdbc.Driver.Tests.Native;
using static ZohoOdbc.Driver.Tests.Native.OdbcNative;

namespace ZohoOdbc.Driver.Tests;

/// <summary>Appendix D through libodbc: every reported SQL type into the C types, with the spec's SQLSTATEs.</summary>
[Collection("odbc")]
public sealed unsafe class ConversionTests(OdbcFixture odbc)
{
    private const string EveryType =
        "SELECT CAST(42 AS int), CAST(1234567890123 AS bigint), CAST(1.5 AS float), CAST(1 AS bit), CAST('2026-01-15' AS date), " +
        "CAST('2026-01-15 14:30:45' AS datetime), CAST(123.45 AS decimal(10,2)), N'héllo', CAST(NULL AS int)";

    private TestStatement Row(TestConnection connection)
    {
        var statement = connection.Statement();
        statement.Execute(EveryType);
        Assert.True(statement.Fetch());
        return statement;
    }

    /// <summary>
    /// SQLGetData into a fresh buffer, on a freshly fetched row (a column that was read whole
    /// answers SQL_NO_DATA afterwards): (return code, first SQLSTATE or "", indicator, bytes).
    /// </summary>
    private static (short Rc, string State, nint Indicator, byte[] Bytes) Get(TestStatement statement, ushort column, short cType, int bufferLength = 64)
    {
        statement.Close();
        statement.Execute(EveryType);
        Assert.True(statement.Fetch());
        var buffer = new byte[Math.Max(bufferLength, 1)];
        fixed (byte* b = buffer)
        {
            var rc = SQLGetData(statement.Handle, column, cType, b, bufferLength, out var indicator);
            var state = rc == SQL_SUCCESS ? "" : statement.Diagnostics().FirstOrDefault().State ?? "";
            return (rc, state, indicator, buffer);
        }
    }

    private static T As<T>(byte[] bytes) where T : unmanaged
    {
        fixed (byte* b = bytes) return *(T*)b;
    }

    private static string Text(byte[] bytes, nint length) => Encoding.UTF8.GetString(bytes, 0, (int)length);

    [Fact]
    public void Numbers_convert_to_every_numeric_C_type_and_to_text()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = Row(connection);
        Assert.Equal(42, As<int>(Get(statement, 1, SQL_C_SLONG).Bytes));
        Assert.Equal("42", Text(Get(statement, 1, SQL_C_CHAR).Bytes, 2));
        Assert.Equal(42.0, As<double>(Get(statement, 1, SQL_C_DOUBLE).Bytes));
        Assert.Equal(42, As<short>(Get(statement, 1, SQL_C_SSHORT).Bytes));
        Assert.Equal(42, As<sbyte>(Get(statement, 1, SQL_C_STINYINT).Bytes));
        Assert.Equal(42.0f, As<float>(Get(statement, 1, SQL_C_FLOAT).Bytes));
        var binary = Get(statement, 1, SQL_C_BINARY);
        Assert.Equal(4, binary.Indicator);
        Assert.Equal(42, As<int>(binary.Bytes));
        Assert.Equal(("22003", SQL_ERROR), (Get(statement, 1, SQL_C_BIT).State, Get(statement, 1, SQL_C_BIT).Rc));

        Assert.Equal(1234567890123L, As<long>(Get(statement, 2, SQL_C_SBIGINT).Bytes));
        Assert.Equal("22003", Get(statement, 2, SQL_C_SLONG).State);

        var truncated = Get(statement, 3, SQL_C_SLONG);
        Assert.Equal((SQL_SUCCESS_WITH_INFO, "01S07"), (truncated.Rc, truncated.State));
        Assert.Equal(1, As<int>(truncated.Bytes));
        Assert.Equal("1.5", Text(Get(statement, 3, SQL_C_CHAR).Bytes, 3));

        Assert.Equal(1, Get(statement, 4, SQL_C_BIT).Bytes[0]);
        Assert.Equal("1", Text(Get(statement, 4, SQL_C_CHAR).Bytes, 1));
    }

    [Fact]
    public void Decimals_keep_their_digits_and_follow_the_ARD_precision_and_scale()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = Row(connection);
        Assert.Equal("123.45", Text(Get(statement, 7, SQL_C_CHAR).Bytes, 6));
        var fraction = Get(statement, 7, SQL_C_CHAR, 5);
        Assert.Equal((SQL_SUCCESS_WITH_INFO, "01004", "123."), (fraction.Rc, fraction.State, Text(fraction.Bytes, 4)));
        Assert.Equal("22003", Get(statement, 7, SQL_C_CHAR, 3).State);

        var numeric = As<SqlNumericStruct>(Get(statement, 7, SQL_C_NUMERIC).Bytes);
        Assert.Equal((10, 2, 1), (numeric.Precision, numeric.Scale, numeric.Sign));
        Assert.Equal(123.45m, FetchTests.Numeric(numeric));

        // SQL_C_NUMERIC with the precision and scale the application put in the ARD.
        nint ard;
        statement.Check("SQLGetStmtAttrW", SQLGetStmtAttrW(statement.Handle, SQL_ATTR_APP_ROW_DESC, &ard, 0, out _));
        statement.Check("SQLSetDescFieldW", SQLSetDescFieldW(ard, 7, SQL_DESC_TYPE, SQL_C_NUMERIC, 0));
        statement.Check("SQLSetDescFieldW", SQLSetDescFieldW(ard, 7, SQL_DESC_PRECISION, 6, 0));
        statement.Check("SQLSetDescFieldW", SQLSetDescFieldW(ard, 7, SQL_DESC_SCALE, 1, 0));
        var rounded = Get(statement, 7, SQL_ARD_TYPE);
        Assert.Equal((SQL_SUCCESS_WITH_INFO, "01S07"), (rounded.Rc, rounded.State));
        var scaled = As<SqlNumericStruct>(rounded.Bytes);
        Assert.Equal((6, 1), (scaled.Precision, scaled.Scale));
        Assert.Equal(123.4m, FetchTests.Numeric(scaled));

        var whole = Get(statement, 7, SQL_C_SLONG);
        Assert.Equal((123, "01S07"), (As<int>(whole.Bytes), whole.State));
    }

    [Fact]
    public void Decimal_text_has_exactly_the_column_scale()
    {
        // Whatever digits the value carries: padded, rounded, negative, beyond 64 bits.
        var cases = new (string Sql, string Text)[]
        {
            ("CAST(0 AS decimal(10,2))", "0.00"), ("CAST(0.05 AS decimal(10,2))", "0.05"), ("CAST(-0.05 AS decimal(10,2))", "-0.05"),
            ("CAST(-123.4 AS decimal(10,2))", "-123.40"), ("CAST(1.5 AS decimal(18,4))", "1.5000"), ("CAST(7 AS decimal(10,0))", "7"),
            ("CAST(123.456 AS decimal(10,2))", "123.46"), ("CAST(-0.0 AS decimal(10,2))", "0.00"), ("CAST(0.125 AS decimal(10,2))", "0.13"),
            ("CAST(-2.675 AS decimal(10,2))", "-2.68"), ("CAST(99999999999999.99 AS decimal(18,2))", "100000000000000.00"),
            ("CAST(123456789012345678901234.5 AS decimal(28,1))", "123456789012346000000000.0"),
        };
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = connection.Statement();
        statement.Execute("SELECT " + string.Join(", ", cases.Select(c => c.Sql)));
        Assert.True(statement.Fetch());
        Assert.Equal(cases.Select(c => c.Text), cases.Select((_, i) => statement.GetString((ushort)(i + 1))));
        statement.Close();
        statement.Execute("SELECT " + string.Join(", ", cases.Select(c => c.Sql)));
        Assert.True(statement.Fetch());
        Assert.Equal(cases.Select(c => c.Text), cases.Select((_, i) => statement.GetAnsi((ushort)(i + 1))));
    }

    [Fact]
    public void Dates_and_timestamps_convert_to_structures_and_text()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = Row(connection);
        var date = As<SqlDateStruct>(Get(statement, 5, SQL_C_TYPE_DATE).Bytes);
        Assert.Equal((2026, 1, 15), ((int)date.Year, (int)date.Month, (int)date.Day));
        var midnight = As<SqlTimestampStruct>(Get(statement, 5, SQL_C_TYPE_TIMESTAMP).Bytes);
        Assert.Equal((2026, 0, 0), ((int)midnight.Year, (int)midnight.Hour, (int)midnight.Minute));
        Assert.Equal("2026-01-15", Text(Get(statement, 5, SQL_C_CHAR).Bytes, 10));
        Assert.Equal("22003", Get(statement, 5, SQL_C_CHAR, 5).State);
        Assert.Equal("07006", Get(statement, 5, SQL_C_SLONG).State);
        Assert.Equal("07006", Get(statement, 5, SQL_C_TYPE_TIME).State);

        var stamp = As<SqlTimestampStruct>(Get(statement, 6, SQL_C_TYPE_TIMESTAMP).Bytes);
        Assert.Equal((14, 30, 45), ((int)stamp.Hour, (int)stamp.Minute, (int)stamp.Second));
        var dateOnly = Get(statement, 6, SQL_C_TYPE_DATE);
        Assert.Equal((SQL_SUCCESS_WITH_INFO, "01S07"), (dateOnly.Rc, dateOnly.State));
        var time = Get(statement, 6, SQL_C_TYPE_TIME);
        Assert.Equal((14, 30, 45), (As<ushort>(time.Bytes), As<ushort>(time.Bytes[2..]), As<ushort>(time.Bytes[4..])));
        Assert.Equal("2026-01-15 14:30:45", Text(Get(statement, 6, SQL_C_CHAR).Bytes, 19));
    }

    [Fact]
    public void Text_converts_where_it_parses_and_fails_with_22018_where_it_does_not()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = Row(connection);
        var text = Get(statement, 8, SQL_C_CHAR);
        Assert.Equal((6, "héllo"), (text.Indicator, Text(text.Bytes, 6)));
        var wide = Get(statement, 8, SQL_C_WCHAR);
        Assert.Equal(10, wide.Indicator);
        Assert.Equal("héllo", Encoding.Unicode.GetString(wide.Bytes, 0, 10));
        Assert.Equal("22018", Get(statement, 8, SQL_C_SLONG).State);
        Assert.Equal("22018", Get(statement, 8, SQL_C_TYPE_DATE).State);
        Assert.Equal("HY003", Get(statement, 8, 9999).State);
    }

    [Fact]
    public void Null_needs_an_indicator()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = Row(connection);
        Assert.Equal(SQL_NULL_DATA, Get(statement, 9, SQL_C_SLONG).Indicator);
        int value;
        statement.Close();
        statement.Execute(EveryType);
        Assert.True(statement.Fetch());
        var rc = SQLGetDataRaw(statement.Handle, 9, SQL_C_SLONG, &value, 4, null);
        Assert.Equal("22002", statement.StateOf(rc));
    }

    [Fact]
    public void SQL_C_DEFAULT_is_the_column_types_default()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = Row(connection);
        Assert.Equal(42, As<int>(Get(statement, 1, SQL_C_DEFAULT).Bytes));
        Assert.Equal("123.45", Text(Get(statement, 7, SQL_C_DEFAULT).Bytes, 6));
        Assert.Equal(2026, As<SqlDateStruct>(Get(statement, 5, SQL_C_DEFAULT).Bytes).Year);
    }
}
