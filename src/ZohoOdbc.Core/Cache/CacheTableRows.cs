using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Cache;

/// <summary>The rows of the <c>sys_cache</c> system table: the cache file of the session's organization, read without any API call.</summary>
internal static class CacheTableRows
{
    public static IEnumerable<object?[]> Rows(SystemTableContext context) =>
        context.Records.CachedTables().Select(table => new object?[]
        {
            table.Table,
            context.Cache.Mode.ToString(),
            State(table, context.Cache, context.Now),
            table.Rows,
            table.Records,
            table.Answers,
            Utc(table.LastFullLoad),
            Utc(table.LastDelta),
            Utc(table.LastReconciliation),
            Utc(table.UpToDateAt),
            table.ApiCalls,
            table.ListCalls,
            table.DetailCalls,
        });

    /// <summary>fresh or stale for a replicated table (against CacheTtl), answers for one only kept by request, or why it cannot be read.</summary>
    public static string State(CacheTableStatus table, CacheSettings cache, DateTimeOffset now)
    {
        if (table.Problem is { } problem) return "unreadable: " + problem;
        if (table.LastFullLoad is null) return "answers";
        return table.UpToDateAt is { } at && now - at < cache.Ttl ? "fresh" : "stale";
    }

    private static DateTime? Utc(DateTimeOffset? time) => time?.UtcDateTime;
}
