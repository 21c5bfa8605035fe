using System.Runtime.InteropServices;
using System.Text;
using ZohoOdbc.Driver.Tests.Harness;
using ZohoOdbc.Driver.Tests.Native;
using static ZohoOdbc.Driver.Tests.Native.OdbcNative;

namespace ZohoOdbc.Driver.Tests;

/// <summary>Block cursors (both binding orientations, offsets, status arrays), SQLSetPos, SQLGetData in pieces, forward-only scrolling.</summary>
[Collection("odbc")]
public sealed unsafe class FetchTests(OdbcFixture odbc)
{
    private const string ThousandInvoices = "SELECT TOP 1000 invoice_number, total, date FROM invoices ORDER BY invoice_number";

    private static IReadOnlyList<(string Number, decimal Total, DateOnly Date)> ExpectedThousand() =>
        ExpectedData.Dataset.Invoices.OrderBy(i => i.InvoiceNumber, StringComparer.Ordinal).Take(1000)
            .Select(i => (i.InvoiceNumber, i.Total, i.Date)).ToList();

    [Fact]
    public void Column_wise_block_fetch_of_1000_rows()
    {
        const int rows = 1000, numberWidth = 32;
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = connection.Statement();
        var numbers = new byte[rows * numberWidth];
        var numberLengths = new nint[rows];
        var totals = new double[rows];
        var totalIndicators = new nint[rows];
        var dates = new SqlDateStruct[rows];
        var dateIndicators = new nint[rows];
        var status = new ushort[rows];
        nuint fetched = 0;
        fixed (byte* n = numbers)
        fixed (nint* nl = numberLengths)
        fixed (double* t = totals)
        fixed (nint* ti = totalIndicators)
        fixed (SqlDateStruct* d = dates)
        fixed (nint* di = dateIndicators)
        fixed (ushort* s = status)
        {
            statement.SetAttribute(SQL_ATTR_ROW_ARRAY_SIZE, rows);
            statement.SetAttribute(SQL_ATTR_ROW_STATUS_PTR, (nint)s);
            statement.SetAttribute(SQL_ATTR_ROWS_FETCHED_PTR, (nint)(&fetched));
            statement.Execute(ThousandInvoices);
            statement.Check("SQLBindCol", SQLBindCol(statement.Handle, 1, SQL_C_CHAR, n, numberWidth, nl));
            statement.Check("SQLBindCol", SQLBindCol(statement.Handle, 2, SQL_C_DOUBLE, t, 0, ti));
            statement.Check("SQLBindCol", SQLBindCol(statement.Handle, 3, SQL_C_TYPE_DATE, d, 0, di));
            Assert.True(statement.Fetch());
            Assert.Equal((nuint)rows, fetched);

            var expected = ExpectedThousand();
            for (var i = 0; i < rows; i++)
            {
                Assert.Equal(0, status[i]);
                Assert.Equal(expected[i].Number, Encoding.UTF8.GetString(numbers, i * numberWidth, (int)numberLengths[i]));
                Assert.Equal((double)expected[i].Total, totals[i], 6);
                Assert.Equal(new DateOnly(dates[i].Year, dates[i].Month, dates[i].Day), expected[i].Date);
            }
            Assert.False(statement.Fetch());
            Assert.Equal((nuint)0, fetched);
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct InvoiceRow
    {
        public fixed char Number[32];
        public nint NumberLength;
        public SqlNumericStruct Total;
        public nint TotalIndicator;
        public SqlDateStruct Date;
        public nint DateIndicator;
    }

    [Fact]
    public void Row_wise_block_fetch_of_1000_rows_with_a_bind_offset()
    {
        const int rows = 1000;
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = connection.Statement();
        // One spare row at the front: the bind offset moves every address past it.
        var buffer = new InvoiceRow[rows + 1];
        var status = new ushort[rows];
        nuint fetched = 0;
        nint offset = sizeof(InvoiceRow);
        fixed (InvoiceRow* b = buffer)
        fixed (ushort* s = status)
        {
            statement.SetAttribute(SQL_ATTR_ROW_ARRAY_SIZE, rows);
            statement.SetAttribute(SQL_ATTR_ROW_BIND_TYPE, sizeof(InvoiceRow));
            statement.SetAttribute(SQL_ATTR_ROW_BIND_OFFSET_PTR, (nint)(&offset));
            statement.SetAttribute(SQL_ATTR_ROW_STATUS_PTR, (nint)s);
            statement.SetAttribute(SQL_ATTR_ROWS_FETCHED_PTR, (nint)(&fetched));
            statement.Execute(ThousandInvoices);
            statement.Check("SQLBindCol", SQLBindCol(statement.Handle, 1, SQL_C_WCHAR, b->Number, 64, &b->NumberLength));
            statement.Check("SQLBindCol", SQLBindCol(statement.Handle, 2, SQL_C_NUMERIC, &b->Total, sizeof(SqlNumericStruct), &b->TotalIndicator));
            statement.Check("SQLBindCol", SQLBindCol(statement.Handle, 3, SQL_C_TYPE_DATE, &b->Date, 0, &b->DateIndicator));
            Assert.True(statement.Fetch());
            Assert.Equal((nuint)rows, fetched);

            var expected = ExpectedThousand();
            Assert.Equal(0, buffer[0].NumberLength);
            for (var i = 0; i < rows; i++)
            {
                var row = &b[i + 1];
                Assert.Equal(0, status[i]);
                Assert.Equal(expected[i].Number, new string(row->Number, 0, (int)row->NumberLength / 2));
                Assert.Equal(expected[i].Total, Numeric(row->Total));
                Assert.Equal(expected[i].Date, new DateOnly(row->Date.Year, row->Date.Month, row->Date.Day));
            }
        }
    }

    internal static decimal Numeric(SqlNumericStruct value)
    {
        var mantissa = new System.Numerics.BigInteger(new ReadOnlySpan<byte>(value.Value, 16), isUnsigned: true);
        var result = (decimal)mantissa / (decimal)Math.Pow(10, value.Scale);
        return value.Sign == 1 ? result : -result;
    }

    [Fact]
    public void A_short_last_rowset_marks_the_missing_rows_SQL_ROW_NOROW()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = connection.Statement();
        var status = new ushort[4];
        nuint fetched = 0;
        var totals = new double[4];
        fixed (ushort* s = status)
        fixed (double* i = totals)
        {
            statement.SetAttribute(SQL_ATTR_ROW_ARRAY_SIZE, 4);
            statement.SetAttribute(SQL_ATTR_ROW_STATUS_PTR, (nint)s);
            statement.SetAttribute(SQL_ATTR_ROWS_FETCHED_PTR, (nint)(&fetched));
            statement.Execute("SELECT TOP 6 total FROM invoices ORDER BY invoice_number");
            statement.Check("SQLBindCol", SQLBindCol(statement.Handle, 1, SQL_C_DOUBLE, i, 0, null));
            Assert.True(statement.Fetch());
            Assert.Equal((nuint)4, fetched);
            Assert.True(statement.Fetch());
            Assert.Equal((nuint)2, fetched);
            Assert.Equal([0, 0, 3, 3], status);
            Assert.False(statement.Fetch());
        }
    }

    [Fact]
    public void SQL_ATTR_MAX_ROWS_ends_a_block_cursor_mid_rowset()
    {
        const int SQL_ATTR_MAX_ROWS = 1;
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = connection.Statement();
        var status = new ushort[4];
        nuint fetched = 0;
        var totals = new double[4];
        fixed (ushort* s = status)
        fixed (double* t = totals)
        {
            statement.SetAttribute(SQL_ATTR_MAX_ROWS, 10);
            statement.SetAttribute(SQL_ATTR_ROW_ARRAY_SIZE, 4);
            statement.SetAttribute(SQL_ATTR_ROW_STATUS_PTR, (nint)s);
            statement.SetAttribute(SQL_ATTR_ROWS_FETCHED_PTR, (nint)(&fetched));
            statement.Execute("SELECT total FROM invoices ORDER BY invoice_number");
            statement.Check("SQLBindCol", SQLBindCol(statement.Handle, 1, SQL_C_DOUBLE, t, 0, null));
            var expected = ExpectedThousand().Take(10).Select(e => (double)e.Total).ToArray();
            var read = new List<double>();
            foreach (var rows in new[] { 4, 4, 2 })
            {
                Assert.True(statement.Fetch());
                Assert.Equal((nuint)rows, fetched);
                read.AddRange(totals.Take(rows));
            }
            Assert.Equal([0, 0, 3, 3], status);
            Assert.False(statement.Fetch());
            Assert.Equal(expected, read);
        }
    }

    [Fact]
    public void A_block_cursor_writes_timestamps_and_NULLs_across_rowsets()
    {
        const int size = 128, width = 32;
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = connection.Statement();
        var expected = ExpectedData.Dataset.Invoices.OrderBy(i => i.InvoiceNumber, StringComparer.Ordinal).Take(500)
            .Select(i => (Created: i.CreatedTime.DateTime, Big: i.Total > 1000 ? (double?)(double)i.Total : null, Number: i.Total > 1000 ? i.InvoiceNumber : null))
            .ToArray();
        Assert.Contains(expected, e => e.Big is null);
        Assert.Contains(expected, e => e.Big is not null);
        var times = new SqlTimestampStruct[size];
        var timeIndicators = new nint[size];
        var bigs = new double[size];
        var bigIndicators = new nint[size];
        var numbers = new byte[size * width];
        var numberIndicators = new nint[size];
        nuint fetched = 0;
        var read = new List<(DateTime, double?, string?)>();
        fixed (SqlTimestampStruct* ts = times)
        fixed (nint* ti = timeIndicators)
        fixed (double* b = bigs)
        fixed (nint* bi = bigIndicators)
        fixed (byte* n = numbers)
        fixed (nint* ni = numberIndicators)
        {
            statement.SetAttribute(SQL_ATTR_ROW_ARRAY_SIZE, size);
            statement.SetAttribute(SQL_ATTR_ROWS_FETCHED_PTR, (nint)(&fetched));
            statement.Execute("SELECT TOP 500 created_time, CASE WHEN total > 1000 THEN total END AS big, " +
                "CASE WHEN total > 1000 THEN invoice_number END AS big_number FROM invoices ORDER BY invoice_number");
            statement.Check("SQLBindCol", SQLBindCol(statement.Handle, 1, SQL_C_TYPE_TIMESTAMP, ts, 0, ti));
            statement.Check("SQLBindCol", SQLBindCol(statement.Handle, 2, SQL_C_DOUBLE, b, 0, bi));
            statement.Check("SQLBindCol", SQLBindCol(statement.Handle, 3, SQL_C_CHAR, n, width, ni));
            while (statement.Fetch())
                for (var row = 0; row < (int)fetched; row++)
                {
                    var t = times[row];
                    read.Add((
                        new DateTime(t.Year, t.Month, t.Day, t.Hour, t.Minute, t.Second).AddTicks(t.Fraction / 100),
                        bigIndicators[row] == -1 ? null : bigs[row],
                        numberIndicators[row] == -1 ? null : Encoding.UTF8.GetString(numbers, row * width, (int)numberIndicators[row])));
                }
        }
        Assert.Equal(expected.Select(e => (e.Created, e.Big, e.Number)), read);
    }

    [Fact]
    public void Rows_read_ahead_one_by_one_continue_in_order_when_the_rowset_size_changes()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = connection.Statement();
        var expected = ExpectedThousand().Take(200).Select(e => e.Number).ToArray();
        var read = new List<string>();
        var numbers = new byte[50 * 32];
        nuint fetched = 0;
        fixed (byte* n = numbers)
        {
            statement.SetAttribute(SQL_ATTR_ROWS_FETCHED_PTR, (nint)(&fetched));
            statement.Execute("SELECT TOP 200 invoice_number FROM invoices ORDER BY invoice_number");
            // Three rows one by one (the cursor reads ahead), then rowsets of 50, of 1 and of 50 again, to the end.
            for (var i = 0; i < 3; i++)
            {
                Assert.True(statement.Fetch());
                read.Add(statement.GetString(1)!);
            }
            foreach (var size in new[] { 50, 1, 1, 50, 50, 50, 50 })
            {
                statement.SetAttribute(SQL_ATTR_ROW_ARRAY_SIZE, size);
                if (size == 1)
                {
                    Assert.True(statement.Fetch());
                    read.Add(statement.GetString(1)!);
                    continue;
                }
                statement.Check("SQLBindCol", SQLBindCol(statement.Handle, 1, SQL_C_CHAR, n, 32, null));
                if (!statement.Fetch()) break;
                for (var row = 0; row < (int)fetched; row++) read.Add(Encoding.ASCII.GetString(numbers, row * 32, Array.IndexOf(numbers, (byte)0, row * 32) - row * 32));
                // SQLSetPos reads a row of the rowset that began with rows read ahead.
                statement.Check("SQLSetPos", SQLSetPos(statement.Handle, 2, SQL_POSITION, SQL_LOCK_NO_CHANGE));
                Assert.Equal(read[^((int)fetched - 1)], statement.GetString(1));
                statement.Check("SQLBindCol", SQLBindCol(statement.Handle, 1, SQL_C_CHAR, null, 0, null));
            }
        }
        Assert.Equal(expected, read);
    }

    [Fact]
    public void An_error_SQLite_raises_for_a_later_row_surfaces_when_that_row_is_fetched()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = connection.Statement();
        // The rows in the table's own order (no ORDER BY), so that only the fifth row's expression fails.
        var order = statement.Execute("SELECT TOP 8 invoice_number FROM invoices").Rows().Select(r => r[0]!).ToArray();
        statement.Close();
        statement.Execute($"SELECT TOP 8 invoice_number, 100 / CASE WHEN invoice_number = '{order[4]}' THEN 0 ELSE 1 END AS x FROM invoices");
        for (var i = 0; i < 4; i++)
        {
            Assert.True(statement.Fetch());
            Assert.Equal(order[i], statement.GetString(1));
            Assert.Equal("100", statement.GetString(2));
        }
        Assert.Equal("22012", statement.StateOf(SQLFetch(statement.Handle)));
        Assert.Equal(SQL_NO_DATA, SQLFetch(statement.Handle));
    }

    [Fact]
    public void A_block_cursor_reads_a_time_of_day_column_as_text_and_as_SQL_TIME_STRUCT()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = connection.Statement();
        var expected = ExpectedData.Dataset.Invoices.OrderBy(i => i.InvoiceNumber, StringComparer.Ordinal).Take(5)
            .Select(i => i.CreatedTime.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        const int width = 9;
        var text = new byte[5 * width];
        var times = new short[5 * 3];
        nuint fetched = 0;
        fixed (byte* t = text)
        fixed (short* s = times)
        {
            statement.SetAttribute(SQL_ATTR_ROW_ARRAY_SIZE, 5);
            statement.SetAttribute(SQL_ATTR_ROWS_FETCHED_PTR, (nint)(&fetched));
            statement.Execute("SELECT TOP 5 CAST(created_time AS time) AS t, CAST(created_time AS time) AS t2 FROM invoices ORDER BY invoice_number");
            statement.Check("SQLBindCol", SQLBindCol(statement.Handle, 1, SQL_C_CHAR, t, width, null));
            statement.Check("SQLBindCol", SQLBindCol(statement.Handle, 2, SQL_C_TYPE_TIME, s, 6, null));
            Assert.True(statement.Fetch());
            Assert.Equal((nuint)5, fetched);
            for (var row = 0; row < 5; row++)
            {
                Assert.Equal(expected[row], Encoding.ASCII.GetString(text, row * width, width - 1));
                Assert.Equal(expected[row], $"{times[row * 3]:00}:{times[row * 3 + 1]:00}:{times[row * 3 + 2]:00}");
            }
            // And again through SQLGetData on a row the rowset keeps.
            statement.Check("SQLSetPos", SQLSetPos(statement.Handle, 3, SQL_POSITION, SQL_LOCK_NO_CHANGE));
            Assert.Equal(expected[2], statement.GetString(1));
        }
    }

    [Fact]
    public void SQLGetData_follows_a_change_of_C_type_MAX_LENGTH_or_result_between_rows()
    {
        // SQLGetData reuses per column what it worked out on the previous row: every change must still show.
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = connection.Statement();
        var expected = ExpectedThousand().Take(5).ToArray();
        statement.Execute("SELECT TOP 5 invoice_number, total FROM invoices ORDER BY invoice_number");

        Assert.True(statement.Fetch());
        Assert.Equal(expected[0].Number, statement.GetString(1));
        Assert.Equal(expected[0].Total.ToString("F2", System.Globalization.CultureInfo.InvariantCulture), statement.GetString(2));

        Assert.True(statement.Fetch());
        Assert.Equal(expected[1].Number, statement.GetAnsi(1));
        Assert.Equal((double)expected[1].Total, statement.Get<double>(2, SQL_C_DOUBLE)!.Value, 6);
        Assert.Equal("HY003", statement.StateOf(statement.GetDataState(1, 9999)));
        Assert.Equal("07009", statement.StateOf(statement.GetDataState(3, SQL_C_CHAR)));

        statement.SetAttribute(SQL_ATTR_MAX_LENGTH, 3);
        Assert.True(statement.Fetch());
        Assert.Equal(expected[2].Number[..3], statement.GetAnsi(1));
        statement.SetAttribute(SQL_ATTR_MAX_LENGTH, 0);
        Assert.True(statement.Fetch());
        Assert.Equal(expected[3].Number, statement.GetAnsi(1));

        // A new result on the same statement, its columns the other way round.
        statement.Close();
        statement.Execute("SELECT TOP 1 total, invoice_number FROM invoices ORDER BY invoice_number");
        Assert.True(statement.Fetch());
        Assert.Equal(expected[0].Total.ToString("F2", System.Globalization.CultureInfo.InvariantCulture), statement.GetAnsi(1));
        Assert.Equal(expected[0].Number, statement.GetString(2));
        Assert.Equal(SQL_NO_DATA, statement.GetDataState(2, SQL_C_WCHAR));
    }

    [Fact]
    public void SQLSetPos_positions_SQLGetData_on_any_row_of_the_rowset()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = connection.Statement();
        statement.SetAttribute(SQL_ATTR_ROW_ARRAY_SIZE, 5);
        statement.Execute("SELECT TOP 5 invoice_number FROM invoices ORDER BY invoice_number");
        Assert.True(statement.Fetch());
        var expected = ExpectedThousand().Take(5).Select(e => e.Number).ToArray();
        Assert.Equal(expected[0], statement.GetString(1));
        statement.Check("SQLSetPos", SQLSetPos(statement.Handle, 4, SQL_POSITION, SQL_LOCK_NO_CHANGE));
        Assert.Equal(expected[3], statement.GetString(1));
        Assert.Equal("HY109", statement.StateOf(SQLSetPos(statement.Handle, 6, SQL_POSITION, SQL_LOCK_NO_CHANGE)));
        Assert.Equal("HYC00", statement.StateOf(SQLSetPos(statement.Handle, 1, 1 /* SQL_REFRESH */, SQL_LOCK_NO_CHANGE)));
    }

    [Fact]
    public void SQLExtendedFetch_reads_SQL_ROWSET_SIZE_rows_for_ODBC_2_applications()
    {
        using var connection = new TestConnection(odbc.ConnectionString(), SQL_OV_ODBC2);
        using var statement = connection.Statement();
        statement.SetAttribute(SQL_ROWSET_SIZE, 3);
        statement.Execute("SELECT TOP 4 invoice_number FROM invoices ORDER BY invoice_number");
        var numbers = stackalloc byte[3 * 32];
        var lengths = stackalloc nint[3];
        statement.Check("SQLBindCol", SQLBindCol(statement.Handle, 1, SQL_C_CHAR, numbers, 32, lengths));
        nuint count;
        var status = stackalloc ushort[3];
        statement.Check("SQLExtendedFetch", SQLExtendedFetch(statement.Handle, (ushort)SQL_FETCH_NEXT, 0, &count, status));
        Assert.Equal((nuint)3, count);
        var expected = ExpectedThousand().Take(4).Select(e => e.Number).ToArray();
        Assert.Equal(expected[2], Encoding.UTF8.GetString(numbers + 64, (int)lengths[2]));
        statement.Check("SQLExtendedFetch", SQLExtendedFetch(statement.Handle, (ushort)SQL_FETCH_NEXT, 0, &count, status));
        Assert.Equal(((nuint)1, (ushort)0, (ushort)3), (count, status[0], status[1]));
        Assert.Equal(SQL_NO_DATA, SQLExtendedFetch(statement.Handle, (ushort)SQL_FETCH_NEXT, 0, &count, status));
    }

    [Fact]
    public void The_cursor_is_forward_only()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = connection.Statement();
        statement.Execute("SELECT TOP 2 invoice_number FROM invoices ORDER BY invoice_number");
        Assert.Equal("HY106", statement.StateOf(SQLFetchScroll(statement.Handle, SQL_FETCH_FIRST, 0)));
        statement.Check("SQLFetchScroll", SQLFetchScroll(statement.Handle, SQL_FETCH_NEXT, 0));
        Assert.Equal(ExpectedThousand()[0].Number, statement.GetString(1));
    }

    [Fact]
    public void Long_text_comes_in_pieces_with_01004_and_the_remaining_length()
    {
        // 8,400 characters (10,500 UTF-16 units) mixing one-, two-, three- and four-byte UTF-8 sequences (the last a surrogate pair in UTF-16).
        var unit = "aé日😀";
        var text = string.Concat(Enumerable.Repeat(unit, 2100));
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = connection.Statement();
        statement.Execute($"SELECT N'{text}'");
        Assert.True(statement.Fetch());

        // W: 4,001-byte buffers, odd on purpose; every piece must end on a whole character.
        var buffer = new char[2001];
        var read = new StringBuilder();
        var expectedRemaining = (nint)(text.Length * 2);
        fixed (char* b = buffer)
        {
            while (true)
            {
                var rc = SQLGetData(statement.Handle, 1, SQL_C_WCHAR, b, 4001, out var indicator);
                if (rc == SQL_NO_DATA) break;
                Assert.Equal(expectedRemaining, indicator);
                var piece = rc == SQL_SUCCESS ? (int)indicator / 2 : Array.IndexOf(buffer, '\0');
                Assert.False(char.IsHighSurrogate(buffer[piece - 1]), "a piece ended inside a surrogate pair");
                if (rc == SQL_SUCCESS_WITH_INFO) Assert.Equal("01004", statement.Diagnostics()[0].State);
                read.Append(buffer, 0, piece);
                expectedRemaining -= piece * 2;
                if (rc == SQL_SUCCESS) Assert.Equal(SQL_NO_DATA, SQLGetData(statement.Handle, 1, SQL_C_WCHAR, b, 4001, out _));
                if (rc == SQL_SUCCESS) break;
            }
        }
        Assert.Equal(text, read.ToString());
        statement.Close();

        // A: UTF-8 in 1,000-byte pieces, never splitting a sequence.
        statement.Execute($"SELECT N'{text}'");
        Assert.True(statement.Fetch());
        Assert.Equal(text, statement.GetAnsi(1, 1000));
    }

    [Fact]
    public void SQLGetData_reads_bound_columns_and_columns_in_any_order()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = connection.Statement();
        long bound = 0;
        nint indicator = 0;
        statement.Execute("SELECT TOP 1 invoice_number, customer_name, total FROM invoices ORDER BY invoice_number");
        statement.Check("SQLBindCol", SQLBindCol(statement.Handle, 3, SQL_C_SBIGINT, &bound, 0, &indicator));
        Assert.True(statement.Fetch());
        var invoice = ExpectedData.Dataset.Invoices.OrderBy(i => i.InvoiceNumber, StringComparer.Ordinal).First();
        Assert.Equal(invoice.CustomerName, statement.GetString(2));
        Assert.Equal(invoice.InvoiceNumber, statement.GetString(1));
        Assert.Equal(invoice.Total.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), statement.GetString(3));
        Assert.Equal((long)decimal.Truncate(invoice.Total), bound);
    }

    [Fact]
    public void SQL_ATTR_MAX_LENGTH_cuts_character_data_without_a_warning()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        using var statement = connection.Statement();
        statement.SetAttribute(SQL_ATTR_MAX_LENGTH, 4);
        statement.Execute("SELECT N'abcdefgh'");
        Assert.True(statement.Fetch());
        var buffer = stackalloc byte[64];
        Assert.Equal(SQL_SUCCESS, SQLGetData(statement.Handle, 1, SQL_C_CHAR, buffer, 64, out var length));
        Assert.Equal(4, length);
        Assert.Equal("abcd", Encoding.UTF8.GetString(buffer, 4));
    }
}
