using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ZohoOdbc.Core.Logging;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Cache;

/// <summary>
/// Zoho's answers kept by request for CacheTtl (CacheMode=Pages; the replica uses it for what it does not replicate):
/// a list walk under a keyed hash of its path and parameters, with the pages read so far, and a record under a keyed hash
/// of its path. A walk the engine stopped early is replayed as far as it went, then read from Zoho again if more is
/// wanted. With Offline=Yes any kept answer serves, whatever its age.
/// </summary>
internal sealed class PageCacheRecordSource(IRecordSource api, CacheStore store, CacheSettings settings, TimeProvider clock,
    CacheNotices notices, DriverLog log) : IRecordSource
{
    private CacheCipher Cipher => store.Cipher;

    public async IAsyncEnumerable<EntityPage> FetchAsync(EntityDefinition entity, IReadOnlyList<KeyValuePair<string, string>> parameters,
        bool readsAllPages, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var key = Cipher.Lookup("list", entity.ListPath, Canonical(parameters));
        var kept = TryRead(key, entity.Name, out var keptAt) is { } body ? DecodeWalk(body) : null;
        var replayed = 0;
        if (kept is not null)
        {
            if (settings.Offline) notices.Add($"{entity.Name}: answered from the cache of {CacheNotices.Age(keptAt, clock.GetUtcNow())} (Offline=Yes)");
            foreach (var page in kept.Pages)
            {
                replayed++;
                yield return page with { FromCache = true };
            }
            if (kept.Complete) yield break;
        }
        if (settings.Offline) throw OfflineMiss(entity.Name);

        // From Zoho: pages already replayed are read again (the walk starts at page 1) but not handed out twice.
        var pages = new List<EntityPage>();
        var complete = false;
        try
        {
            await foreach (var page in api.FetchAsync(entity, parameters, readsAllPages, cancellationToken).ConfigureAwait(false))
            {
                pages.Add(page);
                if (!page.HasMore) complete = true;
                if (pages.Count <= replayed) continue;
                yield return page;
            }
            complete = true;
        }
        finally
        {
            Keep(key, entity.Name, pages, complete, listCalls: pages.Count, detailCalls: 0);
        }
    }

    public async Task<JsonElement?> GetDetailAsync(EntityDefinition entity, string id, CancellationToken cancellationToken)
    {
        var key = DetailKey(entity, id);
        // Offline, the list that named these records already said how old the cache is.
        if (TryRead(key, entity.Name, out _) is { } body) return DecodeDetail(body);
        if (settings.Offline) throw OfflineMiss(entity.Name);
        var record = await api.GetDetailAsync(entity, id, cancellationToken).ConfigureAwait(false);
        var encoded = record is { } found ? Encoding.UTF8.GetBytes(found.GetRawText()) : null;
        Keep(key, entity.Name, encoded is null ? [0] : [1, .. encoded], listCalls: 0, detailCalls: 1);
        return record;
    }

    public int DetailCallsNeeded(EntityDefinition entity, IReadOnlyCollection<string> ids)
    {
        if (settings.Offline) return 0;
        try
        {
            var oldest = Oldest();
            return store.Read(db => ids.Count(id =>
                db.Scalar("SELECT count(*) FROM answers WHERE answer_key = $k AND fetched_ms >= $o", ("$k", DetailKey(entity, id)), ("$o", oldest)) == 0));
        }
        catch (Exception e) when (e is SqliteException or CacheDamagedException)
        {
            return ids.Count;
        }
    }

    public Task<long> CountAsync(string listPath, string scopeModule, IReadOnlyList<KeyValuePair<string, string>> parameters,
        CancellationToken cancellationToken)
    {
        if (settings.Offline) throw new ZohoOdbcException(SqlStates.GeneralError, "Offline=Yes: EXPLAIN counts rows with Zoho, which an offline connection does not call.");
        return api.CountAsync(listPath, scopeModule, parameters, cancellationToken);
    }

    public Task<CachedListPlan?> PlanListAsync(EntityDefinition entity, IReadOnlyList<KeyValuePair<string, string>> parameters, bool readsAllPages,
        CancellationToken cancellationToken)
    {
        // Only a walk kept to its end answers every way the engine may read it; a partial one may need more pages.
        var key = Cipher.Lookup("list", entity.ListPath, Canonical(parameters));
        var plan = TryRead(key, entity.Name, out var keptAt) is { } body && DecodeWalk(body).Complete
            ? new CachedListPlan(0, 0, $"answered from a kept answer of {CacheNotices.Age(keptAt, clock.GetUtcNow())}{(settings.Offline ? " (Offline=Yes)" : "")}")
            : null;
        return Task.FromResult(plan);
    }

    public IReadOnlyList<CacheTableStatus> CachedTables() => Tables(store);

    /// <summary>The tables of the store's file, or the reason it cannot be read.</summary>
    internal static IReadOnlyList<CacheTableStatus> Tables(CacheStore store)
    {
        var (product, organization) = CacheStatus.Identify(store);
        var file = Path.GetFileName(store.Path);
        try
        {
            return store.Read(db => CacheStatus.Tables(db, store.Cipher, file, product, organization));
        }
        catch (Exception e) when (e is SqliteException or CacheDamagedException or IOException)
        {
            return [new CacheTableStatus(file, product, organization, "", 0, 0, 0, null, null, null, 0, 0, "damaged: " + e.Message)];
        }
    }

    /// <summary>The Zoho answers kept for a table, all of them (its replica rows and records are kept elsewhere).</summary>
    public static void Forget(CacheDb db, CacheCipher cipher, string table) =>
        db.Execute("DELETE FROM answers WHERE table_key = $t", ("$t", CacheTables.Key(cipher, table)));

    /// <summary>
    /// Drops answers, and records of tables not replicated, older than <see cref="KeptFor"/> (newer ones still serve offline).
    /// Replicated tables drop their deleted records at each reconciliation.
    /// </summary>
    public static void Prune(CacheDb db, DateTimeOffset now)
    {
        var cut = (now - KeptFor).ToUnixTimeMilliseconds();
        db.Execute("DELETE FROM answers WHERE fetched_ms < $cut", ("$cut", cut));
        db.Execute("""
            DELETE FROM details WHERE fetched_ms < $cut
              AND NOT EXISTS (SELECT 1 FROM records r WHERE r.table_key = details.table_key AND r.record_key = details.record_key)
            """, ("$cut", cut));
    }

    /// <summary>How long answers are kept for Offline=Yes after they stopped counting as fresh.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(30);

    public static ZohoOdbcException OfflineMiss(string table) =>
        new(SqlStates.GeneralError, $"Offline=Yes, and the cache holds no copy of what this query reads from {table}. " +
            "Run it once with Offline=No (or run zoho-odbc cache sync) to keep a copy, then it answers offline.");

    private byte[] DetailKey(EntityDefinition entity, string id) => Cipher.Lookup("detail", entity.ListPath, id);

    private long Oldest() => (clock.GetUtcNow() - settings.Ttl).ToUnixTimeMilliseconds();

    /// <summary>The kept answer (fresh, or any age offline) and when it was fetched; null when there is none to use.</summary>
    private byte[]? TryRead(byte[] key, string table, out DateTimeOffset keptAt)
    {
        keptAt = default;
        try
        {
            var found = store.Read(db =>
            {
                var command = db.Command("SELECT fetched_ms, body FROM answers WHERE answer_key = $k", ("$k", key));
                using var reader = command.ExecuteReader();
                return reader.Read() ? (Fetched: reader.GetInt64(0), Body: (byte[])reader[1]) : default;
            });
            if (found.Body is null) return null;
            if (!settings.Offline && found.Fetched < Oldest()) return null;
            keptAt = DateTimeOffset.FromUnixTimeMilliseconds(found.Fetched);
            return Cipher.Open(found.Body, CacheCipher.Where('a', key));
        }
        catch (CacheDamagedException e)
        {
            store.Rebuild(e.Message);
            return null;
        }
        catch (SqliteException e)
        {
            log.Warning($"cache: cannot read {table}'s kept answers ({e.Message}); asking Zoho");
            return null;
        }
    }

    private void Keep(byte[] key, string table, List<EntityPage> pages, bool complete, long listCalls, long detailCalls)
    {
        if (pages.Count == 0) return;
        Keep(key, table, EncodeWalk(pages, complete), listCalls, detailCalls);
    }

    private void Keep(byte[] key, string table, byte[] body, long listCalls, long detailCalls)
    {
        try
        {
            store.Write(db =>
            {
                db.Execute("INSERT OR REPLACE INTO answers (answer_key, table_key, fetched_ms, body) VALUES ($k, $t, $f, $b)",
                    ("$k", key), ("$t", CacheTables.Key(Cipher, table)), ("$f", clock.GetUtcNow().ToUnixTimeMilliseconds()),
                    ("$b", Cipher.Seal(body, CacheCipher.Where('a', key))));
                CacheTables.AddCalls(db, Cipher, table, listCalls, detailCalls);
                return 0;
            });
        }
        catch (CacheDamagedException e)
        {
            store.Rebuild(e.Message);
        }
        catch (SqliteException e)
        {
            log.Warning($"cache: cannot keep an answer for {table} ({e.Message})");
        }
    }

    /// <summary>The parameters in a stable order (the engine may list them differently for the same request).</summary>
    private static string Canonical(IReadOnlyList<KeyValuePair<string, string>> parameters) =>
        string.Join('&', parameters.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)).Order(StringComparer.Ordinal));

    private sealed record KeptWalk(List<EntityPage> Pages, bool Complete);

    private static byte[] EncodeWalk(List<EntityPage> pages, bool complete)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(complete);
            writer.Write(pages.Count);
            foreach (var page in pages)
            {
                writer.Write(page.Number);
                writer.Write(page.HasMore);
                writer.Write(page.Rows.Count);
                foreach (var row in page.Rows)
                {
                    var bytes = RowCodec.Encode(row);
                    writer.Write7BitEncodedInt(bytes.Length);
                    writer.Write(bytes);
                }
            }
        }
        return stream.ToArray();
    }

    private static KeptWalk DecodeWalk(byte[] body)
    {
        using var reader = new BinaryReader(new MemoryStream(body, writable: false), Encoding.UTF8);
        var complete = reader.ReadBoolean();
        var pages = new List<EntityPage>(reader.ReadInt32());
        for (var p = pages.Capacity; p > 0; p--)
        {
            var number = reader.ReadInt32();
            var hasMore = reader.ReadBoolean();
            var rows = new List<object?[]>(reader.ReadInt32());
            for (var r = rows.Capacity; r > 0; r--) rows.Add(RowCodec.Decode(reader.ReadBytes(reader.Read7BitEncodedInt())));
            pages.Add(new EntityPage(number, rows, hasMore));
        }
        return new KeptWalk(pages, complete);
    }

    private static JsonElement? DecodeDetail(byte[] body)
    {
        if (body.Length == 0 || body[0] == 0) return null;
        using var document = JsonDocument.Parse(body.AsMemory(1));
        return document.RootElement.Clone();
    }
}
