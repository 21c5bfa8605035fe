using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Driver.Results;

/// <summary>An open forward-only cursor: the rows of a query or of a catalog function.</summary>
internal sealed class ResultCursor(IReadOnlyList<ColumnDescriptor> columns, IRowReader reader, QueryCancellation? cancellation) : IDisposable
{
    public IReadOnlyList<ColumnDescriptor> Columns { get; } = columns;

    /// <summary>True while positioned on a row (after a successful fetch, before the end).</summary>
    public bool OnRow { get; private set; }

    /// <summary>Rows read so far; the current row's number when <see cref="OnRow"/>.</summary>
    public long RowsRead { get; private set; }

    private bool exhausted;

    public bool MoveNext()
    {
        if (exhausted) return false;
        OnRow = cancellation is null ? reader.Read() : cancellation.Run(_ => reader.Read());
        if (OnRow) RowsRead++;
        else exhausted = true;
        return OnRow;
    }

    /// <summary>Marks the cursor finished (SQL_ATTR_MAX_ROWS reached).</summary>
    public void Stop()
    {
        OnRow = false;
        exhausted = true;
    }

    public object? GetValue(int index) => reader.GetValue(index);

    public void Dispose()
    {
        reader.Dispose();
        cancellation?.Dispose();
    }
}
