using ZohoOdbc.Core.Engine;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Catalog;

/// <summary>
/// A driver-side result set (a catalog function's answer), exposed through the same cursor,
/// describe and fetch path as query results.
/// </summary>
internal sealed class CatalogResult(IReadOnlyList<ColumnDescriptor> columns)
{
    private readonly List<object?[]> rows = [];

    public IReadOnlyList<ColumnDescriptor> Columns { get; } = columns;

    public void Add(params object?[] values)
    {
        if (values.Length != Columns.Count) throw new ArgumentException($"Expected {Columns.Count} values, got {values.Length}.", nameof(values));
        rows.Add(values);
    }

    public ResultCursor OpenCursor() => new(Columns, new InMemoryRowReader(Columns.Select(ToResultColumn).ToArray(), rows), null);

    /// <summary>Core's view of a metadata column; SMALLINT has no Core type and reads as Integer.</summary>
    private static ResultColumn ToResultColumn(ColumnDescriptor column) => new(
        column.Name,
        column.Type.IsCharacter ? SqlDataType.VarChar : SqlDataType.Integer,
        column.ColumnSize,
        column.DecimalDigits,
        column.Nullable);
}
