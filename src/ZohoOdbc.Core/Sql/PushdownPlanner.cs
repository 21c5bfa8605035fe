using System.Globalization;
using ZohoOdbc.Core.Engine;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Sql;

/// <summary>
/// Decides what Zoho can do for a query, to save API calls without changing any answer:
/// <list type="bullet">
/// <item>top-level AND terms of the form column op constant become list filters where the catalog says
/// the endpoint has them (=, date ranges, number ranges, LIKE 'abc%' → _startswith, enumerated values);
/// SQLite still applies every condition, so Zoho may return more rows than needed but never fewer;</item>
/// <item>ORDER BY one sortable column becomes sort_column/sort_order;</item>
/// <item>with TOP/FETCH n, paging stops once n rows pass the WHERE clause, when Zoho's order is the
/// query's (a pushed sort on a column that has no NULLs and no collation question) or no order is asked.</item>
/// </list>
/// </summary>
internal static class PushdownPlanner
{
    /// <summary>Zoho's limit on text filter values (reference §4).</summary>
    private const int MaxTextFilterLength = 100;

    public static QueryPlan Plan(BoundQuery query)
    {
        var sql = SqliteTranslator.Translate(query);
        var entity = query.Table;
        if (entity is null) return new QueryPlan(null, [], [], null, false, null, null, sql);

        var conditions = new List<PlannedCondition>();
        var usedParameters = new HashSet<string>(StringComparer.Ordinal);
        if (query.Where is { } where)
        {
            foreach (var term in Conjuncts(where))
            {
                // One value per parameter; a term is pushed whole or not at all (BETWEEN needs both bounds).
                var candidate = TryPush(term) ?? [];
                var pushed = candidate.Any(p => usedParameters.Contains(p.Key)) ? [] : candidate;
                foreach (var p in pushed) usedParameters.Add(p.Key);
                conditions.Add(new PlannedCondition(SqliteTranslator.Predicate(term), pushed));
            }
        }

        var sortColumn = PushableSort(query);
        IReadOnlyList<KeyValuePair<string, string>> sort = sortColumn is null ? [] :
        [
            new("sort_column", sortColumn.Value.Column.Name),
            new("sort_order", sortColumn.Value.Descending ? "D" : "A"),
        ];

        long? rowGoal = null;
        if (query.Limit is { } limit && (query.OrderBy.Count == 0 || (sortColumn is { } s && KeepsOrder(s.Column))))
            rowGoal = limit + (query.Offset ?? 0);

        var readsNoRows = query.Limit == 0;
        var constantWhere = query.Where is { } w && !ReferencesColumns(w) ? "SELECT 1 WHERE " + SqliteTranslator.Predicate(w) : null;
        // Counts the matches among rows loaded after $after (a rowid), so each page is examined once.
        var matchCount = rowGoal is null ? null
            : $"SELECT count(*) FROM {SqliteTranslator.Quote(entity.Name)} AS {SqliteTranslator.Quote(SqliteTranslator.TableAlias)} " +
              $"WHERE {SqliteTranslator.Quote(SqliteTranslator.TableAlias)}.rowid > $after" +
              (query.Where is null ? "" : " AND " + SqliteTranslator.Predicate(query.Where));
        return new QueryPlan(entity, conditions, sort, rowGoal, readsNoRows, constantWhere, matchCount, sql);
    }

    private static IEnumerable<BoundPredicate> Conjuncts(BoundPredicate predicate) => predicate is BoundAnd and
        ? Conjuncts(and.Left).Concat(Conjuncts(and.Right))
        : [predicate];

    private static IReadOnlyList<KeyValuePair<string, string>>? TryPush(BoundPredicate term)
    {
        switch (term)
        {
            case BoundComparison { Left: BoundColumn column, Right: BoundLiteral literal } comparison:
                return PushComparison(column.Column, comparison.Operator, literal.Value);
            case BoundComparison { Left: BoundLiteral literal, Right: BoundColumn column } comparison:
                return PushComparison(column.Column, Mirror(comparison.Operator), literal.Value);
            case BoundIn { Negated: false, Operand: BoundColumn column, Values: [BoundLiteral literal] }:
                return PushComparison(column.Column, ComparisonOperator.Equal, literal.Value);
            case BoundBetween { Negated: false, Operand: BoundColumn column, Low: BoundLiteral low, High: BoundLiteral high }:
                var from = PushComparison(column.Column, ComparisonOperator.GreaterOrEqual, low.Value);
                var to = PushComparison(column.Column, ComparisonOperator.LessOrEqual, high.Value);
                return from is null || to is null ? null : [.. from, .. to];
            case BoundLike { Negated: false, Escape: null, Operand: BoundColumn column, Pattern: BoundLiteral { Value: string pattern } }
                when column.Column.Filters.HasFlag(ApiFilterOperators.StartsWith) && IsPrefixPattern(pattern):
                var prefix = pattern[..^1];
                return prefix.Length <= MaxTextFilterLength
                    ? [new(ApiFilterOperatorNames.ParameterName(column.Column.Name, ApiFilterOperators.StartsWith), prefix)]
                    : null;
            default:
                return null;
        }
    }

    private static IReadOnlyList<KeyValuePair<string, string>>? PushComparison(EntityColumn column, ComparisonOperator op, object? value)
    {
        if (value is null) return null;
        if (column.ValueFilter is { } valueFilter)
        {
            // Text columns compare case-insensitively, so 'Paid' matches what Zoho calls 'paid'.
            return op == ComparisonOperator.Equal && value is string s
                && valueFilter.Values.FirstOrDefault(v => string.Equals(v.Key, s, StringComparison.OrdinalIgnoreCase)) is { Key: not null } match
                ? [new(valueFilter.Parameter, match.Value)]
                : null;
        }

        var apiOperator = (column.Type.Type, op) switch
        {
            (_, ComparisonOperator.Equal) => ApiFilterOperators.Equals,
            (SqlDataType.Date, ComparisonOperator.GreaterOrEqual) => ApiFilterOperators.Start,
            (SqlDataType.Date, ComparisonOperator.LessOrEqual) => ApiFilterOperators.End,
            (SqlDataType.Date, ComparisonOperator.Less) => ApiFilterOperators.Before,
            (SqlDataType.Date, ComparisonOperator.Greater) => ApiFilterOperators.After,
            (SqlDataType.Decimal or SqlDataType.Integer or SqlDataType.BigInt, ComparisonOperator.Less) => ApiFilterOperators.LessThan,
            (SqlDataType.Decimal or SqlDataType.Integer or SqlDataType.BigInt, ComparisonOperator.LessOrEqual) => ApiFilterOperators.LessEquals,
            (SqlDataType.Decimal or SqlDataType.Integer or SqlDataType.BigInt, ComparisonOperator.Greater) => ApiFilterOperators.GreaterThan,
            (SqlDataType.Decimal or SqlDataType.Integer or SqlDataType.BigInt, ComparisonOperator.GreaterOrEqual) => ApiFilterOperators.GreaterEquals,
            _ => ApiFilterOperators.None,
        };
        if (apiOperator == ApiFilterOperators.None || !column.Filters.HasFlag(apiOperator)) return null;

        var text = (column.Type.Type, value) switch
        {
            (SqlDataType.VarChar, string s) when s.Length is > 0 and <= MaxTextFilterLength => s,
            (SqlDataType.Date, DateOnly d) => SqliteStorage.FormatDate(d),
            (SqlDataType.Decimal or SqlDataType.Integer or SqlDataType.BigInt, long l) => l.ToString(CultureInfo.InvariantCulture),
            (SqlDataType.Decimal or SqlDataType.Integer or SqlDataType.BigInt, decimal d) => d.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
        return text is null ? null : [new(ApiFilterOperatorNames.ParameterName(column.Name, apiOperator), text)];
    }

    /// <summary>'abc%' with no other wildcard: a prefix search.</summary>
    private static bool IsPrefixPattern(string pattern) =>
        pattern.Length >= 2 && pattern[^1] == '%' && pattern.AsSpan(0, pattern.Length - 1).IndexOfAny('%', '_') < 0;

    private static ComparisonOperator Mirror(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Less => ComparisonOperator.Greater,
        ComparisonOperator.LessOrEqual => ComparisonOperator.GreaterOrEqual,
        ComparisonOperator.Greater => ComparisonOperator.Less,
        ComparisonOperator.GreaterOrEqual => ComparisonOperator.LessOrEqual,
        _ => op,
    };

    private static (EntityColumn Column, bool Descending)? PushableSort(BoundQuery query)
    {
        if (query.OrderBy is not [var item]) return null;
        var expression = item.SelectOrdinal is { } ordinal ? query.SelectItems[ordinal].Expression : item.Expression;
        return expression is BoundColumn { Column.Sortable: true } column ? (column.Column, item.Descending) : null;
    }

    /// <summary>
    /// Whether Zoho's order on the column is exactly SQLite's, so the first rows Zoho sends are the first
    /// the query wants: no NULLs (whose place Zoho does not document), and not text (whose collation it
    /// does not document) nor times (wall-clock order differs from Zoho's instant order around DST changes).
    /// </summary>
    private static bool KeepsOrder(EntityColumn column) =>
        !column.Type.Nullable && column.Type.Type is SqlDataType.Date or SqlDataType.Decimal or SqlDataType.Integer or SqlDataType.BigInt;

    private static bool ReferencesColumns(BoundPredicate predicate) => predicate switch
    {
        BoundComparison c => ReferencesColumns(c.Left) || ReferencesColumns(c.Right),
        BoundAnd a => ReferencesColumns(a.Left) || ReferencesColumns(a.Right),
        BoundOr o => ReferencesColumns(o.Left) || ReferencesColumns(o.Right),
        BoundNot n => ReferencesColumns(n.Operand),
        BoundIn i => ReferencesColumns(i.Operand) || i.Values.Any(ReferencesColumns),
        BoundBetween b => ReferencesColumns(b.Operand) || ReferencesColumns(b.Low) || ReferencesColumns(b.High),
        BoundLike l => ReferencesColumns(l.Operand) || ReferencesColumns(l.Pattern) || (l.Escape is not null && ReferencesColumns(l.Escape)),
        BoundIsNull n => ReferencesColumns(n.Operand),
        _ => true,
    };

    private static bool ReferencesColumns(BoundExpression expression) => expression switch
    {
        BoundColumn => true,
        BoundLiteral => false,
        BoundNegate n => ReferencesColumns(n.Operand),
        BoundArithmetic a => ReferencesColumns(a.Left) || ReferencesColumns(a.Right),
        BoundFunction f => f.Arguments.Any(ReferencesColumns),
        BoundCast c => ReferencesColumns(c.Operand),
        _ => true,
    };
}
