using System.Globalization;

namespace ZohoOdbc.Core.Sql;

/// <summary>
/// TOP n WITH TIES and TOP n PERCENT of a statement. SQLite's LIMIT knows neither, so the statement numbers its rows
/// in its ORDER BY (RANK() for ties, which shares a number among equal keys; ROW_NUMBER() otherwise), counts them for a
/// percentage, and an outer query keeps those numbered up to n (or CEILING(rows * n / 100), as SQL Server rounds).
/// The whole result is loaded: no API row goal applies, since the cut depends on every row.
/// </summary>
internal sealed record TopShare(bool WithTies, bool Percent, long Count)
{
    private const string RankColumn = "__top_rank";
    private const string RowsColumn = "__top_rows";

    /// <summary>The numbering columns to append to the select list, ordered by the statement's ORDER BY terms.</summary>
    public string Columns(IReadOnlyList<string> orderTerms)
    {
        var over = orderTerms.Count == 0 ? "" : "ORDER BY " + string.Join(", ", orderTerms);
        var columns = $", {(WithTies ? "RANK()" : "ROW_NUMBER()")} OVER ({over}) AS {SqliteSyntax.Quote(RankColumn)}";
        return Percent ? columns + $", COUNT(*) OVER () AS {SqliteSyntax.Quote(RowsColumn)}" : columns;
    }

    /// <summary>The statement <paramref name="numbered"/> (with <see cref="Columns"/>) cut to the share, in its order.</summary>
    public string Wrap(string numbered, int columnCount)
    {
        var count = Count.ToString(CultureInfo.InvariantCulture);
        var limit = Percent ? $"(({SqliteSyntax.Quote(RowsColumn)} * {count} + 99) / 100)" : count;
        var columns = string.Join(", ", Enumerable.Range(0, columnCount).Select(i => SqliteSyntax.Quote(BoundQuery.ColumnName(i))));
        return $"SELECT {columns} FROM ({numbered}) WHERE {SqliteSyntax.Quote(RankColumn)} <= {limit} ORDER BY {SqliteSyntax.Quote(RankColumn)}";
    }
}
