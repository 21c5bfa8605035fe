using System.Globalization;
using ZohoOdbc.Core.Engine;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Sql;

/// <summary>
/// Decides, table instance by table instance, what Zoho can do for a query, following the list filter grammar
/// (reference §4): <c>=</c> on filter columns and enumerated values (status, filter_by views), ranges and BETWEEN on
/// dates (_start/_end/_before/_after) and amounts (_less_than/...), LIKE 'x%' (_startswith) and '%x%' (_contains),
/// IN lists (one list walk per value), last_modified_time (modified at or after), ORDER BY a sortable column
/// (sort_column/sort_order), and key lookups (<c>id = '...'</c> is one detail call). A child table joined to its
/// parent reads only the records of the parent's rows. SQLite still applies every condition, so pushdown can only
/// save calls, never change an answer.
/// </summary>
internal static class PushdownPlanner
{
    /// <summary>Zoho's limit on text filter values (reference §4).</summary>
    private const int MaxTextFilterLength = 100;

    /// <summary>An IN list on a filter column walks the list once per value, up to this many values.</summary>
    public const int MaxListWalks = 10;

    /// <summary>Ids read one detail call each, up to this many; beyond, the list is cheaper to walk.</summary>
    public const int MaxKeyLookups = 25;

    /// <summary>Plans every instance at once, without the values of subqueries (for tests and tools that only look).</summary>
    public static IReadOnlyList<TableAccess> Plan(BoundStatement statement, IReadOnlyList<object?> parameters)
    {
        var accesses = new Dictionary<TableInstance, TableAccess>();
        foreach (var instance in LoadOrder(statement.Instances))
            accesses[instance] = PlanInstance(instance, new PlanValues(parameters, _ => null), accesses);
        return statement.Instances.Select(i => accesses[i]).ToArray();
    }

    /// <summary>The ? values and the values of uncorrelated subqueries already read (null: not known).</summary>
    public sealed record PlanValues(IReadOnlyList<object?> Parameters, Func<SubqueryValues, IReadOnlyList<object?>?> Subquery);

    /// <summary>Parents before the child tables joined to them.</summary>
    public static IEnumerable<TableInstance> LoadOrder(IEnumerable<TableInstance> instances) =>
        instances.OrderBy(i => i.Table is ChildTableDefinition ? 1 : 0);

    /// <summary>The instances that must be read before <paramref name="instance"/> is planned: those of its subqueries, and its joined parent.</summary>
    public static IEnumerable<TableInstance> Dependencies(TableInstance instance)
    {
        var terms = instance.FetchFilters.AsEnumerable();
        if (instance.ParentJoin is { } join) terms = terms.Concat(join.ParentConditions).Concat(join.Parent.FetchFilters);
        var dependencies = terms.SelectMany(t => t.DeferredSubqueries).SelectMany(d => d.Instances);
        if (instance.ParentJoin is { } parent) dependencies = dependencies.Append(parent.Parent);
        return dependencies.Where(d => d != instance).Distinct();
    }

    public static TableAccess PlanInstance(TableInstance instance, PlanValues values, IReadOnlyDictionary<TableInstance, TableAccess> planned)
    {
        if (instance.Table is SystemTableDefinition) return new TableAccess { Instance = instance, Kind = AccessKind.System };
        var terms = instance.FetchFilters;
        return instance.Table switch
        {
            EntityDefinition entity => PlanEntity(instance, entity, terms, values),
            ChildTableDefinition child => PlanChild(instance, child, terms, values, planned),
            _ => throw new InvalidOperationException("Unknown table kind."),
        };
    }

    private static TableAccess PlanEntity(TableInstance instance, EntityDefinition entity, List<BoundCondition> terms, PlanValues parameters)
    {
        var readsDetailColumns = instance.UsedColumns.Any(c => c.IsDetailOnly);
        var listOnlyUsed = instance.UsedColumns.Any(c => c.Source == ColumnSource.ListOnly);

        // A key lookup: WHERE id = '...' (or IN a few ids) is one detail call per id.
        if (entity.HasDetail && !listOnlyUsed)
        {
            foreach (var term in terms)
            {
                if (Keys(term, instance, entity.IdColumn, parameters) is { } keys)
                {
                    return new TableAccess
                    {
                        Instance = instance,
                        Kind = AccessKind.KeyLookup,
                        Entity = entity,
                        Keys = keys,
                        Local = terms.Where(t => t != term).Select(t => t.Sql).ToArray(),
                    };
                }
            }
        }

        var (sets, pushed, local) = Filters(instance, terms, parameters, c =>
        {
            var (operators, values) = c.FiltersIn(instance.Product);
            return new ColumnFilters(operators, values, c.FilterName, operators == ApiFilterOperators.None && values is null && c.BooksOnlyFilter && instance.Product == ZohoProduct.Invoice ? null : c.DateBounds);
        });
        IReadOnlyList<KeyValuePair<string, string>> sort = instance.ApiSort is { } apiSort
            ? [new("sort_column", apiSort.Column.Name), new("sort_order", apiSort.Descending ? "D" : "A")]
            : [];
        var listConditions = terms.Where(t => t.Operands.All(o => ListColumnsOnly(o)) && t.Children.All(ListColumnsOnly)).Select(t => t.Sql).ToArray();
        return new TableAccess
        {
            Instance = instance,
            Kind = AccessKind.List,
            Entity = entity,
            ParameterSets = sets,
            SortParameters = sort,
            Local = local,
            ReadsOwnDetails = readsDetailColumns && entity.HasDetail,
            ListConditions = listConditions,
            // Early stop needs every row SQLite would keep to be countable after each page: no detail columns in WHERE or ORDER BY.
            Goal = sets.Count == 1 ? instance.Goal : null,
        };
    }

    private static TableAccess PlanChild(TableInstance instance, ChildTableDefinition child, List<BoundCondition> terms, PlanValues parameters,
        IReadOnlyDictionary<TableInstance, TableAccess> planned)
    {
        var parent = child.Parent;
        foreach (var term in terms)
        {
            if (Keys(term, instance, child.ParentKey, parameters) is { } keys)
            {
                return new TableAccess
                {
                    Instance = instance,
                    Kind = AccessKind.ChildOfKeys,
                    Entity = parent,
                    Keys = keys,
                    Local = terms.Where(t => t != term).Select(t => t.Sql).ToArray(),
                };
            }
        }

        if (instance.ParentJoin is { } join && planned.TryGetValue(join.Parent, out var parentAccess) && parentAccess.Kind != AccessKind.Skipped)
        {
            var parentConditions = join.Parent.FetchFilters.Concat(join.ParentConditions)
                .Where(t => t.Operands.All(ListColumnsOnly) && t.Children.All(ListColumnsOnly) || parentAccess.Kind == AccessKind.KeyLookup)
                .Select(t => t.Sql).Distinct().ToArray();
            return new TableAccess
            {
                Instance = instance,
                Kind = AccessKind.ChildOfJoinedParent,
                Entity = parent,
                Parent = parentAccess,
                ParentConditions = parentConditions,
                Local = terms.Select(t => t.Sql).ToArray(),
                Note = $"records of the {join.Parent.Describe()} rows it joins",
            };
        }

        // Otherwise the parents holding such children: the parent list with what it can filter on the child's columns.
        var (sets, pushed, local) = Filters(instance, terms, parameters, c => new ColumnFilters(c.ParentFilterOperators, null, c.ParentFilter ?? "", null));
        return new TableAccess
        {
            Instance = instance,
            Kind = AccessKind.ChildOfParentList,
            Entity = parent,
            ParameterSets = sets,
            Local = local,
            Note = pushed.Count == 0 ? $"reads every {parent.Name} record: join it to {parent.Name} or filter on {child.ParentKey.Name}" : null,
        };
    }

    /// <summary>Values of <c>key = v</c> or <c>key IN (v, ...)</c> (at most <see cref="MaxKeyLookups"/>), or null.</summary>
    private static IReadOnlyList<string>? Keys(BoundCondition term, TableInstance instance, EntityColumn key, PlanValues parameters)
    {
        var shape = Shape(term, instance, parameters);
        if (shape is null || shape.Value.Column != key) return null;
        var (_, op, values) = shape.Value;
        if (op != ComparisonOperator.Equal || values.Count > MaxKeyLookups || values.Any(v => v is not string)) return null;
        return values.Cast<string>().Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// The list filters for the instance's conditions: the parameter sets (several for an IN list), the conditions
    /// pushed and those left local. One value per parameter: a second condition on the same parameter stays local.
    /// </summary>
    private static (IReadOnlyList<IReadOnlyList<KeyValuePair<string, string>>> Sets, IReadOnlyList<string> Pushed, IReadOnlyList<string> Local) Filters(
        TableInstance instance, List<BoundCondition> terms, PlanValues parameters, Func<EntityColumn, ColumnFilters> filtersOf)
    {
        var common = new List<KeyValuePair<string, string>>();
        List<List<KeyValuePair<string, string>>>? alternatives = null;
        var pushed = new List<string>();
        var local = new List<string>();
        foreach (var term in terms)
        {
            var translated = Translate(term, instance, parameters, filtersOf);
            if (translated is null) { local.Add(term.Sql); continue; }
            var (fixedParameters, choices) = translated.Value;
            var used = common.Select(p => p.Key).Concat(alternatives?.SelectMany(a => a).Select(p => p.Key) ?? []).ToHashSet(StringComparer.Ordinal);
            var newKeys = fixedParameters.Select(p => p.Key).Concat(choices?.SelectMany(c => c).Select(p => p.Key) ?? []);
            if (newKeys.Any(used.Contains) || (choices is not null && alternatives is not null)) { local.Add(term.Sql); continue; }
            common.AddRange(fixedParameters);
            if (choices is not null) alternatives = choices.Select(c => c.ToList()).ToList();
            pushed.Add(term.Sql);
        }
        IReadOnlyList<IReadOnlyList<KeyValuePair<string, string>>> sets = alternatives is null
            ? [common]
            : alternatives.Select(a => (IReadOnlyList<KeyValuePair<string, string>>)[.. common, .. a]).ToArray();
        return (sets, pushed, local);
    }

    /// <summary>A condition as list parameters (fixed ones, and alternatives for an IN list), or null when Zoho cannot apply it.</summary>
    private static (List<KeyValuePair<string, string>> Fixed, List<List<KeyValuePair<string, string>>>? Choices)? Translate(
        BoundCondition term, TableInstance instance, PlanValues parameters, Func<EntityColumn, ColumnFilters> filtersOf)
    {
        if (term.Kind == ConditionKind.Like)
            return Like(term, instance, parameters, filtersOf) is { } like ? ([like], null) : null;

        var shape = Shape(term, instance, parameters);
        if (shape is null) return null;
        var (column, op, values) = shape.Value;
        var filters = filtersOf(column);
        if (filters.Operators == ApiFilterOperators.None && filters.Values is null && filters.Bounds is null) return null;

        if (term.Kind == ConditionKind.Between)
        {
            var low = Comparison(column, ComparisonOperator.GreaterOrEqual, values[0], filters);
            var high = Comparison(column, ComparisonOperator.LessOrEqual, values[1], filters);
            return low is null || high is null || low.Value.Key == high.Value.Key ? null : ([low.Value, high.Value], null);
        }
        if (values.Count == 1)
            return Comparison(column, op, values[0], filters) is { } single ? ([single], null) : null;
        // IN (a, b, ...): one walk per value when each is a filter value (none when the list is empty: no row can match).
        if (values.Count > MaxListWalks || (values.Count == 0 && filters.Operators == ApiFilterOperators.None && filters.Values is null)) return null;
        var choices = new List<List<KeyValuePair<string, string>>>();
        foreach (var value in values.Distinct())
        {
            if (Comparison(column, ComparisonOperator.Equal, value, filters) is not { } choice) return null;
            if (choices.Any(c => c[0].Value == choice.Value)) continue;
            choices.Add([choice]);
        }
        return ([], choices);
    }

    /// <summary>column op value(s) with the column of the instance on one side and known values on the other.</summary>
    private static (EntityColumn Column, ComparisonOperator Op, IReadOnlyList<object?> Values)? Shape(BoundCondition term, TableInstance instance,
        PlanValues parameters)
    {
        switch (term)
        {
            case { Kind: ConditionKind.In, Negated: false, Deferred: { } subquery } when IsColumnOf(term.Operands[0], instance):
                // IN (subquery): its values, NULLs aside (they match nothing), are the list; none means no row can match.
                return parameters.Subquery(subquery) is { } list
                    ? (term.Operands[0].Column!.Base!, ComparisonOperator.Equal, list.Where(v => v is not null).Distinct().ToArray())
                    : null;
            case { Kind: ConditionKind.Comparison, Operator: ComparisonOperator.Equal, Operands: [var first, var second] }
                when (IsColumnOf(first, instance) && second.Deferred is not null) || (IsColumnOf(second, instance) && first.Deferred is not null):
            {
                var (column, subquery) = IsColumnOf(first, instance) ? (first, second.Deferred!) : (second, first.Deferred!);
                // A scalar subquery with no row (or NULL) matches nothing; with more rows the query fails anyway.
                if (parameters.Subquery(subquery) is not { Count: <= 1 } found) return null;
                return (column.Column!.Base!, ComparisonOperator.Equal, found.Where(v => v is not null).ToArray());
            }
            case { Kind: ConditionKind.Comparison, Operands: [var left, var right] }:
                if (IsColumnOf(left, instance) && Value(right, parameters, out var r)) return (left.Column!.Base!, term.Operator, [r]);
                if (IsColumnOf(right, instance) && Value(left, parameters, out var l)) return (right.Column!.Base!, Mirror(term.Operator), [l]);
                return null;
            case { Kind: ConditionKind.In, Negated: false } when IsColumnOf(term.Operands[0], instance):
            {
                var values = new List<object?>();
                foreach (var operand in term.Operands.Skip(1))
                {
                    if (!Value(operand, parameters, out var v)) return null;
                    values.Add(v);
                }
                return (term.Operands[0].Column!.Base!, ComparisonOperator.Equal, values);
            }
            case { Kind: ConditionKind.Between, Negated: false, Operands: [var operand, var low, var high] } when IsColumnOf(operand, instance):
                return Value(low, parameters, out var lo) && Value(high, parameters, out var hi)
                    ? (operand.Column!.Base!, ComparisonOperator.GreaterOrEqual, [lo, hi])
                    : null;
            default:
                return null;
        }
    }

    private static bool IsColumnOf(BoundExpr expr, TableInstance instance) => expr is { Kind: ExprKind.Column } && expr.Source == instance && expr.Column!.Base is not null;

    /// <summary>A constant, or a ? value converted to the marker's type (null when it does not convert: then nothing is pushed).</summary>
    private static bool Value(BoundExpr expr, PlanValues parameters, out object? value)
    {
        value = null;
        if (expr.Kind == ExprKind.Literal)
        {
            value = expr.Value;
            return value is not null;
        }
        if (expr.Kind == ExprKind.Parameter && expr.Parameter!.Index < parameters.Parameters.Count)
        {
            value = parameters.Parameters[expr.Parameter.Index];
            return value is not null;
        }
        if (expr.Deferred is { } subquery && parameters.Subquery(subquery) is [var single])
        {
            value = single;
            return value is not null;
        }
        return false;
    }

    private static KeyValuePair<string, string>? Comparison(EntityColumn column, ComparisonOperator op, object? value, ColumnFilters filters)
    {
        if (value is null) return null;
        var (operators, valueFilter, name, bounds) = filters;
        if (valueFilter is not null)
        {
            // Text compares case-insensitively, so 'Paid' matches what Zoho calls 'paid'; a bit is 1 or 0.
            var key = value switch
            {
                string s => s.TrimEnd(' '),
                bool b => b ? "1" : "0",
                long l when column.Type.Type == SqlDataType.Bit => l != 0 ? "1" : "0",
                _ => null,
            };
            return op == ComparisonOperator.Equal && key is not null
                && valueFilter.Values.FirstOrDefault(v => string.Equals(v.Key, key, StringComparison.OrdinalIgnoreCase)) is { Key: not null } match
                ? new(valueFilter.Parameter, match.Value)
                : null;
        }
        if (bounds is { } range && value is DateOnly day)
        {
            return op switch
            {
                ComparisonOperator.GreaterOrEqual => new(range.From, SqliteStorage.FormatDate(day)),
                ComparisonOperator.LessOrEqual => new(range.To, SqliteStorage.FormatDate(day)),
                _ => null,
            };
        }

        var apiOperator = (column.Type.Type, op) switch
        {
            (SqlDataType.Timestamp, ComparisonOperator.GreaterOrEqual or ComparisonOperator.Greater) => ApiFilterOperators.ModifiedSince,
            (SqlDataType.Timestamp, _) => ApiFilterOperators.None,
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
        // Some numeric filters come only as _start/_end (bank transaction amounts): the same inclusive bounds.
        if (apiOperator == ApiFilterOperators.GreaterEquals && !operators.HasFlag(apiOperator) && operators.HasFlag(ApiFilterOperators.Start)) apiOperator = ApiFilterOperators.Start;
        if (apiOperator == ApiFilterOperators.LessEquals && !operators.HasFlag(apiOperator) && operators.HasFlag(ApiFilterOperators.End)) apiOperator = ApiFilterOperators.End;
        if (apiOperator == ApiFilterOperators.None || !operators.HasFlag(apiOperator)) return null;

        var text = (column.Type.Type, value) switch
        {
            // Trailing spaces do not count in SQL comparisons but would in Zoho's: such values stay local.
            (SqlDataType.VarChar, string s) when s.Length is > 0 and <= MaxTextFilterLength && !s.EndsWith(' ') && s.Trim().Length > 0 => s,
            (SqlDataType.Date, DateOnly d) => SqliteStorage.FormatDate(d),
            // Zoho's filter wants an instant; the wall-clock time at UTC+14 is the earliest instant it can be anywhere.
            (SqlDataType.Timestamp, DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+1400",
            (SqlDataType.Decimal or SqlDataType.Integer or SqlDataType.BigInt, long l) => l.ToString(CultureInfo.InvariantCulture),
            (SqlDataType.Decimal or SqlDataType.Integer or SqlDataType.BigInt, decimal d) => d.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
        return text is null ? null : new(ApiFilterOperatorNames.ParameterName(name, apiOperator), text);
    }

    /// <summary>LIKE 'abc%' is _startswith, LIKE '%abc%' _contains (no other wildcard, no escape, no set).</summary>
    private static KeyValuePair<string, string>? Like(BoundCondition term, TableInstance instance, PlanValues parameters,
        Func<EntityColumn, ColumnFilters> filtersOf)
    {
        if (term.Negated || term.Operands.Count != 2 || !IsColumnOf(term.Operands[0], instance)) return null;
        if (!Value(term.Operands[1], parameters, out var value) || value is not string pattern) return null;
        var column = term.Operands[0].Column!.Base!;
        var (operators, _, name, _) = filtersOf(column);
        ApiFilterOperators op;
        string text;
        if (pattern.Length >= 3 && pattern[0] == '%' && pattern[^1] == '%')
        {
            op = ApiFilterOperators.Contains;
            text = pattern[1..^1];
        }
        else if (pattern.Length >= 2 && pattern[^1] == '%')
        {
            op = ApiFilterOperators.StartsWith;
            text = pattern[..^1];
        }
        else return null;
        if (!operators.HasFlag(op) || text.Length > MaxTextFilterLength || text.IndexOfAny(['%', '_', '[']) >= 0 || text.EndsWith(' ') || text.Trim().Length == 0)
            return null;
        return new(ApiFilterOperatorNames.ParameterName(name, op), text);
    }

    /// <summary>What the list can filter on one column: operators, enumerated values, the filter's name, date bound parameters.</summary>
    private readonly record struct ColumnFilters(ApiFilterOperators Operators, ApiValueFilter? Values, string Name, (string From, string To)? Bounds);

    private static ComparisonOperator Mirror(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Less => ComparisonOperator.Greater,
        ComparisonOperator.LessOrEqual => ComparisonOperator.GreaterOrEqual,
        ComparisonOperator.Greater => ComparisonOperator.Less,
        ComparisonOperator.GreaterOrEqual => ComparisonOperator.LessOrEqual,
        _ => op,
    };

    private static bool ListColumnsOnly(BoundExpr expr) =>
        expr.Kind == ExprKind.Column ? expr.Column?.Base is not { IsDetailOnly: true } : expr.Children.All(ListColumnsOnly);

    private static bool ListColumnsOnly(BoundCondition condition) =>
        condition.Operands.All(ListColumnsOnly) && condition.Children.All(ListColumnsOnly);
}
