using System.Text.Json;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Cache;

/// <summary>Every answer straight from Zoho (CacheMode=Off, and what the caching sources call when they need Zoho).</summary>
internal sealed class ApiRecordSource(ZohoApiClient api, int maxCallsPerQuery) : IRecordSource
{
    private readonly EntityPageFetcher pages = new(api, maxCallsPerQuery);
    private readonly EntityDetailFetcher details = new(api);

    public IAsyncEnumerable<EntityPage> FetchAsync(EntityDefinition entity, IReadOnlyList<KeyValuePair<string, string>> parameters,
        bool readsAllPages, CancellationToken cancellationToken) =>
        pages.FetchAsync(entity, parameters, readsAllPages, cancellationToken);

    public Task<JsonElement?> GetDetailAsync(EntityDefinition entity, string id, CancellationToken cancellationToken) =>
        details.GetDetailAsync(entity, id, cancellationToken);

    public int DetailCallsNeeded(EntityDefinition entity, IReadOnlyCollection<string> ids) => ids.Count;

    public Task<long> CountAsync(string listPath, string scopeModule, IReadOnlyList<KeyValuePair<string, string>> parameters,
        CancellationToken cancellationToken) =>
        details.CountAsync(listPath, scopeModule, parameters, cancellationToken);

    public Task<CachedListPlan?> PlanListAsync(EntityDefinition entity, IReadOnlyList<KeyValuePair<string, string>> parameters, bool readsAllPages,
        CancellationToken cancellationToken) => Task.FromResult<CachedListPlan?>(null);

    public IReadOnlyList<CacheTableStatus> CachedTables() => [];
}
