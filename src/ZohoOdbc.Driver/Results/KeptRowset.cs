using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Driver.Results;

/// <summary>
/// The rows of the current block-cursor rowset, kept so SQLSetPos + SQLGetData can read any of
/// them after the reader has moved on. The rowset is read in one call into Core's
/// <see cref="RowBlock"/> (typed arrays per column, reused: a warm rowset allocates nothing);
/// the bound columns are then written from its columns, one loop per column.
/// </summary>
internal sealed class KeptRowset(IReadOnlyList<ResultColumn> columns)
{
    public RowBlock Block { get; } = new(columns);

    /// <summary>Rows kept.</summary>
    public int Count => Block.Count;

    /// <summary>Reads up to <paramref name="rows"/> rows of the reader; fewer only at the end of the result.</summary>
    public int Read(IRowReader reader, int rows, QueryCancellation? cancellation) =>
        cancellation is null ? reader.ReadBlock(Block, rows) : cancellation.ReadBlock(reader, Block, rows);

    /// <summary>A kept value (its text borrowed from the block until the next rowset).</summary>
    public CellValue Get(int row, int index)
    {
        var column = Block.Columns[index];
        if (column.IsNull(row)) return new CellValue { IsNull = true };
        if (column.IsText) return new CellValue { Text = column.TextAt(row) };
        return column.Type == SqlDataType.Decimal ? new CellValue { Number = column.NumberAt(row) } : new CellValue { Bits = column.BitsAt(row) };
    }

    /// <summary>A kept value as the object <see cref="IRowReader.GetValue"/> gives for its column type.</summary>
    public object? GetValue(int row, int index) => Get(row, index).ToObject(Block.Columns[index].Type);
}
