using ZohoOdbc.Driver.Tests.Harness;
using ZohoOdbc.Driver.Tests.Native;
using static ZohoOdbc.Driver.Tests.Native.OdbcNative;

namespace ZohoOdbc.Driver.Tests;

/// <summary>SQLBindParameter, SQLNumParams, SQLDescribeParam and data-at-execution: the states and checks of the API.</summary>
[Collection("odbc")]
public sealed unsafe class ParameterTests(OdbcFixture odbc)
{
    [Fact]
    public void SQLBindParameter_checks_its_arguments_and_fills_the_APD_and_IPD()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = connection.Statement();
        var value = stackalloc char[8];
        nint length = SQL_NTS;
        Assert.Equal("HY003", statement.StateOf(SQLBindParameter(statement.Handle, 1, SQL_PARAM_INPUT, 9999, SQL_VARCHAR, 10, 0, value, 16, &length)));
        Assert.Equal("HY004", statement.StateOf(SQLBindParameter(statement.Handle, 1, SQL_PARAM_INPUT, SQL_C_WCHAR, 9999, 10, 0, value, 16, &length)));
        Assert.Equal("HY009", statement.StateOf(SQLBindParameter(statement.Handle, 1, SQL_PARAM_INPUT, SQL_C_WCHAR, SQL_VARCHAR, 10, 0, null, 16, null)));
        Assert.Equal("HY105", statement.StateOf(SQLBindParameter(statement.Handle, 1, 3, SQL_C_WCHAR, SQL_VARCHAR, 10, 0, value, 16, &length)));

        // Power BI's pairing: SQL_C_WCHAR data for an SQL_VARCHAR parameter.
        statement.Check("SQLBindParameter", SQLBindParameter(statement.Handle, 2, SQL_PARAM_INPUT, SQL_C_WCHAR, SQL_VARCHAR, 40, 0, value, 16, &length));
        var apd = statement.Attribute(SQL_ATTR_APP_PARAM_DESC);
        var ipd = statement.Attribute(SQL_ATTR_IMP_PARAM_DESC);
        short count, cType, sqlType;
        statement.Check("SQLGetDescFieldW", SQLGetDescFieldW(apd, 0, SQL_DESC_COUNT, &count, 2, out _));
        statement.Check("SQLGetDescFieldW", SQLGetDescFieldW(apd, 2, SQL_DESC_CONCISE_TYPE, &cType, 2, out _));
        statement.Check("SQLGetDescFieldW", SQLGetDescFieldW(ipd, 2, SQL_DESC_CONCISE_TYPE, &sqlType, 2, out _));
        Assert.Equal((2, SQL_C_WCHAR, SQL_VARCHAR), (count, cType, sqlType));
    }

    [Fact]
    public void Parameter_functions_answer_in_the_right_states()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = connection.Statement();
        Assert.Equal("HY010", statement.StateOf(SQLNumParams(statement.Handle, out _)));
        Assert.Equal("HY010", statement.StateOf(SQLParamData(statement.Handle, out _)));
        var data = stackalloc byte[4];
        Assert.Equal("HY010", statement.StateOf(SQLPutData(statement.Handle, data, 4)));

        statement.Prepare("SELECT TOP 1 invoice_number FROM invoices");
        statement.Check("SQLNumParams", SQLNumParams(statement.Handle, out var count));
        Assert.Equal(0, count);
        Assert.Equal("07009", statement.StateOf(SQLDescribeParam(statement.Handle, 1, out _, out _, out _, out _)));
    }

    [Fact]
    public void Typed_values_reach_the_query_through_every_common_C_type()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = connection.Statement();
        statement.Prepare("SELECT CAST(? AS int), CAST(? AS varchar(50)), CAST(? AS decimal(10,2)), CAST(? AS date), CAST(? AS int)");
        statement.Check("SQLNumParams", SQLNumParams(statement.Handle, out var count));
        Assert.Equal(5, count);

        int number = 42;
        var text = "héllo 東京\0";
        nint textLength = SQL_NTS, nullIndicator = SQL_NULL_DATA, zero = 0;
        var amount = "1234.5"u8.ToArray();
        nint amountLength = amount.Length;
        var date = new SqlDateStruct { Year = 2026, Month = 2, Day = 5 };
        fixed (char* t = text)
        fixed (byte* a = amount)
        {
            statement.Check("SQLBindParameter", SQLBindParameter(statement.Handle, 1, SQL_PARAM_INPUT, SQL_C_SLONG, SQL_INTEGER, 0, 0, &number, 0, &zero));
            // Power BI's pairing: SQL_C_WCHAR data for an SQL_VARCHAR parameter.
            statement.Check("SQLBindParameter", SQLBindParameter(statement.Handle, 2, SQL_PARAM_INPUT, SQL_C_WCHAR, SQL_VARCHAR, 50, 0, t, 64, &textLength));
            statement.Check("SQLBindParameter", SQLBindParameter(statement.Handle, 3, SQL_PARAM_INPUT, SQL_C_CHAR, SQL_DECIMAL, 10, 2, a, amount.Length, &amountLength));
            statement.Check("SQLBindParameter", SQLBindParameter(statement.Handle, 4, SQL_PARAM_INPUT, SQL_C_TYPE_DATE, SQL_TYPE_DATE, 10, 0, &date, 0, &zero));
            statement.Check("SQLBindParameter", SQLBindParameter(statement.Handle, 5, SQL_PARAM_INPUT, SQL_C_SLONG, SQL_INTEGER, 0, 0, &number, 0, &nullIndicator));
            statement.Check("SQLExecute", SQLExecute(statement.Handle));
        }
        var row = Assert.Single(statement.Rows());
        Assert.Equal(new string?[] { "42", "héllo 東京", "1234.50", "2026-02-05", null }.AsEnumerable(), row);
    }

    [Fact]
    public void A_filter_parameter_is_typed_from_its_column_and_bound_as_a_value()
    {
        var customer = ExpectedData.Dataset.Invoices.First().CustomerName;
        var expected = ExpectedData.Dataset.Invoices.Where(i => i.CustomerName == customer)
            .OrderBy(i => i.InvoiceNumber, StringComparer.Ordinal).Select(i => i.InvoiceNumber).ToList();
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = connection.Statement();
        statement.Prepare("SELECT invoice_number FROM invoices WHERE customer_name = ? AND total > ? ORDER BY invoice_number");
        statement.Check("SQLDescribeParam", SQLDescribeParam(statement.Handle, 2, out var type, out _, out var digits, out _));
        Assert.Equal((SQL_DECIMAL, 2), (type, digits));

        // A quote in the value stays a value: nothing is pasted into the SQL text.
        nint length = SQL_NTS, zero = 0;
        double minimum = -1;
        fixed (char* c = customer + "\0")
        {
            statement.Check("SQLBindParameter", SQLBindParameter(statement.Handle, 1, SQL_PARAM_INPUT, SQL_C_WCHAR, SQL_WVARCHAR, 255, 0, c, 512, &length));
            statement.Check("SQLBindParameter", SQLBindParameter(statement.Handle, 2, SQL_PARAM_INPUT, SQL_C_DOUBLE, SQL_DOUBLE, 0, 0, &minimum, 0, &zero));
            statement.Check("SQLExecute", SQLExecute(statement.Handle));
            Assert.Equal(expected, statement.Rows().Select(r => r[0]));
            statement.Close();
        }
        var injection = "x' OR '1'='1\0";
        fixed (char* c = injection)
        {
            statement.Check("SQLBindParameter", SQLBindParameter(statement.Handle, 1, SQL_PARAM_INPUT, SQL_C_WCHAR, SQL_WVARCHAR, 255, 0, c, 512, &length));
            statement.Check("SQLExecute", SQLExecute(statement.Handle));
            Assert.Empty(statement.Rows());
        }
    }

    [Fact]
    public void Data_at_execution_sends_a_value_in_pieces()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = connection.Statement();
        statement.Prepare("SELECT CAST(? AS varchar(100)), CAST(? AS int)");
        nint atExecution = SQL_DATA_AT_EXEC, atExecution2 = SQL_DATA_AT_EXEC;
        statement.Check("SQLBindParameter", SQLBindParameter(statement.Handle, 1, SQL_PARAM_INPUT, SQL_C_CHAR, SQL_VARCHAR, 100, 0, (void*)1, 0, &atExecution));
        statement.Check("SQLBindParameter", SQLBindParameter(statement.Handle, 2, SQL_PARAM_INPUT, SQL_C_SLONG, SQL_INTEGER, 0, 0, (void*)2, 0, &atExecution2));
        Assert.Equal(SQL_NEED_DATA, SQLExecute(statement.Handle));
        Assert.Equal("HY010", statement.StateOf(SQLFetch(statement.Handle)));

        Assert.Equal(SQL_NEED_DATA, SQLParamData(statement.Handle, out var token));
        Assert.Equal(1, token);
        // "日本" split inside its first UTF-8 sequence: the driver joins the pieces before decoding.
        var text = System.Text.Encoding.UTF8.GetBytes("pieces: 日本");
        fixed (byte* t = text)
        {
            statement.Check("SQLPutData", SQLPutData(statement.Handle, t, 9));
            statement.Check("SQLPutData", SQLPutData(statement.Handle, t + 9, text.Length - 9));
        }
        Assert.Equal(SQL_NEED_DATA, SQLParamData(statement.Handle, out token));
        Assert.Equal(2, token);
        int number = 7;
        statement.Check("SQLPutData", SQLPutData(statement.Handle, &number, 4));
        statement.Check("SQLParamData", SQLParamData(statement.Handle, out _));
        Assert.Equal(new string?[] { "pieces: 日本", "7" }.AsEnumerable(), Assert.Single(statement.Rows()));

        // An integer in two pieces is HY019, and the error ends the data-at-execution sequence.
        statement.Close();
        Assert.Equal(SQL_NEED_DATA, SQLExecute(statement.Handle));
        Assert.Equal(SQL_NEED_DATA, SQLParamData(statement.Handle, out _));
        statement.Check("SQLPutData", SQLPutData(statement.Handle, &number, 0));
        Assert.Equal(SQL_NEED_DATA, SQLParamData(statement.Handle, out _));
        statement.Check("SQLPutData", SQLPutData(statement.Handle, &number, 4));
        Assert.Equal("HY019", statement.StateOf(SQLPutData(statement.Handle, &number, 4)));
        Assert.Equal("HY010", statement.StateOf(SQLParamData(statement.Handle, out _)));
    }

    [Fact]
    public void An_array_of_parameter_sets_gives_one_result_per_set()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = connection.Statement();
        var values = new[] { 10, 20, 30 };
        var indicators = new nint[] { 0, 0, 0 };
        var statuses = new ushort[3];
        var operations = new ushort[] { 0, 1, 0 }; // the second set is SQL_PARAM_IGNORE
        nuint processed = 0;
        fixed (int* v = values)
        fixed (nint* i = indicators)
        fixed (ushort* s = statuses)
        fixed (ushort* o = operations)
        {
            statement.SetAttribute(SQL_ATTR_PARAMSET_SIZE, 3);
            statement.SetAttribute(SQL_ATTR_PARAM_STATUS_PTR, (nint)s);
            statement.SetAttribute(SQL_ATTR_PARAMS_PROCESSED_PTR, (nint)(&processed));
            statement.SetAttribute(19 /* SQL_ATTR_PARAM_OPERATION_PTR */, (nint)o);
            statement.Prepare("SELECT CAST(? AS int) * 2");
            statement.Check("SQLBindParameter", SQLBindParameter(statement.Handle, 1, SQL_PARAM_INPUT, SQL_C_SLONG, SQL_INTEGER, 0, 0, v, 0, i));
            statement.Check("SQLExecute", SQLExecute(statement.Handle));
            Assert.Equal("20", Assert.Single(statement.Rows())[0]);
            Assert.Equal(SQL_SUCCESS, SQLMoreResults(statement.Handle));
            Assert.Equal("60", Assert.Single(statement.Rows())[0]);
            Assert.Equal(SQL_NO_DATA, SQLMoreResults(statement.Handle));
            Assert.Equal((nuint)3, processed);
            Assert.Equal([0, 7, 0], statuses);
        }
    }
}
