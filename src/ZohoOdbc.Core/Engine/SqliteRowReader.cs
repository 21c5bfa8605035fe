using System.Text;
using Microsoft.Data.Sqlite;

namespace ZohoOdbc.Core.Engine;

/// <summary>
/// Streams the rows of the translated query, converting each SQLite value to the CLR type of its
/// result column. Owns the in-memory database: disposing the reader frees it. The statement is
/// stepped through SQLite's C API directly, so the typed getters read a value with one native
/// call and no boxing (Microsoft.Data.Sqlite stays for the connection and its functions).
/// </summary>
internal sealed unsafe class SqliteRowReader : IRowReader
{
    private readonly SqliteConnection connection;
    private nint statement;
    private bool firstRowPending;
    private bool done;
    private byte[] converted = new byte[64];
    private readonly DateTextMemo dates;
    // The columns' scales, read per decimal value without a call through IReadOnlyList.
    private readonly short[] scales;

    private SqliteRowReader(SqliteConnection connection, IReadOnlyList<ResultColumn> columns)
    {
        this.connection = connection;
        Columns = columns;
        dates = new DateTextMemo(columns.Count);
        scales = columns.Select(c => c.Scale).ToArray();
    }

    /// <summary>
    /// Runs <paramref name="sql"/> (one statement) on <paramref name="connection"/>, which the reader
    /// then owns. <paramref name="bind"/> adds the parameters to a command, as for Microsoft.Data.Sqlite;
    /// their values are bound to the statement. Like SqliteCommand.ExecuteReader, the first row is
    /// computed here, so an error in it fails the execution.
    /// </summary>
    public static SqliteRowReader Execute(SqliteConnection connection, string sql, IReadOnlyList<ResultColumn> columns, Action<SqliteCommand>? bind = null)
    {
        var reader = new SqliteRowReader(connection, columns);
        try
        {
            reader.Prepare(sql);
            if (bind is not null)
            {
                using var parameters = connection.CreateCommand();
                bind(parameters);
                foreach (SqliteParameter parameter in parameters.Parameters) reader.Bind(parameter.ParameterName, parameter.Value);
            }
            reader.firstRowPending = reader.Step();
            return reader;
        }
        catch (SqliteException e)
        {
            reader.Release();
            throw SqliteRuntime.Translate(e);
        }
        catch
        {
            reader.Release();
            throw;
        }
    }

    public IReadOnlyList<ResultColumn> Columns { get; }

    public bool Read()
    {
        if (firstRowPending)
        {
            firstRowPending = false;
            return true;
        }
        try
        {
            return Step();
        }
        catch (SqliteException e)
        {
            throw SqliteRuntime.Translate(e);
        }
    }

    public object? GetValue(int ordinal) => SqliteStorage.FromStorage(StorageValue(ordinal), Columns[ordinal]);

    public bool IsNull(int ordinal) => SqliteNative.sqlite3_value_type(Value(ordinal)) == SqliteNative.Null;

    public long GetInt64(int ordinal) => Int64(ordinal, Value(ordinal));

    public double GetDouble(int ordinal) => Double(ordinal, Value(ordinal));

    public decimal GetDecimal(int ordinal) => Decimal(ordinal, Value(ordinal));

    public bool GetBoolean(int ordinal) => Boolean(ordinal, Value(ordinal));

    public DateOnly GetDate(int ordinal) => Date(ordinal, Value(ordinal));

    public DateTime GetTimestamp(int ordinal) => Timestamp(ordinal, Value(ordinal));

    public ReadOnlySpan<byte> GetUtf8(int ordinal) => Utf8(ordinal, Value(ordinal));

    /// <summary>
    /// The typed getters' values for a rowset in one loop: each value is fetched from SQLite once and the getter of
    /// its column's type is called directly, with no interface call or intermediate value per cell.
    /// </summary>
    public int ReadBlock(RowBlock block, int rows)
    {
        block.EnsureCapacity(rows);
        var start = block.Count;
        var columns = block.Columns;
        while (block.Count < rows && Read())
        {
            var row = block.Count;
            for (var i = 0; i < columns.Length; i++)
            {
                var column = columns[i];
                var value = Value(i);
                if (SqliteNative.sqlite3_value_type(value) == SqliteNative.Null)
                {
                    column.SetNull(row);
                    continue;
                }
                try
                {
                    switch (column.Type)
                    {
                        case SqlDataType.VarChar or SqlDataType.Time:
                            column.SetText(row, Utf8(i, value));
                            break;
                        case SqlDataType.Decimal:
                            column.SetNumber(row, Decimal(i, value));
                            break;
                        case SqlDataType.Integer or SqlDataType.BigInt:
                            column.SetBits(row, Int64(i, value));
                            break;
                        case SqlDataType.Double:
                            column.SetBits(row, BitConverter.DoubleToInt64Bits(Double(i, value)));
                            break;
                        case SqlDataType.Bit:
                            column.SetBits(row, Boolean(i, value) ? 1 : 0);
                            break;
                        case SqlDataType.Date:
                            column.SetBits(row, Date(i, value).DayNumber);
                            break;
                        case SqlDataType.Timestamp:
                            column.SetBits(row, Timestamp(i, value).Ticks);
                            break;
                        default:
                            throw new InvalidOperationException($"A row block does not hold {column.Type} values.");
                    }
                }
                catch (ZohoOdbcException error)
                {
                    column.SetError(row, error);
                }
            }
            block.CommitRow();
        }
        return block.Count - start;
    }

    /// <summary>The current row's value of a column, read with sqlite3_value_* (see <see cref="SqliteNative"/>): one mutex round per value.</summary>
    private nint Value(int ordinal) => SqliteNative.sqlite3_column_value(statement, ordinal);

    private static ReadOnlySpan<byte> Text(nint value) =>
        new(SqliteNative.sqlite3_value_text(value), SqliteNative.sqlite3_value_bytes(value));

    private long Int64(int ordinal, nint value) => SqliteNative.sqlite3_value_type(value) == SqliteNative.Integer
        ? SqliteNative.sqlite3_value_int64(value)
        : (long)Converted(ordinal);

    private double Double(int ordinal, nint value) => SqliteNative.sqlite3_value_type(value) switch
    {
        SqliteNative.Float => SqliteNative.sqlite3_value_double(value),
        SqliteNative.Integer => SqliteNative.sqlite3_value_int64(value),
        _ => (double)Converted(ordinal),
    };

    private decimal Decimal(int ordinal, nint value)
    {
        var scale = scales[ordinal];
        switch (SqliteNative.sqlite3_value_type(value))
        {
            case SqliteNative.Float:
                var real = SqliteNative.sqlite3_value_double(value);
                if (SqliteStorage.TryToScaleExactly(real, scale, out var exact)) return exact;
                // Beyond decimal's range FromStorage words the 22003.
                if (Math.Abs(real) < 7.9e28) return SqliteStorage.ToScale((decimal)real, scale);
                break;
            case SqliteNative.Integer:
                return SqliteStorage.ToScale(SqliteNative.sqlite3_value_int64(value), scale);
        }
        return (decimal)Converted(ordinal);
    }

    private bool Boolean(int ordinal, nint value) => SqliteNative.sqlite3_value_type(value) == SqliteNative.Integer
        ? SqliteNative.sqlite3_value_int64(value) != 0
        : (bool)Converted(ordinal);

    private DateOnly Date(int ordinal, nint value)
    {
        if (SqliteNative.sqlite3_value_type(value) == SqliteNative.Text)
        {
            var text = Text(value);
            if (dates.TryGet(ordinal, text, out var date)) return date;
            if (IsoDateText.TryParseDate(text, out date))
            {
                dates.Remember(ordinal, text, date);
                return date;
            }
        }
        return (DateOnly)Converted(ordinal);
    }

    /// <summary>A timestamp's date part repeats from row to row like a date's: it is remembered the same way, and only the time is parsed.</summary>
    private DateTime Timestamp(int ordinal, nint value)
    {
        if (SqliteNative.sqlite3_value_type(value) == SqliteNative.Text)
        {
            var text = Text(value);
            if (IsoDateText.IsTimestampLength(text.Length))
            {
                var datePart = text[..10];
                if (!dates.TryGet(ordinal, datePart, out var date))
                {
                    if (!IsoDateText.TryParseDate(datePart, out date)) return (DateTime)Converted(ordinal);
                    dates.Remember(ordinal, datePart, date);
                }
                if (IsoDateText.TryParseTimeOfDay(text, out var ticks)) return new DateTime(date.DayNumber * TimeSpan.TicksPerDay + ticks);
            }
        }
        return (DateTime)Converted(ordinal);
    }

    private ReadOnlySpan<byte> Utf8(int ordinal, nint value)
    {
        if (SqliteNative.sqlite3_value_type(value) == SqliteNative.Text) return Text(value);
        // A number in a text column: FromStorage's spelling of it.
        var text = (string)Converted(ordinal);
        var needed = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (converted.Length < needed) converted = new byte[needed];
        return converted.AsSpan(0, Encoding.UTF8.GetBytes(text, converted));
    }

    public void Dispose()
    {
        Release();
        connection.Dispose();
    }

    /// <summary>The value through FromStorage, for what the typed getters do not read natively (and to raise its errors).</summary>
    private object Converted(int ordinal) => GetValue(ordinal)
        ?? throw new InvalidOperationException($"Column {ordinal} is NULL: call IsNull before a typed getter.");

    private ReadOnlySpan<byte> Text(int ordinal)
    {
        var text = SqliteNative.sqlite3_column_text(statement, ordinal);
        return new ReadOnlySpan<byte>(text, SqliteNative.sqlite3_column_bytes(statement, ordinal));
    }

    /// <summary>The storage class's CLR value, as SqliteDataReader.GetValue gives it.</summary>
    private object StorageValue(int ordinal)
    {
        switch (SqliteNative.sqlite3_column_type(statement, ordinal))
        {
            case SqliteNative.Integer: return SqliteNative.sqlite3_column_int64(statement, ordinal);
            case SqliteNative.Float: return SqliteNative.sqlite3_column_double(statement, ordinal);
            case SqliteNative.Text: return Encoding.UTF8.GetString(Text(ordinal));
            case SqliteNative.Blob:
                var blob = SqliteNative.sqlite3_column_blob(statement, ordinal);
                return new ReadOnlySpan<byte>(blob, SqliteNative.sqlite3_column_bytes(statement, ordinal)).ToArray();
            default: return DBNull.Value;
        }
    }

    private void Prepare(string sql)
    {
        var utf8 = Encoding.UTF8.GetBytes(sql);
        fixed (byte* text = utf8)
        {
            var rc = SqliteNative.sqlite3_prepare_v2(connection.Handle!.DangerousGetHandle(), text, utf8.Length, out statement, out var tail);
            if (rc != SqliteNative.Ok) SqliteException.ThrowExceptionForRC(rc, connection.Handle);
            var rest = new ReadOnlySpan<byte>(tail, utf8.Length - (int)(tail - text));
            if (statement == 0 || rest.Trim(" \t\r\n;"u8).Length > 0)
                throw new InvalidOperationException("The engine runs one SQL statement per query.");
        }
    }

    /// <summary>A parameter as SqliteCommand binds it: the name with its prefix, or tried with each prefix.</summary>
    private void Bind(string name, object? value)
    {
        var index = 0;
        foreach (var candidate in name.Length > 0 && name[0] is '$' or '@' or ':' ? [name] : new[] { "$" + name, "@" + name, ":" + name })
        {
            var utf8 = Encoding.UTF8.GetBytes(candidate + "\0");
            fixed (byte* text = utf8) index = SqliteNative.sqlite3_bind_parameter_index(statement, text);
            if (index > 0) break;
        }
        if (index == 0) return;
        var rc = SqliteNative.BindStorage(statement, index, value);
        if (rc != SqliteNative.Ok) SqliteException.ThrowExceptionForRC(rc, connection.Handle);
    }

    /// <summary>One step; false once the statement is done (never stepped again: SQLite would rerun it).</summary>
    private bool Step()
    {
        if (done) return false;
        var rc = SqliteNative.sqlite3_step(statement);
        if (rc == SqliteNative.Row) return true;
        done = true;
        if (rc != SqliteNative.Done) SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        return false;
    }

    private void Release()
    {
        if (statement == 0) return;
        SqliteNative.sqlite3_finalize(statement);
        statement = 0;
    }
}
