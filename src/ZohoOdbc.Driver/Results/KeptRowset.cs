using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Driver.Results;

/// <summary>
/// The rows of the current block-cursor rowset, kept so SQLSetPos + SQLGetData can read any of
/// them after the reader has moved on. Each value is read once through its typed getter into
/// reused arrays (text as UTF-8 in one arena), so keeping a rowset allocates nothing once warm;
/// the bound columns are then written from the kept cells.
/// </summary>
internal sealed class KeptRowset
{
    /// <summary>One kept value: <see cref="Bits"/> as in <see cref="CellValue"/>, text as an offset into the arena.</summary>
    public struct Cell
    {
        public bool IsNull;
        public long Bits;
        public decimal Number;
        public int TextLength;
    }

    private readonly SqlDataType[] types;
    private Cell[] cells = [];
    private byte[] text = new byte[4096];
    private int textUsed;

    public KeptRowset(IReadOnlyList<ResultColumn> columns) => types = columns.Select(c => c.Type).ToArray();

    /// <summary>Forgets the previous rowset; room for <paramref name="rows"/> rows.</summary>
    public void Begin(int rows)
    {
        if (cells.Length < rows * types.Length) cells = new Cell[rows * types.Length];
        textUsed = 0;
    }

    /// <summary>Copies the reader's current row into row <paramref name="row"/>.</summary>
    public void Keep(int row, IRowReader reader)
    {
        var cellsOfRow = cells.AsSpan(row * types.Length, types.Length);
        for (var i = 0; i < cellsOfRow.Length; i++)
        {
            var value = CellValue.Read(reader, i, types[i]);
            ref var cell = ref cellsOfRow[i];
            cell.IsNull = value.IsNull;
            cell.Bits = value.Bits;
            cell.Number = value.Number;
            cell.TextLength = value.Text.Length;
            if (!CellValue.IsText(types[i]) || value.IsNull) continue;
            if (text.Length - textUsed < value.Text.Length) Array.Resize(ref text, Math.Max(text.Length * 2, textUsed + value.Text.Length));
            value.Text.CopyTo(text.AsSpan(textUsed));
            cell.Bits = textUsed;
            textUsed += value.Text.Length;
        }
    }

    /// <summary>The kept cell of row <paramref name="row"/>, column <paramref name="index"/>, for column-wise loops.</summary>
    public ref readonly Cell At(int row, int index) => ref cells[row * types.Length + index];

    /// <summary>The UTF-8 of a kept text (VarChar or Time) cell.</summary>
    public ReadOnlySpan<byte> TextOf(in Cell cell) => text.AsSpan((int)cell.Bits, cell.TextLength);

    /// <summary>A kept value (its text borrowed from the arena until the next rowset).</summary>
    public CellValue Get(int row, int index)
    {
        ref readonly var cell = ref cells[row * types.Length + index];
        if (cell.IsNull) return new CellValue { IsNull = true };
        return CellValue.IsText(types[index])
            ? new CellValue { Text = text.AsSpan((int)cell.Bits, cell.TextLength) }
            : new CellValue { Bits = cell.Bits, Number = cell.Number };
    }

    /// <summary>A kept value as the object <see cref="IRowReader.GetValue"/> gives for its column type.</summary>
    public object? GetValue(int row, int index) => Get(row, index).ToObject(types[index]);
}
