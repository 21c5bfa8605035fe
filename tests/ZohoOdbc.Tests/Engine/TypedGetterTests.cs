using System.Text;
using ZohoOdbc.Core;
using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Tests.Engine;

/// <summary>The row reader's typed getters give exactly what GetValue gives (or fail as it does), whatever the stored form.</summary>
public sealed class TypedGetterTests
{
    // Stored forms a column of each type can meet: what the engine writes, and what expressions produce.
    private static readonly (SqlDataType Type, short Scale, string Stored)[] Cases =
    [
        (SqlDataType.VarChar, 0, "'plain'"), (SqlDataType.VarChar, 0, "'Grüße €'"), (SqlDataType.VarChar, 0, "''"),
        (SqlDataType.VarChar, 0, "42"), (SqlDataType.VarChar, 0, "2.5"),
        (SqlDataType.Decimal, 2, "30.1"), (SqlDataType.Decimal, 2, "1234.005"), (SqlDataType.Decimal, 2, "-0.125"),
        (SqlDataType.Decimal, 2, "7"), (SqlDataType.Decimal, 6, "0.1234567"), (SqlDataType.Decimal, 0, "2.5"),
        (SqlDataType.Decimal, 2, "'12.345'"), (SqlDataType.Decimal, 2, "1e300"), (SqlDataType.Decimal, 2, "'x'"),
        (SqlDataType.BigInt, 0, "9007199254740993"), (SqlDataType.Integer, 0, "-3.9"), (SqlDataType.BigInt, 0, "'17'"),
        (SqlDataType.Double, 0, "0.1"), (SqlDataType.Double, 0, "3"), (SqlDataType.Double, 0, "'2.5e3'"),
        (SqlDataType.Bit, 0, "1"), (SqlDataType.Bit, 0, "0"), (SqlDataType.Bit, 0, "'true'"), (SqlDataType.Bit, 0, "0.5"),
        (SqlDataType.Date, 0, "'2024-02-29'"), (SqlDataType.Date, 0, "'2024-02-29 13:45:00'"), (SqlDataType.Date, 0, "'2023-02-29'"),
        (SqlDataType.Date, 0, "'2024-2-9'"), (SqlDataType.Date, 0, "'0000-01-01'"), (SqlDataType.Date, 0, "20240101"),
        (SqlDataType.Timestamp, 0, "'2024-03-01 08:09:10'"), (SqlDataType.Timestamp, 3, "'2024-03-01 08:09:10.123'"),
        (SqlDataType.Timestamp, 7, "'2024-03-01T08:09:10.1234567'"), (SqlDataType.Timestamp, 0, "'2024-03-01T08:09:10'"),
        (SqlDataType.Timestamp, 0, "'2024-03-01 08:09'"), (SqlDataType.Timestamp, 0, "'2024-03-01T08:09'"),
        (SqlDataType.Timestamp, 0, "'2024-03-01'"), (SqlDataType.Timestamp, 0, "'2024-03-01 24:00:00'"),
        (SqlDataType.Timestamp, 0, "'2024-03-01 08:09:10.'"), (SqlDataType.Timestamp, 0, "'2024-03-01 08:09:10.12345678'"),
        (SqlDataType.Timestamp, 0, "'2024-03-01 08:09:60'"), (SqlDataType.Timestamp, 0, "' 2024-03-01'"),
        (SqlDataType.VarChar, 0, "NULL"), (SqlDataType.Date, 0, "NULL"), (SqlDataType.Decimal, 2, "NULL"),
    ];

    [Fact]
    public void Every_typed_getter_agrees_with_GetValue()
    {
        var columns = Cases.Select((c, i) => new ResultColumn("c" + i, c.Type, 18, c.Scale, true)).ToArray();
        var sql = "SELECT " + string.Join(", ", Cases.Select(c => c.Stored));
        using var reader = SqliteRowReader.Execute(SqliteRuntime.OpenInMemory(), sql, columns);
        Assert.True(reader.Read());
        for (var i = 0; i < Cases.Length; i++)
        {
            var (expected, expectedError) = Attempt(() => reader.GetValue(i));
            if (expectedError is null) Assert.Equal(expected is null, reader.IsNull(i));
            if (expected is null && expectedError is null) continue;
            var (actual, actualError) = Attempt(() => Typed(reader, i));
            Assert.True(expectedError?.SqlState == actualError?.SqlState, $"{Cases[i].Stored} as {Cases[i].Type}: {expectedError?.Message} / {actualError?.Message}");
            Assert.Equal(expectedError?.Message, actualError?.Message);
            Assert.Equal(expected, actual);
            if (expected is decimal exact) Assert.Equal(exact.Scale, ((decimal)actual!).Scale);
        }
        Assert.False(reader.Read());
    }

    [Fact]
    public void GetDecimal_equals_GetValue_for_many_stored_reals()
    {
        // Amounts as the engine stores them (doubles parsed from decimal text), and arbitrary doubles.
        var random = new Random(4);
        var values = new List<(double Value, short Scale)>();
        for (var i = 0; i < 4000; i++)
        {
            var scale = (short)random.Next(0, 8);
            var digits = random.Next(1, 17);
            var units = (long)(random.NextDouble() * Math.Pow(10, digits)) * (random.Next(2) == 0 ? 1 : -1);
            values.Add((double.Parse(((decimal)units / (decimal)Math.Pow(10, random.Next(0, 8))).ToString(System.Globalization.CultureInfo.InvariantCulture),
                System.Globalization.CultureInfo.InvariantCulture), scale));
            values.Add(((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-3, 16)), scale));
        }
        values.AddRange([(0.125, 2), (-0.125, 2), (0.005, 2), (1e15, 2), (999999999999999, 0), (0.1 + 0.2, 1), (-0.0, 2), (1.0000000000000002, 6)]);

        foreach (var scale in values.Select(v => v.Scale).Distinct())
        {
            var ofScale = values.Where(v => v.Scale == scale).ToArray();
            var sql = "SELECT column1 FROM (VALUES " + string.Join(", ", ofScale.Select(v => "(" + v.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + ")")) + ")";
            using var reader = SqliteRowReader.Execute(SqliteRuntime.OpenInMemory(), sql, [new ResultColumn("amount", SqlDataType.Decimal, 18, scale, false)]);
            foreach (var (value, _) in ofScale)
            {
                Assert.True(reader.Read());
                var expected = (decimal)reader.GetValue(0)!;
                var actual = reader.GetDecimal(0);
                Assert.True(expected == actual && expected.Scale == actual.Scale, $"{value:R} at scale {scale}: {expected} / {actual}");
            }
            Assert.False(reader.Read());
        }
    }

    [Fact]
    public void ReadBlock_gives_what_GetValue_gives_row_by_row()
    {
        // Dates and timestamps repeat and change from row to row (the reader remembers the last date text per column).
        var random = new Random(7);
        var rows = new List<string>();
        for (var i = 0; i < 300; i++)
        {
            var day = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 4));
            var time = $"{random.Next(0, 24):00}:{random.Next(0, 60):00}:{random.Next(0, 60):00}";
            var timestamp = random.Next(6) switch
            {
                0 => $"'{day:yyyy-MM-dd}'",
                1 => $"'{day:yyyy-MM-dd}T{time}.{random.Next(0, 1000):000}'",
                2 => "NULL",
                3 => $"'{day:yyyy-MM-dd} {time[..5]}'",
                _ => $"'{day:yyyy-MM-dd} {time}'",
            };
            var date = random.Next(5) == 0 ? "NULL" : random.Next(4) == 0 ? $"'{day:yyyy-MM-dd} {time}'" : $"'{day:yyyy-MM-dd}'";
            var amount = random.Next(5) == 0 ? "NULL" : (random.Next(-100000, 100000) / 100.0).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            var text = random.Next(5) == 0 ? "NULL" : random.Next(4) == 0 ? "17" : $"'row {i} é'";
            rows.Add($"({text}, {amount}, {date}, {timestamp}, {random.Next()}, {random.NextDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture)}, {random.Next(2)})");
        }
        var columns = new[]
        {
            new ResultColumn("text", SqlDataType.VarChar, 40, 0, true), new ResultColumn("amount", SqlDataType.Decimal, 18, 2, true),
            new ResultColumn("day", SqlDataType.Date, 10, 0, true), new ResultColumn("at", SqlDataType.Timestamp, 27, 3, true),
            new ResultColumn("n", SqlDataType.BigInt, 19, 0, false), new ResultColumn("x", SqlDataType.Double, 15, 0, false),
            new ResultColumn("flag", SqlDataType.Bit, 1, 0, false),
        };
        var sql = "SELECT * FROM (VALUES " + string.Join(", ", rows) + ")";
        using var blocks = SqliteRowReader.Execute(SqliteRuntime.OpenInMemory(), sql, columns);
        using var values = SqliteRowReader.Execute(SqliteRuntime.OpenInMemory(), sql, columns);
        var block = new RowBlock(columns);
        var read = 0;
        int count;
        while (true)
        {
            block.Reset();
            if ((count = blocks.ReadBlock(block, 7)) == 0) break;
            for (var row = 0; row < count; row++, read++)
            {
                Assert.True(values.Read());
                for (var c = 0; c < columns.Length; c++)
                    Assert.Equal(values.GetValue(c), BlockValue(block.Columns[c], row));
            }
            if (count < 7) break;
        }
        Assert.Equal(rows.Count, read);
        Assert.False(values.Read());
        Assert.Equal(0, blocks.ReadBlock(block, 7));
    }

    [Fact]
    public void ReadBlock_keeps_a_bad_value_s_error_for_when_it_is_read_and_reads_on()
    {
        var columns = new[] { new ResultColumn("day", SqlDataType.Date, 10, 0, true), new ResultColumn("n", SqlDataType.BigInt, 19, 0, true) };
        const string sql = "SELECT * FROM (VALUES ('2024-01-01', 1), ('2024-01-02', 2), ('2024-13-01', 3), ('2024-01-04', 4))";
        using var values = SqliteRowReader.Execute(SqliteRuntime.OpenInMemory(), sql, columns);
        for (var i = 0; i < 3; i++) Assert.True(values.Read());
        var expected = Assert.Throws<ZohoOdbcException>(() => values.GetValue(0));

        using var blocks = SqliteRowReader.Execute(SqliteRuntime.OpenInMemory(), sql, columns);
        var block = new RowBlock(columns);
        Assert.Equal(4, blocks.ReadBlock(block, 10));
        var day = block.Columns[0];
        Assert.True(day.HasErrors);
        Assert.Equal(expected.SqlState, day.ErrorAt(2)!.SqlState);
        Assert.Equal(expected.Message, day.ErrorAt(2)!.Message);
        Assert.Null(day.ErrorAt(3));
        Assert.Equal(new DateOnly(2024, 1, 4), BlockValue(day, 3));
        Assert.Equal(3L, BlockValue(block.Columns[1], 2));
        Assert.False(block.Columns[1].HasErrors);

        // Dropping the rows up to the bad one drops its error too; reading more appends after what is held.
        block.RemoveFirst(3);
        Assert.False(day.HasErrors);
        Assert.Equal(1, block.Count);
        Assert.Equal(new DateOnly(2024, 1, 4), BlockValue(day, 0));
        Assert.Equal(0, blocks.ReadBlock(block, 10));
    }

    private static object? BlockValue(RowBlockColumn column, int row)
    {
        if (column.IsNull(row)) return null;
        return column.Type switch
        {
            SqlDataType.VarChar or SqlDataType.Time => Encoding.UTF8.GetString(column.TextAt(row)),
            SqlDataType.Decimal => column.NumberAt(row),
            SqlDataType.Integer or SqlDataType.BigInt => column.BitsAt(row),
            SqlDataType.Double => BitConverter.Int64BitsToDouble(column.BitsAt(row)),
            SqlDataType.Bit => column.BitsAt(row) != 0,
            SqlDataType.Date => DateOnly.FromDayNumber((int)column.BitsAt(row)),
            SqlDataType.Timestamp => new DateTime(column.BitsAt(row)),
            _ => throw new ArgumentOutOfRangeException(nameof(column)),
        };
    }

    [Fact]
    public void Parameters_bind_by_name_and_type()
    {
        var columns = new[] { new ResultColumn("a", SqlDataType.VarChar, 10, 0, true), new ResultColumn("b", SqlDataType.BigInt, 0, 0, true),
            new ResultColumn("c", SqlDataType.Double, 0, 0, true), new ResultColumn("d", SqlDataType.VarChar, 10, 0, true) };
        using var reader = SqliteRowReader.Execute(SqliteRuntime.OpenInMemory(), "SELECT $p1, $p2, $p3, $p4", columns, command =>
        {
            command.Parameters.AddWithValue("$p1", "été");
            command.Parameters.AddWithValue("$p2", 5L);
            command.Parameters.AddWithValue("$p3", 1.5);
            command.Parameters.AddWithValue("$p4", DBNull.Value);
        });
        Assert.True(reader.Read());
        Assert.Equal("été", Encoding.UTF8.GetString(reader.GetUtf8(0)));
        Assert.Equal(5L, reader.GetInt64(1));
        Assert.Equal(1.5, reader.GetDouble(2));
        Assert.True(reader.IsNull(3));
        Assert.False(reader.Read());
    }

    [Fact]
    public void The_reader_stops_at_the_end_and_never_reruns_the_statement()
    {
        var columns = new[] { new ResultColumn("n", SqlDataType.BigInt, 0, 0, false) };
        using var reader = SqliteRowReader.Execute(SqliteRuntime.OpenInMemory(), "SELECT 1 UNION ALL SELECT 2", columns);
        Assert.True(reader.Read());
        Assert.Equal(1L, reader.GetInt64(0));
        Assert.True(reader.Read());
        Assert.Equal(2L, reader.GetInt64(0));
        Assert.False(reader.Read());
        Assert.False(reader.Read());
    }

    private static object Typed(IRowReader reader, int i) => reader.Columns[i].Type switch
    {
        SqlDataType.VarChar => Encoding.UTF8.GetString(reader.GetUtf8(i)),
        SqlDataType.Decimal => reader.GetDecimal(i),
        SqlDataType.Integer or SqlDataType.BigInt => reader.GetInt64(i),
        SqlDataType.Double => reader.GetDouble(i),
        SqlDataType.Bit => reader.GetBoolean(i),
        SqlDataType.Date => reader.GetDate(i),
        SqlDataType.Timestamp => reader.GetTimestamp(i),
        _ => throw new ArgumentOutOfRangeException(nameof(i)),
    };

    private static (object? Value, ZohoOdbcException? Error) Attempt(Func<object?> read)
    {
        try
        {
            return (read(), null);
        }
        catch (ZohoOdbcException e)
        {
            return (null, e);
        }
    }
}
