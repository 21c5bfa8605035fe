namespace ZohoOdbc.Core.Engine;

/// <summary>A forward-only stream of typed rows.</summary>
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
}
