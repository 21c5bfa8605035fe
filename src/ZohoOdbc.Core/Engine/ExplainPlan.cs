using System.Globalization;
using ZohoOdbc.Core.Sql;

namespace ZohoOdbc.Core.Engine;

/// <summary>
/// EXPLAIN's answer: one row per table instance with the endpoint, the parameters Zoho applies, the conditions left to
/// SQLite, whether it reads records one by one, the API calls the query will make for it, whether the cache serves it,
/// and the calls EXPLAIN itself made to know. The estimate is exact, not a guess: a list read whole costs one call per
/// 200 rows, so EXPLAIN asks Zoho for the count (one response_option=2 call per list); where the rows decide further
/// calls (detail calls for a joined child table, TOP over conditions Zoho cannot apply) it reads the list itself, as the
/// query would. Detail calls are counted, never made. What the cache answers costs no call: a list it serves counts only the
/// calls that bring its copy up to date first, a record it holds none.
/// </summary>
internal static class ExplainPlan
{
    public static readonly IReadOnlyList<ResultColumn> Columns =
    [
        new("table_name", SqlDataType.VarChar, 128, 0, false),
        new("alias", SqlDataType.VarChar, 128, 0, false),
        new("access", SqlDataType.VarChar, 32, 0, false),
        new("endpoint", SqlDataType.VarChar, 255, 0, false),
        new("api_parameters", SqlDataType.VarChar, 4000, 0, false),
        new("local_predicates", SqlDataType.VarChar, 4000, 0, false),
        new("detail_calls", SqlDataType.Bit, 1, 0, false),
        new("estimated_api_calls", SqlDataType.BigInt, 19, 0, false),
        new("cache_served", SqlDataType.Bit, 1, 0, false),
        new("explain_api_calls", SqlDataType.BigInt, 19, 0, false),
        new("notes", SqlDataType.VarChar, 4000, 0, true),
    ];

    public static IReadOnlyList<object?[]> Rows(IReadOnlyList<TableAccess> accesses, IReadOnlyDictionary<TableAccess, QueryExecutor.AccessCalls> calls, int maxCallsPerQuery)
    {
        var total = calls.Values.Sum(c => c.Estimated);
        return accesses.Select(access =>
        {
            calls.TryGetValue(access, out var counted);
            var notes = new List<string>();
            if (access.Note is { } note) notes.Add(note);
            if (access.Goal is { } goal) notes.Add($"stops paging once {goal.Rows.ToString(CultureInfo.InvariantCulture)} matching rows are read");
            if (access.Kind == AccessKind.Skipped) notes.Add("no call");
            if (counted?.CacheNote is { } cached) notes.Add(cached);
            if (total > maxCallsPerQuery) notes.Add($"the query needs {total:N0} calls, more than MaxCallsPerQuery={maxCallsPerQuery:N0}: it will be refused");
            return new object?[]
            {
                access.Instance.Table.Name,
                access.Instance.ExposedName,
                Describe(access.Kind),
                access.Endpoint,
                Parameters(access),
                string.Join(" AND ", access.Local),
                access.ReadsDetail,
                counted?.Estimated ?? 0L,
                counted?.CacheServed ?? false,
                counted?.Spent ?? 0L,
                notes.Count == 0 ? null : string.Join("; ", notes),
            };
        }).ToArray();
    }

    private static string Describe(AccessKind kind) => kind switch
    {
        AccessKind.List => "list",
        AccessKind.KeyLookup => "key lookup",
        AccessKind.ChildOfKeys => "records of given ids",
        AccessKind.ChildOfJoinedParent => "records of joined rows",
        AccessKind.ChildOfParentList => "records of listed parents",
        AccessKind.System => "system table",
        _ => "skipped",
    };

    private static string Parameters(TableAccess access)
    {
        if (access.Kind is AccessKind.KeyLookup or AccessKind.ChildOfKeys) return "id in (" + string.Join(", ", access.Keys) + ")";
        var sets = access.ParameterSets.Select(set => string.Join("&", set.Concat(access.SortParameters).Select(p => $"{p.Key}={p.Value}")))
            .Where(s => s.Length > 0).ToArray();
        return sets.Length switch
        {
            0 => "",
            1 => sets[0],
            _ => string.Join(" | ", sets),
        };
    }
}
