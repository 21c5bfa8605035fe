namespace ZohoOdbc.Core.Sql;

/// <summary>
/// A bound query expression (a query specification, a set operation, or a parenthesized one): its SQLite text whose
/// result columns are c0, c1, ..., the columns' names and types, whether it can return at most one row, and the
/// columns of enclosing queries it reads (correlation).
/// </summary>
internal sealed record BoundQuery(string Sql, IReadOnlyList<OutputColumn> Columns, bool AtMostOneRow, IReadOnlyList<BoundExpr> OuterReferences)
{
    /// <summary>
    /// For a query that only filters and projects one table (no grouping, DISTINCT, TOP or window): per result column, the
    /// table column it shows unchanged (null for other expressions). A condition on such a derived table's column can
    /// then pre-filter the table itself (what BI tools send: their filters wrap the query they were given).
    /// </summary>
    public IReadOnlyList<BoundExpr?>? Passthrough { get; init; }

    /// <summary>The i-th result column's name in the SQLite text.</summary>
    public static string ColumnName(int ordinal) => "c" + ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// The rows a query keeps: TOP n or OFFSET m ROWS FETCH NEXT n ROWS ONLY (and a trailing LIMIT). Constants are known
/// at bind time; a ? marker (TOP (?)) only at execution.
/// </summary>
internal sealed record RowWindow(long? Limit, long? Offset, string? LimitSql = null, string? OffsetSql = null)
{
    public bool IsEmpty => Limit is null && Offset is null && LimitSql is null && OffsetSql is null;

    public bool IsConstant => LimitSql is null && OffsetSql is null;

    /// <summary>The SQLite LIMIT ... OFFSET ... clause ("" when none).</summary>
    public string Sql()
    {
        if (IsEmpty) return "";
        var limit = LimitSql ?? (Limit ?? -1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var text = " LIMIT " + limit;
        if (OffsetSql is not null) text += " OFFSET " + OffsetSql;
        else if (Offset is { } offset and > 0) text += " OFFSET " + offset.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return text;
    }

    /// <summary>This window, then <paramref name="then"/> applied to its rows (a trailing LIMIT after TOP/OFFSET).</summary>
    public RowWindow Then(RowWindow then)
    {
        if (!IsConstant || !then.IsConstant) throw UnsupportedSql.NotYet("A trailing LIMIT together with a ? in TOP or OFFSET");
        var skip = (Offset ?? 0) + (then.Offset ?? 0);
        long? take = (Limit, then.Limit) switch
        {
            (null, null) => null,
            ({ } a, null) => Math.Max(0, a - (then.Offset ?? 0)),
            (null, { } b) => b,
            ({ } a, { } b) => Math.Max(0, Math.Min(a - (then.Offset ?? 0), b)),
        };
        return new RowWindow(take, skip == 0 ? null : skip);
    }
}
