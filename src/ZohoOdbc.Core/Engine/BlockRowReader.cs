using Microsoft.Data.Sqlite;

namespace ZohoOdbc.Core.Engine;

/// <summary>
/// The rows of a <see cref="DirectProjection"/>: a result already held typed in a <see cref="RowBlock"/>, read with the
/// same getters as <see cref="SqliteRowReader"/> and handed to a cursor's block by copying arrays. Owns the query's
/// in-memory database, as the SQLite reader does.
/// </summary>
internal sealed class BlockRowReader(SqliteConnection connection, IReadOnlyList<ResultColumn> columns, RowBlock rows) : IRowReader
{
    private int position = -1;

    public IReadOnlyList<ResultColumn> Columns { get; } = columns;

    public bool Read()
    {
        if (position >= rows.Count) return false;
        return ++position < rows.Count;
    }

    public object? GetValue(int ordinal) => Current(ordinal).ValueAt(position);

    public bool IsNull(int ordinal) => Current(ordinal).IsNull(position);

    public long GetInt64(int ordinal) => Value(ordinal).BitsAt(position);

    public double GetDouble(int ordinal) => BitConverter.Int64BitsToDouble(Value(ordinal).BitsAt(position));

    public decimal GetDecimal(int ordinal) => Value(ordinal).NumberAt(position);

    public bool GetBoolean(int ordinal) => Value(ordinal).BitsAt(position) != 0;

    public DateOnly GetDate(int ordinal) => DateOnly.FromDayNumber((int)Value(ordinal).BitsAt(position));

    public DateTime GetTimestamp(int ordinal) => new(Value(ordinal).BitsAt(position));

    public ReadOnlySpan<byte> GetUtf8(int ordinal) => Value(ordinal).TextAt(position);

    public int ReadBlock(RowBlock block, int count)
    {
        var next = position + 1;
        var wanted = count - block.Count;
        var taken = Math.Max(0, Math.Min(wanted, rows.Count - next));
        if (taken > 0) block.AppendFrom(rows, next, taken);
        // On the last row handed over; past the end once the rows run out, as Read leaves it.
        position = taken < wanted ? rows.Count : next + taken - 1;
        return taken;
    }

    public void Dispose() => connection.Dispose();

    private RowBlockColumn Current(int ordinal)
    {
        if ((uint)position >= (uint)rows.Count) throw new InvalidOperationException("The reader is not on a row: call Read first.");
        return rows.Columns[ordinal];
    }

    private RowBlockColumn Value(int ordinal)
    {
        var column = Current(ordinal);
        if (column.IsNull(position)) throw new InvalidOperationException($"Column {ordinal} is NULL: call IsNull before a typed getter.");
        return column;
    }
}
