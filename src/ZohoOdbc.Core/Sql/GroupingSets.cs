using System.Text;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace ZohoOdbc.Core.Sql;

/// <summary>
/// GROUP BY ROLLUP / CUBE / GROUPING SETS (beside plain expressions, whose sets multiply): the distinct grouping
/// expressions and the grouping sets over them, as SQL Server expands them (ROLLUP(a, b) is (a, b), (a), (); CUBE every
/// subset; duplicates kept). SQLite has none of them, so the statement becomes one grouped SELECT per set, UNION ALL'd:
/// a grouping column outside its set reads NULL and GROUPING(column) 1. Only select items that are a grouping
/// expression itself, GROUPING(expression), or free of grouped columns outside aggregates are safe to rewrite so;
/// anything else stays 0A000 (never a guessed answer).
/// </summary>
internal sealed class GroupingSets
{
    /// <summary>More sets than this (CUBE of many columns) is 0A000: each set reads the rows again.</summary>
    public const int MaxSets = 64;

    private const string Construct = "ROLLUP, CUBE or GROUPING SETS";

    private GroupingSets(IReadOnlyList<BoundExpr> expressions, IReadOnlyList<int[]> sets)
    {
        Expressions = expressions;
        Sets = sets;
    }

    /// <summary>The distinct grouping expressions of every set.</summary>
    public IReadOnlyList<BoundExpr> Expressions { get; }

    /// <summary>Each set: indexes into <see cref="Expressions"/>.</summary>
    public IReadOnlyList<int[]> Sets { get; }

    /// <summary>The sets of <paramref name="clause"/>; <paramref name="bind"/> binds (and checks) one grouping expression.</summary>
    public static GroupingSets Bind(GroupByClause clause, Func<ScalarExpression, BoundExpr> bind)
    {
        var expressions = new List<BoundExpr>();
        int Index(ScalarExpression expression)
        {
            var bound = bind(expression);
            var found = expressions.FindIndex(e => e.Sql == bound.Sql);
            if (found >= 0) return found;
            expressions.Add(bound);
            return expressions.Count - 1;
        }

        int[] Plain(GroupingSpecification specification) => specification switch
        {
            ExpressionGroupingSpecification expression => [Index(expression.Expression)],
            CompositeGroupingSpecification composite => composite.Items.SelectMany(Plain).ToArray(),
            _ => throw UnsupportedSql.NotYet($"{UnsupportedSql.NameOf(specification)} inside ROLLUP or CUBE"),
        };

        List<int[]> Options(GroupingSpecification specification)
        {
            switch (specification)
            {
                case ExpressionGroupingSpecification or CompositeGroupingSpecification:
                    return [Plain(specification)];
                case GrandTotalGroupingSpecification:
                    return [[]];
                case RollupGroupingSpecification rollup:
                {
                    var parts = rollup.Arguments.Select(Plain).ToArray();
                    return Enumerable.Range(0, parts.Length + 1).Select(k => parts.Take(parts.Length - k).SelectMany(p => p).ToArray()).ToList();
                }
                case CubeGroupingSpecification cube:
                {
                    var parts = cube.Arguments.Select(Plain).ToArray();
                    if (parts.Length > 6) throw UnsupportedSql.NotYet($"CUBE of more than 6 expressions");
                    // From the full set down to the grand total, as SQL Server lists them.
                    return Enumerable.Range(0, 1 << parts.Length).Reverse()
                        .Select(mask => parts.Where((_, i) => (mask & (1 << (parts.Length - 1 - i))) != 0).SelectMany(p => p).ToArray()).ToList();
                }
                case GroupingSetsGroupingSpecification sets:
                    return sets.Sets.SelectMany(Options).ToList();
                default:
                    throw UnsupportedSql.NotYet($"{UnsupportedSql.NameOf(specification)} in GROUP BY");
            }
        }

        List<int[]> product = [[]];
        foreach (var specification in clause.GroupingSpecifications)
        {
            var options = Options(specification);
            product = product.SelectMany(p => options.Select(o => p.Concat(o).Distinct().ToArray())).ToList();
            if (product.Count > MaxSets) throw UnsupportedSql.NotYet($"GROUP BY with more than {MaxSets} grouping sets");
        }
        return new GroupingSets(expressions, product);
    }

    /// <summary>Whether <paramref name="clause"/> needs grouping sets (anything but plain expressions).</summary>
    public static bool Needed(GroupByClause? clause) =>
        clause is not null && clause.GroupingSpecifications.Any(s => s is not ExpressionGroupingSpecification);

    /// <summary>GROUPING(x) in the select list: a call with one argument (bound by the caller to find its expression).</summary>
    public static ScalarExpression? GroupingArgument(ScalarExpression expression) =>
        expression is FunctionCall { CallTarget: null, Parameters.Count: 1 } call
        && string.Equals(call.FunctionName.Value, "GROUPING", StringComparison.OrdinalIgnoreCase)
            ? call.Parameters[0]
            : null;

    public static ZohoOdbcException Unsupported(string what) => UnsupportedSql.NotYet($"{what} with {Construct}");

    /// <summary>How a select item reads in one set.</summary>
    public abstract record Item
    {
        public abstract string In(int[] set);
    }

    /// <summary>A grouping expression: its value in the sets that hold it, NULL elsewhere.</summary>
    public sealed record GroupedItem(int Index, string Sql) : Item
    {
        public override string In(int[] set) => set.Contains(Index) ? Sql : "NULL";
    }

    /// <summary>GROUPING(expression): 0 where the set holds it, 1 where the row aggregates over it.</summary>
    public sealed record FlagItem(int Index) : Item
    {
        public override string In(int[] set) => set.Contains(Index) ? "0" : "1";
    }

    /// <summary>An aggregate or constant expression: the same in every set.</summary>
    public sealed record SameItem(string Sql) : Item
    {
        public override string In(int[] set) => Sql;
    }

    /// <summary>
    /// The statement: one SELECT of <paramref name="items"/> (then the <paramref name="sortKeys"/>) per set, UNION ALL'd,
    /// then the outer SELECT of the items ordered by the sort keys (text under SQL Server's comparison rules).
    /// </summary>
    public string Sql(IReadOnlyList<Item> items, IReadOnlyList<(Item Key, bool Text, bool Descending)> sortKeys, string fromSql, string? whereSql, string windowSql)
    {
        var branches = Sets.Select(set =>
        {
            var branch = new StringBuilder("SELECT ");
            branch.AppendJoin(", ", items.Select((item, i) => item.In(set) + " AS " + SqliteSyntax.Quote(BoundQuery.ColumnName(i)))
                .Concat(sortKeys.Select((key, k) => key.Key.In(set) + " AS " + SqliteSyntax.Quote(SortName(k)))));
            if (fromSql.Length > 0) branch.Append(" FROM ").Append(fromSql);
            if (whereSql is not null) branch.Append(" WHERE ").Append(whereSql);
            if (set.Length > 0) branch.Append(" GROUP BY ").AppendJoin(", ", set.Select(i => Expressions[i].Sql));
            return branch.ToString();
        });
        var sql = new StringBuilder("SELECT ")
            .AppendJoin(", ", items.Select((_, i) => SqliteSyntax.Quote(BoundQuery.ColumnName(i))))
            .Append(" FROM (").AppendJoin(" UNION ALL ", branches).Append(')');
        if (sortKeys.Count > 0)
            sql.Append(" ORDER BY ").AppendJoin(", ", sortKeys.Select((key, k) => SqliteSyntax.Quote(SortName(k))
                + (key.Text ? " COLLATE " + SqliteSyntax.TextCollation : "") + (key.Descending ? " DESC" : "")));
        return sql.Append(windowSql).ToString();
    }

    private static string SortName(int k) => "__sort" + k.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
