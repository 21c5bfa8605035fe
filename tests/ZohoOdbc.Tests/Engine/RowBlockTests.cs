using System.Text;
using ZohoOdbc.Core;
using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Tests.Engine;

/// <summary>Rows copied from one row block to another (a cursor reading ahead from kept rows) keep every value, NULL and error.</summary>
public sealed class RowBlockTests
{
    private static readonly ResultColumn[] Columns =
    [
        new("name", SqlDataType.VarChar, 50, 0, true), new("total", SqlDataType.Decimal, 18, 2, true),
        new("day", SqlDataType.Date, 10, 0, true), new("n", SqlDataType.BigInt, 19, 0, true),
    ];

    [Fact]
    public void AppendFrom_copies_any_range_into_a_block_that_already_holds_rows()
    {
        var source = Source(40);
        // The source has dropped rows, as a reader's block does: what is left keeps its place in the arena.
        source.RemoveFirst(5);
        for (var start = 0; start < source.Count; start += 7)
        {
            var count = Math.Min(9, source.Count - start);
            var target = new RowBlock(Columns);
            Fill(target, "held", 3);
            target.AppendFrom(source, start, count);
            Assert.Equal(3 + count, target.Count);
            for (var row = 0; row < 3; row++) Assert.Equal($"held {row}", Text(target.Columns[0], row));
            for (var row = 0; row < count; row++)
                for (var c = 0; c < Columns.Length; c++)
                    Assert.Equal(Value(source.Columns[c], start + row), Value(target.Columns[c], 3 + row));
            Assert.Equal(source.Columns[0].IsAllValidUtf8(source.Count), target.Columns[0].IsAllValidUtf8(target.Count));
        }
    }

    [Fact]
    public void AppendFrom_carries_errors_over_and_leaves_none_behind_in_reused_rows()
    {
        var source = Source(6);
        var error = new ZohoOdbcException("22018", "bad date");
        source.Columns[2].SetError(4, error);
        var target = new RowBlock(Columns);
        target.AppendFrom(source, 0, 6);
        Assert.Same(error, target.Columns[2].ErrorAt(4));
        Assert.Throws<ZohoOdbcException>(() => target.Columns[2].ValueAt(4));

        // Reused from row 0, the block takes rows without errors: the old error must not come back.
        target.Reset();
        var clean = Source(6);
        target.AppendFrom(clean, 0, 6);
        Assert.Null(target.Columns[2].ErrorAt(4));
        Assert.Equal(Value(clean.Columns[2], 4), Value(target.Columns[2], 4));
    }

    [Fact]
    public void AppendFrom_of_only_NULL_texts_moves_no_text()
    {
        var source = new RowBlock(Columns);
        source.EnsureCapacity(4);
        for (var row = 0; row < 4; row++)
        {
            foreach (var column in source.Columns) column.SetNull(row);
            source.CommitRow();
        }
        var target = new RowBlock(Columns);
        Fill(target, "kept", 2);
        target.AppendFrom(source, 1, 3);
        for (var row = 2; row < 5; row++) Assert.True(target.Columns[0].IsNull(row));
        Assert.Equal("kept 1", Text(target.Columns[0], 1));
        Assert.True(target.Columns[0].IsAllValidUtf8(target.Count));
    }

    // Rows with non-ASCII text, empty text and a NULL every few rows in each column.
    private static RowBlock Source(int rows)
    {
        var block = new RowBlock(Columns);
        block.EnsureCapacity(rows);
        for (var row = 0; row < rows; row++)
        {
            var c = block.Columns;
            if (row % 5 == 2) c[0].SetNull(row);
            else c[0].SetText(row, Encoding.UTF8.GetBytes(row % 4 == 0 ? "" : $"Société {row} – Ωmega"));
            if (row % 6 == 3) c[1].SetNull(row); else c[1].SetNumber(row, row * 10.25m - 7);
            if (row % 7 == 1) c[2].SetNull(row); else c[2].SetBits(row, new DateOnly(2026, 1, 1).DayNumber + row);
            if (row % 3 == 0) c[3].SetNull(row); else c[3].SetBits(row, row * 1_000_000_007L);
            block.CommitRow();
        }
        return block;
    }

    private static void Fill(RowBlock block, string prefix, int rows)
    {
        block.EnsureCapacity(rows);
        for (var row = 0; row < rows; row++)
        {
            block.Columns[0].SetText(row, Encoding.UTF8.GetBytes($"{prefix} {row}"));
            block.Columns[1].SetNumber(row, row);
            block.Columns[2].SetBits(row, row);
            block.Columns[3].SetBits(row, row);
            block.CommitRow();
        }
    }

    private static string Text(RowBlockColumn column, int row) => Encoding.UTF8.GetString(column.TextAt(row));

    private static object? Value(RowBlockColumn column, int row) => column.ValueAt(row);
}
