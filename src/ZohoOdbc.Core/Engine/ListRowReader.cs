namespace ZohoOdbc.Core.Engine;

/// <summary>Rows already in memory (EXPLAIN's plan, a procedure's answer) as an <see cref="IRowReader"/>.</summary>
internal sealed class ListRowReader(IReadOnlyList<ResultColumn> columns, IReadOnlyList<object?[]> rows) : IRowReader
{
    private int position = -1;

    public IReadOnlyList<ResultColumn> Columns { get; } = columns;

    public bool Read() => ++position < rows.Count;

    public object? GetValue(int ordinal) => rows[position][ordinal];

    public void Dispose()
    {
    }
}
