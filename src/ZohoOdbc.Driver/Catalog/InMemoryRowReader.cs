using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Driver.Catalog;

/// <summary>A Core row reader over rows the driver built itself (catalog functions).</summary>
internal sealed class InMemoryRowReader(IReadOnlyList<ResultColumn> columns, IReadOnlyList<object?[]> rows) : BoxedRowReader
{
    private int position = -1;

    public override IReadOnlyList<ResultColumn> Columns { get; } = columns;

    public override bool Read() => ++position < rows.Count;

    public override object? GetValue(int ordinal) => rows[position][ordinal];

    public override void Dispose() { }
}
