using ZohoOdbc.Core.Engine;
using ZohoOdbc.Driver.Diagnostics;

namespace ZohoOdbc.Driver.Results;

/// <summary>
/// An open forward-only cursor over the rows of a query or of a catalog function. Rows of a
/// query are read ahead into a <see cref="KeptRowset"/>: a block cursor's whole rowset at once
/// (kept so SQLSetPos can position on any of its rows for SQLGetData), a row-at-a-time cursor
/// (pyodbc's SQLFetch + SQLGetData) a batch of <see cref="RowsAhead"/> rows it then hands out one by
/// one. In-memory rows (catalog functions) are read as the objects they already are.
/// </summary>
internal sealed class ResultCursor(IReadOnlyList<ColumnDescriptor> columns, IRowReader reader, QueryCancellation? cancellation) : IDisposable
{
    /// <summary>Rows a row-at-a-time cursor reads ahead: enough to make the per-row cost of reading vanish, few enough to cost nothing visible before the first row.</summary>
    public const int RowsAhead = 64;

    private readonly bool boxed = reader is BoxedRowReader;
    private bool keeping;
    private object?[][]? rowset;
    private KeptRowset? kept;
    private readonly SqlDataType[] types = reader.Columns.Select(c => c.Type).ToArray();
    private int rowsetCount;
    private int position;
    // The kept rows: the current rowset starts at rowsetStart; rows from next on are read ahead, not yet fetched.
    private int rowsetStart;
    private int next;
    private bool readerDone;
    // A reader failure held back until the rows read before it are fetched (see ReadAhead).
    private Exception? deferred;
    private bool exhausted;

    public IReadOnlyList<ColumnDescriptor> Columns { get; } = columns;

    /// <summary>True while positioned on a row (after a successful fetch, before the end).</summary>
    public bool OnRow { get; private set; }

    /// <summary>Rows fetched from the result so far (read-ahead rows count once they are fetched).</summary>
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
        if (!boxed) kept ??= new KeptRowset(reader.Columns);
        else if (keeping && (rowset is null || rowset.Length < size)) rowset = new object?[size][];
    }

    /// <summary>Core's description of the columns (their <see cref="SqlDataType"/> says which typed getter reads them).</summary>
    public IReadOnlyList<ResultColumn> CoreColumns => reader.Columns;

    /// <summary>The typed rows of a block cursor's current rowset (from row 0); null for a row-at-a-time cursor or in-memory rows.</summary>
    public KeptRowset? Kept => keeping ? kept : null;

    /// <summary>True while a rowset of more than one row is kept (a block cursor).</summary>
    public bool KeepsRows => keeping;

    /// <summary>True when the values of the rowset can be read typed (<see cref="Cell"/>): all but kept in-memory rows.</summary>
    public bool HasTypedCells => !boxed || !keeping;

    /// <summary>A value of row <paramref name="row"/> (0-based) of the rowset without boxing.</summary>
    public CellValue Cell(int row, int index) =>
        kept is not null ? kept.Get(rowsetStart + row, index) : CellValue.Read(reader, index, types[index]);

    /// <summary>The positioned row's value, for SQLGetData.</summary>
    public CellValue Cell(int index) => Cell(position, index);

    /// <summary>
    /// Reads the whole rowset of a typed block cursor (<see cref="Kept"/> not null): at most
    /// <paramref name="rows"/> rows, fewer only at the end of the result. Rows a row-at-a-time
    /// fetch read ahead come first. Returns how many.
    /// </summary>
    public int ReadRowset(int rows)
    {
        var block = kept!.Block;
        // Rows read ahead and not fetched move to the front; the rest of the rowset is read after them.
        if (next < block.Count) block.RemoveFirst(next);
        else block.Reset();
        next = 0;
        rowsetStart = 0;
        if (exhausted) block.Reset();
        else if (block.Count < rows) ReadAhead(rows);
        var read = Math.Min(rows, block.Count);
        next = read;
        if (read == 0) exhausted = true;
        RowsRead += read;
        rowsetCount = read;
        OnRow = read > 0;
        return read;
    }

    /// <summary>Fetches the next row (a row-at-a-time cursor, or in-memory rows); false at the end of the result.</summary>
    public bool MoveNext()
    {
        if (kept is not null && keeping) throw new InvalidOperationException("A typed block cursor reads its rowset with ReadRowset.");
        if (exhausted) return false;
        if (kept is not null)
        {
            if (next >= kept.Count)
            {
                kept.Block.Reset();
                next = 0;
                ReadAhead(RowsAhead);
                if (kept.Count == 0)
                {
                    exhausted = true;
                    return false;
                }
            }
            rowsetStart = next++;
        }
        else
        {
            if (!Read())
            {
                exhausted = true;
                return false;
            }
            if (keeping)
            {
                var values = rowset![rowsetCount] ??= new object?[Columns.Count];
                for (var i = 0; i < values.Length; i++) values[i] = reader.GetValue(i);
            }
        }
        RowsRead++;
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

    /// <summary>A value of the positioned row.</summary>
    public object? GetValue(int index) => GetValue(position, index);

    /// <summary>A value of row <paramref name="row"/> (0-based) of the rowset being fetched.</summary>
    public object? GetValue(int row, int index) =>
        kept is not null ? kept.GetValue(rowsetStart + row, index) : keeping ? rowset![row][index] : reader.GetValue(index);

    public void Dispose()
    {
        reader.Dispose();
        cancellation?.Dispose();
    }

    /// <summary>
    /// Reads rows into the kept block until it holds <paramref name="rows"/> or the result ends. A failure of the reader
    /// after some rows (an error SQLite raises for a later row) is held back until those rows are fetched, so it surfaces
    /// where reading row by row would surface it; a cancellation surfaces at once.
    /// </summary>
    private void ReadAhead(int rows)
    {
        if (readerDone)
        {
            // Held back until the rows read before it are fetched.
            if (kept!.Count > 0 || deferred is not { } failure) return;
            deferred = null;
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
        var before = kept!.Count;
        try
        {
            if (kept.Read(reader, rows, cancellation) + before < rows) readerDone = true;
        }
        catch (Exception failure) when (kept.Count > before && !QueryCancellation.IsCancellation(failure) && failure is not OdbcException)
        {
            readerDone = true;
            deferred = failure;
        }
    }

    private bool Read() => cancellation is null ? reader.Read() : cancellation.Read(reader);
}
