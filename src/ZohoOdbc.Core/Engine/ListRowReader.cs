namespace ZohoOdbc.Core.Engine;

/// <summary>Rows already in memory (EXPLAIN's plan, a procedure's answer) as an <see cref="IRowReader"/>.</summary>
internal sealed class ListRowReader(IReadOnlyList<ResultColumn> columns, IReadOnlyList<object?[]> rows) : BoxedRowReader
{
    private int position = -1;

    public override IReadOnlyList<ResultColumn> Columns { get; } = columns;

    public override bool Read() => ++position < rows.Count;

    public override object? GetValue(int ordinal) => rows[position][ordinal];

    public override void Dispose()
    {
    }
}
