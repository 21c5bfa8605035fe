using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Driver.Results;

/// <summary>
/// Rows read ahead of the application, typed: Core's <see cref="RowBlock"/> (arrays per column, reused, so a warm
/// cursor allocates nothing). A block cursor's rowset is read into it in one call and its bound columns written from
/// its columns; a row-at-a-time cursor reads a batch of rows ahead and hands them out one by one. The rows stay
/// readable (SQLSetPos + SQLGetData) until the next read.
/// </summary>
internal sealed class KeptRowset(IReadOnlyList<ResultColumn> columns)
{
    public RowBlock Block { get; } = new(columns);

    /// <summary>Rows held.</summary>
    public int Count => Block.Count;

    /// <summary>Reads rows after those held until <paramref name="rows"/> are held or the result ends; returns how many were added.</summary>
    public int Read(IRowReader reader, int rows, QueryCancellation? cancellation) =>
        cancellation is null ? reader.ReadBlock(Block, rows) : cancellation.ReadBlock(reader, Block, rows);

    /// <summary>A kept value (its text borrowed from the block until the next read); a value Core could not read raises its error now.</summary>
    public CellValue Get(int row, int index)
    {
        var column = Block.Columns[index];
        if (column.HasErrors && column.ErrorAt(row) is { } error) throw error;
        if (column.IsNull(row)) return new CellValue { IsNull = true };
        if (column.IsText) return new CellValue { Text = column.TextAt(row) };
        return column.Type == SqlDataType.Decimal ? new CellValue { Number = column.NumberAt(row) } : new CellValue { Bits = column.BitsAt(row) };
    }

    /// <summary>A kept value as the object <see cref="IRowReader.GetValue"/> gives for its column type.</summary>
    public object? GetValue(int row, int index) => Block.Columns[index].ValueAt(row);
}
