namespace ZohoOdbc.Core.Cache;

/// <summary>
/// How the cache will answer a list (for EXPLAIN): the API calls it makes first to bring the copy up to date (0 when the
/// copy is fresh or the connection is offline), the calls EXPLAIN spent to know that, and a note saying what serves it.
/// </summary>
internal sealed record CachedListPlan(long RefreshCalls, long ExplainCalls, string Note);
