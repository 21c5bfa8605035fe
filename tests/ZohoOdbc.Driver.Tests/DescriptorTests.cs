using ZohoOdbc.Driver.Tests.Harness;
using ZohoOdbc.Driver.Tests.Native;
using static ZohoOdbc.Driver.Tests.Native.OdbcNative;

namespace ZohoOdbc.Driver.Tests;

/// <summary>The four implicit descriptors, explicit ones, statement attributes as descriptor fields, SQLCopyDesc.</summary>
[Collection("odbc")]
public sealed unsafe class DescriptorTests(OdbcFixture odbc)
{
    private static nint Descriptor(TestStatement statement, int attribute) => statement.Attribute(attribute);

    private static T Field<T>(TestStatement statement, nint descriptor, short record, short field) where T : unmanaged
    {
        T value;
        statement.Check("SQLGetDescFieldW", SQLGetDescFieldW(descriptor, record, field, &value, sizeof(T), out _));
        return value;
    }

    [Fact]
    public void The_IRD_describes_the_result_right_after_SQLPrepare()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = connection.Statement();
        var ird = Descriptor(statement, SQL_ATTR_IMP_ROW_DESC);
        Assert.Equal(SQL_ERROR, SQLGetDescFieldW(ird, 0, SQL_DESC_COUNT, null, 0, out _));
        Assert.Equal("HY007", TestStatement.Diagnostics(SQL_HANDLE_DESC, ird)[0].State);

        statement.Prepare("SELECT invoice_number, total, date FROM invoices");
        Assert.Equal(3, Field<short>(statement, ird, 0, SQL_DESC_COUNT));
        Assert.Equal(SQL_DECIMAL, Field<short>(statement, ird, 2, SQL_DESC_CONCISE_TYPE));
        Assert.Equal(2, Field<short>(statement, ird, 2, SQL_DESC_SCALE));
        Assert.Equal(9 /* SQL_DATETIME */, Field<short>(statement, ird, 3, SQL_DESC_TYPE));

        var name = stackalloc char[64];
        statement.Check("SQLGetDescRecW", SQLGetDescRecW(ird, 1, name, 64, out var length, out var type, out _, out _, out _, out _, out var nullable));
        Assert.Equal("invoice_number", new string(name, 0, length));
        Assert.Equal(SQL_VARCHAR, type);
        Assert.Equal(SQL_NO_DATA, SQLGetDescRecW(ird, 4, name, 64, out _, out _, out _, out _, out _, out _, out _));

        var text = stackalloc char[64];
        statement.Check("SQLGetDescFieldW", SQLGetDescFieldW(ird, 1, SQL_DESC_CATALOG_NAME, text, 128, out var bytes));
        Assert.Equal("zoho", new string(text, 0, bytes / 2));
        statement.Check("SQLGetDescFieldW", SQLGetDescFieldW(ird, 1, SQL_DESC_BASE_TABLE_NAME, text, 128, out bytes));
        Assert.Equal("invoices", new string(text, 0, bytes / 2));

        Assert.Equal(SQL_ERROR, SQLSetDescFieldW(ird, 1, SQL_DESC_TYPE, SQL_INTEGER, 0));
        Assert.Equal("HY016", TestStatement.Diagnostics(SQL_HANDLE_DESC, ird)[0].State);
    }

    [Fact]
    public void Statement_attributes_are_views_of_descriptor_fields()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = connection.Statement();
        var ard = Descriptor(statement, SQL_ATTR_APP_ROW_DESC);
        var apd = Descriptor(statement, SQL_ATTR_APP_PARAM_DESC);
        Assert.NotEqual(0, Descriptor(statement, SQL_ATTR_IMP_PARAM_DESC));
        statement.SetAttribute(SQL_ATTR_ROW_ARRAY_SIZE, 25);
        Assert.Equal((nuint)25, Field<nuint>(statement, ard, 0, 20 /* SQL_DESC_ARRAY_SIZE */));
        statement.Check("SQLSetDescFieldW", SQLSetDescFieldW(apd, 0, 20, 7, 0));
        Assert.Equal(7, statement.Attribute(SQL_ATTR_PARAMSET_SIZE));
        Assert.Equal(1 /* SQL_DESC_ALLOC_AUTO */, Field<short>(statement, ard, 0, SQL_DESC_ALLOC_TYPE));
    }

    [Fact]
    public void SQLBindCol_writes_ARD_records_and_SQLSetDescField_binds_columns()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = connection.Statement();
        var ard = Descriptor(statement, SQL_ATTR_APP_ROW_DESC);
        long value = 0;
        nint indicator = 0;
        statement.Check("SQLBindCol", SQLBindCol(statement.Handle, 2, SQL_C_SBIGINT, &value, 0, &indicator));
        Assert.Equal(2, Field<short>(statement, ard, 0, SQL_DESC_COUNT));
        Assert.Equal(SQL_C_SBIGINT, Field<short>(statement, ard, 2, SQL_DESC_CONCISE_TYPE));

        // Bind column 1 through the descriptor: type first, then the deferred pointers, DATA_PTR last.
        int number = 0;
        nint numberIndicator = 0;
        statement.Check("SQLSetDescFieldW", SQLSetDescFieldW(ard, 1, SQL_DESC_TYPE, SQL_C_SLONG, 0));
        statement.Check("SQLSetDescFieldW", SQLSetDescFieldW(ard, 1, SQL_DESC_INDICATOR_PTR, (nint)(&numberIndicator), 0));
        statement.Check("SQLSetDescFieldW", SQLSetDescFieldW(ard, 1, SQL_DESC_OCTET_LENGTH_PTR, (nint)(&numberIndicator), 0));
        statement.Check("SQLSetDescFieldW", SQLSetDescFieldW(ard, 1, SQL_DESC_DATA_PTR, (nint)(&number), 0));
        statement.Execute("SELECT CAST(7 AS int), CAST(9000000000 AS bigint)");
        Assert.True(statement.Fetch());
        Assert.Equal((7, 9000000000L), (number, value));

        // Setting DATA_PTR checks the record: an unknown C type is inconsistent (HY021).
        statement.Close();
        statement.Check("SQLSetDescFieldW", SQLSetDescFieldW(ard, 3, SQL_DESC_TYPE, 12345, 0));
        Assert.Equal(SQL_ERROR, SQLSetDescFieldW(ard, 3, SQL_DESC_DATA_PTR, (nint)(&number), 0));
        Assert.Equal("HY021", TestStatement.Diagnostics(SQL_HANDLE_DESC, ard)[0].State);
    }

    [Fact]
    public void An_explicit_descriptor_serves_as_ARD_and_SQLCopyDesc_copies_bindings()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        using var first = connection.Statement();
        using var second = connection.Statement();
        int value = 0;
        nint indicator = 0;
        first.Check("SQLBindCol", SQLBindCol(first.Handle, 1, SQL_C_SLONG, &value, 0, &indicator));

        first.Check("SQLAllocHandle(DESC)", SQLAllocHandle(SQL_HANDLE_DESC, connection.Handle, out var explicitDescriptor));
        try
        {
            Assert.Equal(2 /* SQL_DESC_ALLOC_USER */, Field<short>(first, explicitDescriptor, 0, SQL_DESC_ALLOC_TYPE));
            first.Check("SQLCopyDesc", SQLCopyDesc(Descriptor(first, SQL_ATTR_APP_ROW_DESC), explicitDescriptor));
            second.SetAttribute(SQL_ATTR_APP_ROW_DESC, explicitDescriptor);
            Assert.Equal(explicitDescriptor, second.Attribute(SQL_ATTR_APP_ROW_DESC));
            second.Execute("SELECT CAST(31 AS int)");
            Assert.True(second.Fetch());
            Assert.Equal(31, value);

            // Freeing it returns the statement to its implicit ARD; implicit descriptors cannot be freed.
            Assert.Equal(SQL_SUCCESS, SQLFreeHandle(SQL_HANDLE_DESC, explicitDescriptor));
            Assert.NotEqual(explicitDescriptor, second.Attribute(SQL_ATTR_APP_ROW_DESC));
            Assert.Equal(SQL_ERROR, SQLFreeHandle(SQL_HANDLE_DESC, second.Attribute(SQL_ATTR_APP_ROW_DESC)));
        }
        finally { SQLFreeHandle(SQL_HANDLE_DESC, explicitDescriptor); }
    }
}
