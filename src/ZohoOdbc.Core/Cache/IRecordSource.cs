using System.Text.Json;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Cache;

/// <summary>
/// Where the SQL engine gets Zoho's records: the seam between the engine and the cache. The methods are those the
/// engine used to call on <see cref="EntityPageFetcher"/> and <see cref="EntityDetailFetcher"/>, so the engine reads
/// the same rows whether they come from Zoho (<see cref="ApiRecordSource"/>, CacheMode=Off), from answers kept by
/// request (<see cref="PageCacheRecordSource"/>, Pages) or from the replica (<see cref="ReplicaRecordSource"/>).
/// A source may return more list rows than the parameters select (never fewer, never a row twice): the engine applies
/// every condition again.
/// </summary>
internal interface IRecordSource
{
    /// <summary>The rows of <paramref name="entity"/>'s list that match the list <paramref name="parameters"/>, page by page.</summary>
    IAsyncEnumerable<EntityPage> FetchAsync(EntityDefinition entity, IReadOnlyList<KeyValuePair<string, string>> parameters,
        bool readsAllPages, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="FetchAsync(EntityDefinition, IReadOnlyList{KeyValuePair{string, string}}, bool, CancellationToken)"/> for a
    /// caller that reads only the values <paramref name="columnsRead"/> marks (by ordinal): a source may leave the others null
    /// (the replica then decodes only those). The id column is always among them.
    /// </summary>
    IAsyncEnumerable<EntityPage> FetchAsync(EntityDefinition entity, IReadOnlyList<KeyValuePair<string, string>> parameters,
        bool readsAllPages, bool[]? columnsRead, CancellationToken cancellationToken) =>
        FetchAsync(entity, parameters, readsAllPages, cancellationToken);

    /// <summary>The record <paramref name="id"/> (its detail, with nested rows), owned by the caller; null when it does not exist.</summary>
    Task<JsonElement?> GetDetailAsync(EntityDefinition entity, string id, CancellationToken cancellationToken);

    /// <summary>How many API calls reading the records of <paramref name="ids"/> would make now (those not answered from the cache).</summary>
    int DetailCallsNeeded(EntityDefinition entity, IReadOnlyCollection<string> ids);

    /// <summary>How many rows the list matches (EXPLAIN); always asks Zoho.</summary>
    Task<long> CountAsync(string listPath, string scopeModule, IReadOnlyList<KeyValuePair<string, string>> parameters, CancellationToken cancellationToken);

    /// <summary>
    /// EXPLAIN: how the cache would answer <see cref="FetchAsync"/> with these arguments now (and what bringing it up to date
    /// costs), or null when Zoho answers it as without the cache. Changes nothing.
    /// </summary>
    Task<CachedListPlan?> PlanListAsync(EntityDefinition entity, IReadOnlyList<KeyValuePair<string, string>> parameters, bool readsAllPages,
        CancellationToken cancellationToken);

    /// <summary>What the session's cache file holds per table (the <c>sys_cache</c> system table); empty without a cache. No API call.</summary>
    IReadOnlyList<CacheTableStatus> CachedTables();
}
