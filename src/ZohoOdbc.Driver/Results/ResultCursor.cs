using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Driver.Results;

/// <summary>
/// An open forward-only cursor over the rows of a query or of a catalog function. With a rowset
/// of more than one row, the rows of the current rowset are kept so SQLSetPos can position on
/// any of them and SQLGetData read it: typed in a <see cref="KeptRowset"/>, or as the objects
/// they already are for in-memory rows.
/// </summary>
internal sealed class ResultCursor(IReadOnlyList<ColumnDescriptor> columns, IRowReader reader, QueryCancellation? cancellation) : IDisposable
{
    private bool keeping;
    private object?[][]? rowset;
    private KeptRowset? kept;
    private readonly SqlDataType[] types = reader.Columns.Select(c => c.Type).ToArray();
    private int rowsetCount;
    private int position;
    private bool exhausted;

    public IReadOnlyList<ColumnDescriptor> Columns { get; } = columns;

    /// <summary>True while positioned on a row (after a successful fetch, before the end).</summary>
    public bool OnRow { get; private set; }

    /// <summary>Rows read from the result so far.</summary>
    public long RowsRead { get; private set; }

    /// <summary>Rows in the current rowset.</summary>
    public int RowsetCount => rowsetCount;

    /// <summary>The 1-based number, within the whole result, of the row the cursor is positioned on (SQL_ATTR_ROW_NUMBER).</summary>
    public long CurrentRowNumber => OnRow ? RowsRead - rowsetCount + position + 1 : 0;

    /// <summary>Starts a rowset of up to <paramref name="size"/> rows; rows are kept when there is more than one.</summary>
    public void BeginRowset(int size)
    {
        rowsetCount = 0;
        position = 0;
        OnRow = false;
        keeping = size > 1;
        if (!keeping) return;
        if (reader is BoxedRowReader)
        {
            if (rowset is null || rowset.Length < size) rowset = new object?[size][];
        }
        else
        {
            kept ??= new KeptRowset(reader.Columns);
        }
    }

    /// <summary>Core's description of the columns (their <see cref="SqlDataType"/> says which typed getter reads them).</summary>
    public IReadOnlyList<ResultColumn> CoreColumns => reader.Columns;

    /// <summary>The typed rows of the current rowset while it is kept; null otherwise.</summary>
    public KeptRowset? Kept => keeping ? kept : null;

    /// <summary>True while a rowset of more than one row is kept (a block cursor).</summary>
    public bool KeepsRows => keeping;

    /// <summary>True when the values of the rowset can be read typed (<see cref="Cell"/>): all but kept in-memory rows.</summary>
    public bool HasTypedCells => !keeping || kept is not null;

    /// <summary>
    /// A value of row <paramref name="row"/> (0-based) of the rowset without boxing: from the
    /// kept rowset, or from the reader, which stands on the row just read or positioned.
    /// </summary>
    public CellValue Cell(int row, int index) => keeping ? kept!.Get(row, index) : CellValue.Read(reader, index, types[index]);

    /// <summary>The positioned row's value, for SQLGetData.</summary>
    public CellValue Cell(int index) => Cell(position, index);

    /// <summary>
    /// Reads the whole rowset of a typed block cursor (<see cref="Kept"/> not null) at once: at most
    /// <paramref name="rows"/> rows, fewer only at the end of the result. Returns how many.
    /// </summary>
    public int ReadRowset(int rows)
    {
        if (exhausted) return 0;
        var read = kept!.Read(reader, rows, cancellation);
        if (read < rows) exhausted = true;
        RowsRead += read;
        rowsetCount = read;
        OnRow = read > 0;
        return read;
    }

    /// <summary>Reads the next row into the rowset (row by row: not for a typed block cursor, see <see cref="ReadRowset"/>); false at the end of the result.</summary>
    public bool MoveNext()
    {
        if (kept is not null && keeping) throw new InvalidOperationException("A typed block cursor reads its rowset with ReadRowset.");
        if (exhausted) return false;
        if (!Read())
        {
            exhausted = true;
            return false;
        }
        RowsRead++;
        if (keeping)
        {
            var values = rowset![rowsetCount] ??= new object?[Columns.Count];
            for (var i = 0; i < values.Length; i++) values[i] = reader.GetValue(i);
        }
        rowsetCount++;
        OnRow = true;
        return true;
    }

    /// <summary>After the rowset's rows are read, the cursor stands on its first row.</summary>
    public void EndRowset()
    {
        position = 0;
        OnRow = rowsetCount > 0;
    }

    /// <summary>SQLSetPos(SQL_POSITION): stands on row <paramref name="row"/> (1-based) of the rowset.</summary>
    public bool Position(int row)
    {
        if (row < 1 || row > rowsetCount) return false;
        position = row - 1;
        return true;
    }

    /// <summary>Marks the cursor finished (SQL_ATTR_MAX_ROWS reached).</summary>
    public void Stop() => exhausted = true;

    /// <summary>
    /// A value of the row being fetched or of the positioned row. While a rowset is being read
    /// the value comes from the reader; afterwards from the kept rows.
    /// </summary>
    public object? GetValue(int index) => GetValue(position, index);

    /// <summary>A value of row <paramref name="row"/> (0-based) of the rowset being fetched.</summary>
    public object? GetValue(int row, int index) =>
        !keeping ? reader.GetValue(index) : kept is not null ? kept.GetValue(row, index) : rowset![row][index];

    public void Dispose()
    {
        reader.Dispose();
        cancellation?.Dispose();
    }

    private bool Read() => cancellation is null ? reader.Read() : cancellation.Read(reader);
}
