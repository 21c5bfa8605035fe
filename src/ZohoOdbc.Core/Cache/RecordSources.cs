using ZohoOdbc.Core.Logging;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Cache;

/// <summary>
/// Builds the record source of a session from its cache settings: Zoho itself (Off), Zoho's answers kept by request
/// (Pages) or the replica (Replica), in the cache file of the organization and product under CachePath or the user's
/// cache directory. A cache that cannot be opened (no home directory, an unwritable disk, a key file others can read)
/// leaves the session on Zoho alone, with a warning in the log; with Offline=Yes that is an error, since nothing could answer.
/// The organization of an online session is kept in its cache file, so that an offline one can connect without Zoho.
/// </summary>
internal static class RecordSources
{
    public static IRecordSource Create(ZohoApiClient api, ConnectionSettings settings, CacheSettings cache, string organizationId,
        string? cacheDirectory, string? configDirectory, TimeProvider clock, DriverLog log, CacheNotices? notices = null,
        CachedOrganization? organization = null)
    {
        var direct = new ApiRecordSource(api, settings.MaxCallsPerQuery);
        if (cache.Mode == CacheMode.Off)
        {
            if (cache.Offline) throw new ZohoOdbcException(SqlStates.InvalidConnectionAttribute, "Offline=Yes needs a cache: set CacheMode to Pages or Replica.");
            return direct;
        }

        var directory = settings.CachePath ?? cacheDirectory;
        string problem;
        if (directory is null)
        {
            problem = "no cache directory (no home directory; set CachePath)";
        }
        else
        {
            try
            {
                var store = CacheStore.Open(CacheFiles.PathOf(directory, settings.Product, organizationId), CacheCipher.Create(cache.Key, configDirectory), log);
                store.Write(db =>
                {
                    PageCacheRecordSource.Prune(db, clock.GetUtcNow());
                    organization?.Save(db, store.Cipher);
                    return 0;
                });
                notices ??= new CacheNotices(log);
                var pages = new PageCacheRecordSource(direct, store, cache, clock, notices, log);
                log.Info($"cache: {cache.Mode} in {store.Path}, CacheTtl={(long)cache.Ttl.TotalSeconds}s{(cache.Offline ? ", Offline=Yes" : "")}");
                return cache.Mode == CacheMode.Pages
                    ? pages
                    : new ReplicaRecordSource(api, direct, pages, store, cache, EntityCatalog.For(settings.Product), settings.MaxCallsPerQuery, clock, notices, log);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException or CacheDamagedException
                or InvalidOperationException or ZohoOdbcException or System.Security.Cryptography.CryptographicException)
            {
                problem = $"cannot use the cache in {directory} ({e.Message})";
            }
        }
        if (cache.Offline) throw new ZohoOdbcException(SqlStates.UnableToConnect, $"Offline=Yes, but {problem}.");
        log.Warning($"cache: {problem}; every query asks Zoho");
        return direct;
    }
}
