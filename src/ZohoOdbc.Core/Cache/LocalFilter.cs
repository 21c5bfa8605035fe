using System.Collections.Concurrent;
using System.Globalization;
using ZohoOdbc.Core.Engine;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Cache;

/// <summary>
/// Zoho's list filters (reference §4, as <see cref="Sql.PushdownPlanner"/> writes them from an entity's columns) applied to
/// cached rows, so that the replica answers a filtered list as Zoho would: text compares case-insensitively, dates and
/// amounts by value, enumerated filters (status, filter_by views) by the column value they stand for. Where the replica
/// cannot be exact it keeps more rows, never fewer: <c>last_modified_time</c> and sorting are left to the SQL engine,
/// which applies every condition again. A parameter it does not know (e.g. a parent filter on a child's column) makes
/// the request one for Zoho.
/// </summary>
internal sealed class LocalFilter
{
    private static readonly ConcurrentDictionary<EntityDefinition, Grammar> Grammars = new();
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { "sort_column", "sort_order" };

    private readonly List<Func<object?[], bool>> tests;

    private LocalFilter(List<Func<object?[], bool>> tests) => this.tests = tests;

    public bool IsEmpty => tests.Count == 0;

    public bool Matches(object?[] row)
    {
        foreach (var test in tests)
            if (!test(row)) return false;
        return true;
    }

    /// <summary>The filter of <paramref name="parameters"/>; false when one of them cannot be applied to cached rows.</summary>
    public static bool TryCreate(EntityDefinition entity, IReadOnlyList<KeyValuePair<string, string>> parameters, out LocalFilter filter)
    {
        filter = new LocalFilter([]);
        var grammar = Grammars.GetOrAdd(entity, static e => new Grammar(e));
        foreach (var (name, value) in parameters)
        {
            if (Ignored.Contains(name) || grammar.ModifiedSince.Contains(name)) continue;
            Func<object?[], bool>? test = null;
            if (grammar.Values.TryGetValue(name, out var enumerated))
            {
                if (!enumerated.Choices.TryGetValue(value, out var columnValue)) return false;
                var ordinal = enumerated.Ordinal;
                test = row => row[ordinal] is string s && string.Equals(s.Trim(), columnValue, StringComparison.OrdinalIgnoreCase);
            }
            else if (grammar.Operators.TryGetValue(name, out var target))
            {
                test = Test(target.Ordinal, target.Type, target.Operator, value);
            }
            if (test is null) return false;
            filter.tests.Add(test);
        }
        return true;
    }

    private static Func<object?[], bool>? Test(int ordinal, SqlDataType type, ApiFilterOperators op, string value)
    {
        switch (type)
        {
            case SqlDataType.VarChar:
                return op switch
                {
                    ApiFilterOperators.Equals => row => row[ordinal] is string s && string.Equals(s, value, StringComparison.OrdinalIgnoreCase),
                    ApiFilterOperators.StartsWith => row => row[ordinal] is string s && s.StartsWith(value, StringComparison.OrdinalIgnoreCase),
                    ApiFilterOperators.Contains => row => row[ordinal] is string s && s.Contains(value, StringComparison.OrdinalIgnoreCase),
                    ApiFilterOperators.In => InList(ordinal, value),
                    _ => null,
                };
            case SqlDataType.Date:
                if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return null;
                Func<DateOnly, bool>? dateTest = op switch
                {
                    ApiFilterOperators.Equals => d => d == date,
                    ApiFilterOperators.Start => d => d >= date,
                    ApiFilterOperators.End => d => d <= date,
                    ApiFilterOperators.Before => d => d < date,
                    ApiFilterOperators.After => d => d > date,
                    _ => null,
                };
                return dateTest is null ? null : row => row[ordinal] is DateOnly d && dateTest(d);
            case SqlDataType.Decimal or SqlDataType.Integer or SqlDataType.BigInt or SqlDataType.Double:
                if (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)) return null;
                Func<decimal, bool>? numberTest = op switch
                {
                    ApiFilterOperators.Equals => n => n == number,
                    ApiFilterOperators.LessThan => n => n < number,
                    ApiFilterOperators.LessEquals or ApiFilterOperators.End => n => n <= number,
                    ApiFilterOperators.GreaterThan => n => n > number,
                    ApiFilterOperators.GreaterEquals or ApiFilterOperators.Start => n => n >= number,
                    _ => null,
                };
                return numberTest is null ? null : row => Number(row[ordinal]) is { } n && numberTest(n);
            default:
                return null;
        }
    }

    private static Func<object?[], bool> InList(int ordinal, string value)
    {
        var choices = new HashSet<string>(value.Split(',', StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);
        return row => row[ordinal] is string s && choices.Contains(s);
    }

    private static decimal? Number(object? value) => value switch
    {
        decimal d => d,
        long l => l,
        int i => i,
        double f when double.IsFinite(f) && Math.Abs(f) < 7.9e27 => (decimal)f,
        _ => null,
    };

    /// <summary>The parameters an entity's list takes, by name: what column and operator each stands for.</summary>
    private sealed class Grammar
    {
        public Grammar(EntityDefinition entity)
        {
            foreach (var column in entity.Columns)
            {
                var ordinal = entity.OrdinalOf(column);
                if (column.ValueFilter is { } enumerated)
                {
                    // Zoho's value → the column value it selects (status=paid ← 'paid'; filter_by=Status.Active ← 'active').
                    var choices = enumerated.Values.ToDictionary(v => v.Value, v => v.Key, StringComparer.Ordinal);
                    Values.TryAdd(enumerated.Parameter, (ordinal, choices));
                    continue;
                }
                foreach (var op in Enum.GetValues<ApiFilterOperators>())
                {
                    if (op == ApiFilterOperators.None || !IsSingle(op) || (column.Filters & op) == 0) continue;
                    var name = ApiFilterOperatorNames.ParameterName(column.FilterName, op);
                    if (op == ApiFilterOperators.ModifiedSince) ModifiedSince.Add(name);
                    else Operators.TryAdd(name, (ordinal, column.Type.Type, op));
                }
            }
        }

        public Dictionary<string, (int Ordinal, SqlDataType Type, ApiFilterOperators Operator)> Operators { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, (int Ordinal, Dictionary<string, string> Choices)> Values { get; } = new(StringComparer.Ordinal);
        public HashSet<string> ModifiedSince { get; } = new(StringComparer.Ordinal);

        private static bool IsSingle(ApiFilterOperators op) => ((int)op & ((int)op - 1)) == 0;
    }
}
