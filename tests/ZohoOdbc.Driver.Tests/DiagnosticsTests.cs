using ZohoOdbc.Driver.Tests.Harness;
using ZohoOdbc.Driver.Tests.Native;
using static ZohoOdbc.Driver.Tests.Native.OdbcNative;

namespace ZohoOdbc.Driver.Tests;

/// <summary>Diagnostic header and record fields, several records per call, ODBC 2 SQLSTATEs.</summary>
[Collection("odbc")]
public sealed unsafe class DiagnosticsTests(OdbcFixture odbc)
{
    [Fact]
    public void Header_and_record_fields_describe_each_record()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = connection.Statement();
        // Three columns into 2-byte buffers: three 01004 records on one call.
        statement.Execute("SELECT TOP 1 invoice_number, customer_name, status FROM invoices ORDER BY invoice_number");
        var a = stackalloc byte[2];
        var b = stackalloc byte[2];
        var c = stackalloc byte[2];
        nint la, lb, lc;
        statement.Check("SQLBindCol", SQLBindCol(statement.Handle, 1, SQL_C_CHAR, a, 2, &la));
        statement.Check("SQLBindCol", SQLBindCol(statement.Handle, 2, SQL_C_CHAR, b, 2, &lb));
        statement.Check("SQLBindCol", SQLBindCol(statement.Handle, 3, SQL_C_CHAR, c, 2, &lc));
        Assert.Equal(SQL_SUCCESS_WITH_INFO, SQLFetch(statement.Handle));

        int number;
        short returnCode;
        statement.Check("SQLGetDiagFieldW", SQLGetDiagFieldW(SQL_HANDLE_STMT, statement.Handle, 0, SQL_DIAG_NUMBER, &number, 4, out _));
        statement.Check("SQLGetDiagFieldW", SQLGetDiagFieldW(SQL_HANDLE_STMT, statement.Handle, 0, SQL_DIAG_RETURNCODE, &returnCode, 2, out _));
        Assert.Equal((3, SQL_SUCCESS_WITH_INFO), (number, returnCode));
        var text = stackalloc char[256];
        for (short record = 1; record <= 3; record++)
        {
            statement.Check("SQLGetDiagFieldW", SQLGetDiagFieldW(SQL_HANDLE_STMT, statement.Handle, record, SQL_DIAG_SQLSTATE, text, 512, out var length));
            Assert.Equal("01004", new string(text, 0, length / 2));
            statement.Check("SQLGetDiagFieldW", SQLGetDiagFieldW(SQL_HANDLE_STMT, statement.Handle, record, SQL_DIAG_MESSAGE_TEXT, text, 512, out length));
            Assert.StartsWith("[ZohoOdbc][Zoho Books]", new string(text, 0, length / 2));
            statement.Check("SQLGetDiagFieldW", SQLGetDiagFieldW(SQL_HANDLE_STMT, statement.Handle, record, SQL_DIAG_CLASS_ORIGIN, text, 512, out length));
            Assert.Equal("ISO 9075", new string(text, 0, length / 2));
            nint row;
            int column;
            statement.Check("SQLGetDiagFieldW", SQLGetDiagFieldW(SQL_HANDLE_STMT, statement.Handle, record, SQL_DIAG_ROW_NUMBER, &row, 8, out _));
            statement.Check("SQLGetDiagFieldW", SQLGetDiagFieldW(SQL_HANDLE_STMT, statement.Handle, record, SQL_DIAG_COLUMN_NUMBER, &column, 4, out _));
            Assert.Equal((1, record), ((int)row, column));
        }
        Assert.Equal(SQL_NO_DATA, SQLGetDiagFieldW(SQL_HANDLE_STMT, statement.Handle, 4, SQL_DIAG_SQLSTATE, text, 512, out _));
        statement.Check("SQLGetDiagFieldW", SQLGetDiagFieldW(SQL_HANDLE_STMT, statement.Handle, 0, SQL_DIAG_DYNAMIC_FUNCTION, text, 512, out var functionLength));
        Assert.Equal("SELECT CURSOR", new string(text, 0, functionLength / 2));
    }

    [Fact]
    public void An_ODBC_2_application_sees_ODBC_2_SQLSTATEs()
    {
        using var connection = new TestConnection(odbc.ConnectionString(), SQL_OV_ODBC2);
        using var statement = connection.Statement();
        var sql = "SELECT no_such_column FROM invoices";
        fixed (char* s = sql) Assert.Equal(SQL_ERROR, SQLExecDirectW(statement.Handle, s, sql.Length));
        Assert.Equal("S0022", statement.Diagnostics()[0].State);
        statement.Execute("SELECT TOP 1 invoice_number FROM invoices");
        Assert.True(statement.Fetch());
        int value;
        Assert.Equal("S1002", statement.StateOf(SQLGetData(statement.Handle, 99, SQL_C_SLONG, &value, 4, out _)));
    }
}
