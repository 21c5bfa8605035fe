namespace ZohoOdbc.Core.Engine;

/// <summary>
/// A forward-only stream of typed rows. <see cref="GetValue"/> reads any column as an object;
/// the typed getters read the current row without boxing or allocating, for the fetch loop.
/// A typed getter must be the one of the column's <see cref="SqlDataType"/> (GetInt64 for
/// Integer and BigInt, GetUtf8 for VarChar, ...) and the value must not be NULL (ask
/// <see cref="IsNull"/> first); it returns what <see cref="GetValue"/> would, unboxed, and fails
/// the same way.
/// </summary>
public interface IRowReader : IDisposable
{
    IReadOnlyList<ResultColumn> Columns { get; }

    /// <summary>Advances to the next row; false when there are no more.</summary>
    bool Read();

    /// <summary>
    /// The value of a column of the current row, null for SQL NULL, otherwise the CLR type
    /// <see cref="SqlDataType"/> documents for the column's type.
    /// </summary>
    object? GetValue(int ordinal);

    /// <summary>True when the column of the current row is SQL NULL.</summary>
    bool IsNull(int ordinal);

    /// <summary>An Integer or BigInt column.</summary>
    long GetInt64(int ordinal);

    /// <summary>A Double column.</summary>
    double GetDouble(int ordinal);

    /// <summary>A Decimal column, rounded to the column's scale and carrying exactly that many decimals.</summary>
    decimal GetDecimal(int ordinal);

    /// <summary>A Bit column.</summary>
    bool GetBoolean(int ordinal);

    /// <summary>A Date column.</summary>
    DateOnly GetDate(int ordinal);

    /// <summary>A Timestamp column.</summary>
    DateTime GetTimestamp(int ordinal);

    /// <summary>
    /// A VarChar column as UTF-8, without a terminator. The bytes belong to the reader: valid
    /// until the next <see cref="Read"/> or the next getter call on the same column.
    /// </summary>
    ReadOnlySpan<byte> GetUtf8(int ordinal);

    /// <summary>
    /// Reads rows into <paramref name="block"/>, after the rows it holds, until it holds <paramref name="rows"/> rows or the
    /// reader ends; returns how many it added (fewer than asked only at the end). A value its getter cannot read keeps the
    /// getter's error in the block (see <see cref="RowBlockColumn.ErrorAt"/>), so it fails only when it is read. Readers
    /// may read faster than the typed getters allow one by one.
    /// </summary>
    int ReadBlock(RowBlock block, int rows)
    {
        block.EnsureCapacity(rows);
        var start = block.Count;
        while (block.Count < rows && Read()) block.AddCurrentRow(this);
        return block.Count - start;
    }
}
