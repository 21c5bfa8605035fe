using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Driver.Catalog;

/// <summary>A Core row reader over rows the driver built itself (catalog functions).</summary>
internal sealed class InMemoryRowReader(IReadOnlyList<ResultColumn> columns, IReadOnlyList<object?[]> rows) : IRowReader
{
    private int position = -1;

    public IReadOnlyList<ResultColumn> Columns { get; } = columns;

    public bool Read() => ++position < rows.Count;

    public object? GetValue(int ordinal) => rows[position][ordinal];

    public void Dispose() { }
}
