using ZohoOdbc.Core.Cache;

namespace ZohoOdbc.Core.Zoho;

/// <summary>What a system table is computed from: the session's catalog and its cache (never Zoho).</summary>
internal sealed record SystemTableContext(EntityCatalog Catalog, IRecordSource Records, CacheSettings Cache, DateTimeOffset Now);
