using ZohoOdbc.Core.Engine;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Sql;

/// <summary>One item of the select list: the result column's name ("" when unnamed) and its value.</summary>
internal sealed record BoundSelectItem(string Name, BoundExpression Expression)
{
    public ResultColumn ToResultColumn(string? baseTable) => new(
        Name, Expression.Type.Type, Expression.Type.Size, Expression.Type.Scale, Expression.Type.Nullable,
        Expression is BoundColumn ? baseTable : null,
        (Expression as BoundColumn)?.Column.Name);
}

/// <summary>An ORDER BY item: an expression, or a position in the select list (ORDER BY 2, or an alias).</summary>
internal sealed record BoundOrderItem(BoundExpression? Expression, int? SelectOrdinal, bool Descending);

/// <summary>
/// A bound SELECT: the table (null for SELECT without FROM), select list, WHERE, ORDER BY and the row
/// window (TOP n → Limit; OFFSET m ROWS FETCH NEXT n ROWS ONLY → Offset, Limit).
/// </summary>
internal sealed record BoundQuery(
    EntityDefinition? Table,
    IReadOnlyList<BoundSelectItem> SelectItems,
    BoundPredicate? Where,
    IReadOnlyList<BoundOrderItem> OrderBy,
    long? Limit,
    long? Offset)
{
    public IReadOnlyList<ResultColumn> ResultColumns => SelectItems.Select(i => i.ToResultColumn(Table?.Name)).ToArray();
}
