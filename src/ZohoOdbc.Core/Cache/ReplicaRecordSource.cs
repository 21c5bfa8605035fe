using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ZohoOdbc.Core.Logging;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Cache;

/// <summary>
/// CacheMode=Replica: a table the engine reads in full is walked once (with the same calls and checks as without the
/// cache) and kept; later lists of it, filtered or not, are answered from the replica. A replica older than CacheTtl is
/// first brought up to date: the records modified since the last refresh (<c>last_modified_time</c>), or those of a recent
/// date window for entities without it; every ReconcileInterval a full walk drops the records deleted in Zoho. A record's
/// detail (with its line items) is kept and read again only when its last_modified_time moved. One process refreshes a
/// table at a time (<see cref="RefreshLease"/>); the others wait for it, or after a while read the previous version.
/// What the replica does not hold (lists it cannot filter, tables never read in full, nested lists) goes through
/// <see cref="PageCacheRecordSource"/>. A damaged cache file is set aside and the answer read again from Zoho.
/// </summary>
internal sealed class ReplicaRecordSource : IRecordSource
{
    /// <summary>Records dated this far back are read again by each delta of an entity without last_modified_time.</summary>
    public static readonly TimeSpan DateWindow = TimeSpan.FromDays(14);

    /// <summary>
    /// How long after a table was brought up to date its rows' versions decide whether a kept record is current, even with a
    /// shorter CacheTtl: the records a query reads follow the list it has just refreshed.
    /// </summary>
    public static readonly TimeSpan RecordGrace = TimeSpan.FromSeconds(60);

    /// <summary>How long a query waits for another process's refresh of a table before reading the table's previous version.</summary>
    public static readonly TimeSpan WaitForOtherRefresh = TimeSpan.FromSeconds(15);

    /// <summary>Rows per page of a replica read: as many as one opened batch.</summary>
    private const int PageRows = SealedRowBatch.Capacity;

    private readonly ZohoApiClient api;
    private readonly IRecordSource direct;
    private readonly PageCacheRecordSource answers;
    private readonly CacheStore store;
    private readonly CacheSettings settings;
    private readonly EntityCatalog catalog;
    private readonly int maxCallsPerQuery;
    private readonly TimeProvider clock;
    private readonly DriverLog log;

    public ReplicaRecordSource(ZohoApiClient api, IRecordSource direct, PageCacheRecordSource answers, CacheStore store, CacheSettings settings,
        EntityCatalog catalog, int maxCallsPerQuery, TimeProvider clock, CacheNotices notices, DriverLog log)
    {
        this.api = api;
        this.direct = direct;
        this.answers = answers;
        this.store = store;
        this.settings = settings;
        this.catalog = catalog;
        this.maxCallsPerQuery = maxCallsPerQuery;
        this.clock = clock;
        Notices = notices;
        this.log = log;
    }

    public CacheNotices Notices { get; }

    private CacheCipher Cipher => store.Cipher;

    public IAsyncEnumerable<EntityPage> FetchAsync(EntityDefinition entity, IReadOnlyList<KeyValuePair<string, string>> parameters,
        bool readsAllPages, CancellationToken cancellationToken) =>
        FetchAsync(entity, parameters, readsAllPages, columnsRead: null, cancellationToken);

    public async IAsyncEnumerable<EntityPage> FetchAsync(EntityDefinition entity, IReadOnlyList<KeyValuePair<string, string>> parameters,
        bool readsAllPages, bool[]? columnsRead, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        OpenedRows? rows = null;
        IRecordSource next = answers;
        if (IsReplicated(entity) && LocalFilter.TryCreate(entity, parameters, out var filter))
        {
            // Only a walk of the whole table loads it: a narrow query on a table never loaded costs what it costs without the cache.
            var mayLoad = parameters.Count == 0 && readsAllPages;
            (rows, next) = await GuardAsync(entity, async () =>
            {
                if (await CurrentAsync(entity, mayLoad, cancellationToken).ConfigureAwait(false) is null) return null;
                // The generation and its rows in one snapshot: a refresh committed meanwhile is read whole, or not at all.
                return store.Read(db => CacheTables.Read(db, Cipher, entity.Name) is { IsLoaded: true } committed
                    ? ReplicaRows.Read(db, Cipher, CacheTables.Key(Cipher, entity.Name), committed.Generation, filter, columnsRead)
                    : null);
            }).ConfigureAwait(false);
        }
        if (rows is not null)
        {
            if (!readsAllPages)
            {
                // One page: the engine has every candidate row at once, whatever order (sort) or row goal it wanted from Zoho.
                yield return new EntityPage(1, rows.All(), HasMore: false) { FromCache = true };
                yield break;
            }
            // All of them, a page at a time, opened in one snapshot: a refresh committed meanwhile is in none of them.
            var number = 0;
            foreach (var (page, last) in rows.Pages(PageRows))
                yield return new EntityPage(++number, page, HasMore: !last) { FromCache = true };
            yield break;
        }
        await foreach (var page in next.FetchAsync(entity, parameters, readsAllPages, cancellationToken).ConfigureAwait(false))
            yield return page;
    }

    public async Task<JsonElement?> GetDetailAsync(EntityDefinition entity, string id, CancellationToken cancellationToken)
    {
        if (!IsReplicated(entity) || !entity.HasDetail) return await answers.GetDetailAsync(entity, id, cancellationToken).ConfigureAwait(false);
        var (found, next) = await GuardAsync(entity, async () => await DetailAsync(entity, id, cancellationToken).ConfigureAwait(false))
            .ConfigureAwait(false);
        if (found is { } answered) return answered.Record;
        return await next.GetDetailAsync(entity, id, cancellationToken).ConfigureAwait(false);
    }

    public int DetailCallsNeeded(EntityDefinition entity, IReadOnlyCollection<string> ids)
    {
        if (!IsReplicated(entity) || !entity.HasDetail) return answers.DetailCallsNeeded(entity, ids);
        if (settings.Offline) return 0;
        try
        {
            var tableKey = CacheTables.Key(Cipher, entity.Name);
            var (rowVersions, details) = store.Read(db =>
            {
                var state = CacheTables.Read(db, Cipher, entity.Name);
                return (ReplicaRows.Versions(db, tableKey, state.Generation), ReplicaRows.DetailVersions(db, tableKey));
            });
            var oldest = Oldest();
            // As DetailAsync decides: a kept record serves while it has the list row's version, or for CacheTtl without a row.
            return ids.Distinct(StringComparer.Ordinal).Count(id =>
            {
                var key = ReplicaRows.Id(ReplicaRows.RecordKey(Cipher, entity, id));
                if (!details.TryGetValue(key, out var detail)) return true;
                return rowVersions.TryGetValue(key, out var version) ? !version.AsSpan().SequenceEqual(detail.Version) : detail.FetchedMs < oldest;
            });
        }
        catch (Exception e) when (e is SqliteException or CacheDamagedException)
        {
            return ids.Count;
        }
    }

    public Task<long> CountAsync(string listPath, string scopeModule, IReadOnlyList<KeyValuePair<string, string>> parameters,
        CancellationToken cancellationToken) =>
        answers.CountAsync(listPath, scopeModule, parameters, cancellationToken);

    public async Task<CachedListPlan?> PlanListAsync(EntityDefinition entity, IReadOnlyList<KeyValuePair<string, string>> parameters, bool readsAllPages,
        CancellationToken cancellationToken)
    {
        if (!IsReplicated(entity) || !LocalFilter.TryCreate(entity, parameters, out _))
            return await answers.PlanListAsync(entity, parameters, readsAllPages, cancellationToken).ConfigureAwait(false);
        TableState state;
        try
        {
            state = store.Read(db => CacheTables.Read(db, Cipher, entity.Name));
        }
        catch (Exception e) when (e is SqliteException or CacheDamagedException or IOException)
        {
            return null;
        }
        if (!state.IsLoaded) return await answers.PlanListAsync(entity, parameters, readsAllPages, cancellationToken).ConfigureAwait(false);

        var copy = $"the replica ({state.Rows:N0} rows) of {CacheNotices.Age(state.UpToDateAt!.Value, clock.GetUtcNow())}";
        if (settings.Offline) return new CachedListPlan(0, 0, $"answered from {copy} (Offline=Yes)");
        if (IsFresh(state)) return new CachedListPlan(0, 0, $"answered from {copy}, fresh within CacheTtl");

        // Stale: the query first brings the replica up to date; Zoho's count of what that reads says what it costs.
        var delta = ReconciliationDue(state) ? null : DeltaParameters(entity, state);
        var total = await answers.CountAsync(entity.ListPath, entity.ScopeModule, delta ?? [], cancellationToken).ConfigureAwait(false);
        var calls = Math.Max(1, (total + EntityPageFetcher.PageSize - 1) / EntityPageFetcher.PageSize);
        return new CachedListPlan(calls, 1, delta is null
            ? $"answered from the replica once reconciled: a full walk of {total:N0} rows first (older than CacheTtl, reconciliation due)"
            : $"answered from the replica once brought up to date: {total:N0} records changed since {state.Cursor} (older than CacheTtl)");
    }

    public IReadOnlyList<CacheTableStatus> CachedTables() => PageCacheRecordSource.Tables(store);

    /// <summary>A table of the catalog whose rows have an id (nested lists such as exchange rates are kept as answers).</summary>
    private bool IsReplicated(EntityDefinition entity) =>
        catalog.Find(entity.Name) is EntityDefinition known && ReferenceEquals(known, entity);

    private long Oldest() => (clock.GetUtcNow() - settings.Ttl).ToUnixTimeMilliseconds();

    private bool IsFresh(TableState state) => state.UpToDateAt is { } at && clock.GetUtcNow() - at < settings.Ttl;

    /// <summary>
    /// The table's state once its replica is current: fresh already, or refreshed now (by this process, or by another one this
    /// process waited for). Null when it was never loaded and this request may not load it.
    /// </summary>
    private async Task<TableState?> CurrentAsync(EntityDefinition entity, bool mayLoad, CancellationToken cancellationToken)
    {
        var tableKey = CacheTables.Key(Cipher, entity.Name);
        var waitingSince = Stopwatch.GetTimestamp();
        while (true)
        {
            var state = store.Read(db => CacheTables.Read(db, Cipher, entity.Name));
            if (settings.Offline)
            {
                if (!state.IsLoaded) return null;
                Notices.Add($"{entity.Name}: answered from the cache of {CacheNotices.Age(state.UpToDateAt!.Value, clock.GetUtcNow())} (Offline=Yes)");
                return state;
            }
            if (!state.IsLoaded && !mayLoad) return null;
            if (state.IsLoaded && IsFresh(state)) return state;

            await using var lease = await RefreshLease.TryTakeAsync(store, tableKey, clock, cancellationToken).ConfigureAwait(false);
            if (lease is null)
            {
                // Another process refreshes it: wait for its commit, or after a while read what is committed.
                if (state.IsLoaded && Stopwatch.GetElapsedTime(waitingSince) > WaitForOtherRefresh)
                {
                    Notices.Add($"{entity.Name}: another process is still refreshing it; answered from the cache of {CacheNotices.Age(state.UpToDateAt!.Value, clock.GetUtcNow())}");
                    return state;
                }
                await Task.Delay(TimeSpan.FromMilliseconds(100), clock, cancellationToken).ConfigureAwait(false);
                continue;
            }

            // Under the lease: someone may have refreshed it while this one waited.
            state = store.Read(db => CacheTables.Read(db, Cipher, entity.Name));
            if (state.IsLoaded && IsFresh(state)) return state;
            try
            {
                if (!state.IsLoaded) return await WalkAllAsync(entity, state, lease, reconcile: false, cancellationToken).ConfigureAwait(false);
                var canDelta = DeltaParameters(entity, state) is not null;
                if (canDelta && !ReconciliationDue(state))
                    return await DeltaAsync(entity, state, lease, cancellationToken).ConfigureAwait(false);
                try
                {
                    return await WalkAllAsync(entity, state, lease, reconcile: true, cancellationToken).ConfigureAwait(false);
                }
                catch (ZohoOdbcException e) when (canDelta && (e.SqlState == SqlStates.ProgramLimitExceeded || e.NativeError == Zoho.ZohoApiErrors.DailyLimitExceeded))
                {
                    // Grown beyond MaxCallsPerQuery or today's quota: changes still come in; deletions wait for a reconciliation that fits.
                    log.Warning($"cache: {entity.Name} not reconciled ({e.Message}); bringing it up to date with a delta");
                    return await DeltaAsync(entity, state, lease, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (ZohoOdbcException e) when (state.IsLoaded && e.SqlState is SqlStates.CommunicationLink or SqlStates.Timeout or SqlStates.UnableToConnect)
            {
                // Zoho cannot be reached: the previous version is better than no answer, and the notice says how old it is.
                Notices.Add($"{entity.Name}: Zoho could not be reached ({e.Message}); answered from the cache of {CacheNotices.Age(state.UpToDateAt!.Value, clock.GetUtcNow())}");
                log.Warning($"cache: {entity.Name} not refreshed ({e.SqlState} {e.Message}); answering from the previous version");
                return state;
            }
        }
    }

    private bool ReconciliationDue(TableState state) =>
        state.LastReconciliation is not { } last || clock.GetUtcNow() - last >= settings.ReconcileInterval;

    /// <summary>What a delta asks for: records modified since the cursor, or dated in the recent window; null when the entity has neither.</summary>
    private IReadOnlyList<KeyValuePair<string, string>>? DeltaParameters(EntityDefinition entity, TableState state)
    {
        if (RecordVersion.HasModifiedFilter(entity)) return state.Cursor is { } cursor ? [ModifiedCursor.Parameter(cursor)] : null;
        var date = entity.Columns.FirstOrDefault(c => c.Type.Type == Engine.SqlDataType.Date && (c.Filters & ApiFilterOperators.Start) != 0);
        if (date is null) return null;
        var from = DateOnly.FromDateTime((clock.GetUtcNow() - DateWindow).UtcDateTime);
        return [new(ApiFilterOperatorNames.ParameterName(date.FilterName, ApiFilterOperators.Start), Engine.SqliteStorage.FormatDate(from))];
    }

    /// <summary>
    /// Walks the whole list (as the engine would without the cache: same calls, same refusals) into a new generation,
    /// then commits it. A first load, or a reconciliation: records no longer listed are dropped with their details.
    /// </summary>
    private async Task<TableState> WalkAllAsync(EntityDefinition entity, TableState state, RefreshLease lease, bool reconcile, CancellationToken cancellationToken)
    {
        var tableKey = CacheTables.Key(Cipher, entity.Name);
        var generation = state.Generation + 1;
        var started = clock.GetUtcNow();
        var watch = Stopwatch.StartNew();
        store.Write(db =>
        {
            ReplicaRows.DropUncommitted(db, tableKey, state.Generation);
            return 0;
        });
        long seq = 0, calls = 0;
        DateTimeOffset? newest = null;
        try
        {
            await foreach (var page in direct.FetchAsync(entity, [], readsAllPages: true, cancellationToken).ConfigureAwait(false))
            {
                calls++;
                if (ModifiedCursor.EarliestNewest(page.Rows, entity) is { } pageNewest && (newest is null || pageNewest > newest)) newest = pageNewest;
                seq = store.Write(db =>
                {
                    if (!lease.Renew(db)) throw new LeaseLostException();
                    return ReplicaRows.Insert(db, Cipher, entity, tableKey, generation, page.Rows, seq);
                });
            }
        }
        catch when (calls > 0)
        {
            RecordCalls(entity.Name, calls);
            throw;
        }

        var committed = store.Write(db =>
        {
            if (!lease.Renew(db)) throw new LeaseLostException();
            var rows = ReplicaRows.Commit(db, tableKey, generation);
            return CacheTables.Update(db, Cipher, entity.Name, s =>
            {
                var cursor = newest is { } n ? ModifiedCursor.Next(n, watch.Elapsed, reconcile ? s.CursorInstant : null) : s.CursorInstant;
                return s with
                {
                    Generation = generation,
                    Rows = rows,
                    LastFullLoad = reconcile ? s.LastFullLoad : started,
                    LastReconciliation = started,
                    LastDelta = reconcile ? started : s.LastDelta,
                    Cursor = cursor is { } c ? ModifiedCursor.Format(c) : null,
                    CursorInstant = cursor,
                    ListCalls = s.ListCalls + calls,
                };
            });
        });
        log.Info($"cache: {entity.Name} {(reconcile ? "reconciled" : "loaded")}: {committed.Rows:N0} rows, {calls} calls, {watch.ElapsedMilliseconds}ms");
        return committed;
    }

    /// <summary>The records modified since the cursor (or in the date window), written into the committed generation at once.</summary>
    private async Task<TableState> DeltaAsync(EntityDefinition entity, TableState state, RefreshLease lease, CancellationToken cancellationToken)
    {
        var tableKey = CacheTables.Key(Cipher, entity.Name);
        var started = clock.GetUtcNow();
        var watch = Stopwatch.StartNew();
        var parameters = DeltaParameters(entity, state)!;
        var delta = await DeltaWalker.WalkAsync(api, entity, parameters, maxCallsPerQuery, lease.Renew, cancellationToken).ConfigureAwait(false);
        if (!delta.Complete)
        {
            RecordCalls(entity.Name, delta.Calls);
            log.Info($"cache: {entity.Name}: more than {maxCallsPerQuery} pages changed; walking it in full instead");
            return await WalkAllAsync(entity, state, lease, reconcile: true, cancellationToken).ConfigureAwait(false);
        }

        DateTimeOffset? newest = null;
        foreach (var (_, modified) in delta.Rows)
            if (modified is { } m && (newest is null || m > newest)) newest = m;
        var committed = store.Write(db =>
        {
            if (!lease.Renew(db)) throw new LeaseLostException();
            var added = ReplicaRows.Upsert(db, Cipher, entity, tableKey, state.Generation, delta.Rows.Select(r => r.Row).ToList());
            return CacheTables.Update(db, Cipher, entity.Name, s =>
            {
                var cursor = newest is { } n ? ModifiedCursor.Next(n, watch.Elapsed, s.CursorInstant) : s.CursorInstant;
                return s with
                {
                    Rows = s.Rows + added,
                    LastDelta = started,
                    // Formatted in the offset Zoho used, now that a row told it.
                    Cursor = cursor is { } c ? ModifiedCursor.Format(newest is { } n2 ? c.ToOffset(n2.Offset) : c) : s.Cursor,
                    CursorInstant = cursor,
                    ListCalls = s.ListCalls + delta.Calls,
                };
            });
        });
        log.Info($"cache: {entity.Name} brought up to date: {delta.Rows.Count} changed rows, {delta.Calls} calls, {watch.ElapsedMilliseconds}ms");
        return committed;
    }

    /// <summary>A record's detail: kept while its version matches the list row (or, for a table not replicated yet, for CacheTtl).</summary>
    private async Task<DetailAnswer?> DetailAsync(EntityDefinition entity, string id, CancellationToken cancellationToken)
    {
        var tableKey = CacheTables.Key(Cipher, entity.Name);
        var recordKey = ReplicaRows.RecordKey(Cipher, entity, id);
        var (state, rowVersion, kept) = Lookup();
        // The records of a list just brought up to date (the same query, even with CacheTtl=0) are checked against it as it is.
        if (state.IsLoaded && !settings.Offline && !(state.UpToDateAt is { } at && clock.GetUtcNow() - at < (settings.Ttl > RecordGrace ? settings.Ttl : RecordGrace)))
        {
            await CurrentAsync(entity, mayLoad: false, cancellationToken).ConfigureAwait(false);
            (state, rowVersion, kept) = Lookup();
        }

        if (settings.Offline)
        {
            if (kept is null) throw PageCacheRecordSource.OfflineMiss(entity.Name);
            return new DetailAnswer(Parse(kept.Json));
        }
        var valid = kept is not null && (rowVersion is not null ? rowVersion.AsSpan().SequenceEqual(kept.Version) : kept.FetchedMs >= Oldest());
        if (valid) return new DetailAnswer(Parse(kept!.Json));

        var record = await direct.GetDetailAsync(entity, id, cancellationToken).ConfigureAwait(false);
        store.Write(db =>
        {
            if (record is { } found)
            {
                // The list row's version when the record is the one listed; otherwise its own (edited since the last refresh).
                var own = RecordVersion.OfDetail(Cipher, entity, found);
                var version = rowVersion is not null && (own is null || own.AsSpan().SequenceEqual(rowVersion)) ? rowVersion : own ?? Cipher.Lookup("unversioned", id, Guid.NewGuid().ToString("N"));
                ReplicaRows.WriteDetail(db, Cipher, tableKey, recordKey, version, Encoding.UTF8.GetBytes(found.GetRawText()), clock.GetUtcNow().ToUnixTimeMilliseconds());
            }
            else if (rowVersion is not null)
            {
                // Deleted in Zoho since the last reconciliation: gone from the replica now.
                ReplicaRows.Remove(db, tableKey, state.Generation, recordKey);
                CacheTables.Update(db, Cipher, entity.Name, s => s with { Rows = ReplicaRows.Count(db, tableKey, s.Generation) });
            }
            CacheTables.AddCalls(db, Cipher, entity.Name, 0, 1);
            return 0;
        });
        return new DetailAnswer(record);

        // The table's state, the record's list version and its kept detail, in one snapshot.
        (TableState, byte[]?, ReplicaRows.KeptDetail?) Lookup() => store.Read(db =>
        {
            var current = CacheTables.Read(db, Cipher, entity.Name);
            return (current, ReplicaRows.RowVersion(db, tableKey, current.Generation, recordKey), ReplicaRows.ReadDetail(db, Cipher, tableKey, recordKey));
        });
    }

    private sealed record DetailAnswer(JsonElement? Record);

    /// <summary>
    /// Runs a replica operation. A damaged file is set aside and the operation run once more on a new one; a file that
    /// cannot be used (a full or read-only disk) leaves the answer to Zoho. Returns the result, or null with the source to ask instead.
    /// </summary>
    private async Task<(T? Result, IRecordSource Fallback)> GuardAsync<T>(EntityDefinition entity, Func<Task<T?>> operation) where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return (await operation().ConfigureAwait(false), answers);
            }
            catch (CacheDamagedException e) when (attempt == 1)
            {
                store.Rebuild(e.Message);
            }
            catch (LeaseLostException) when (attempt == 1)
            {
                log.Info($"cache: {entity.Name}: another process took over the refresh; reading again");
            }
            catch (Exception e) when (e is CacheDamagedException or SqliteException or IOException or LeaseLostException && !settings.Offline)
            {
                log.Warning($"cache: {entity.Name} answered from Zoho: the cache cannot be used ({e.Message})");
                return (null, direct);
            }
        }
    }

    private void RecordCalls(string table, long calls)
    {
        try
        {
            store.Write(db =>
            {
                CacheTables.AddCalls(db, Cipher, table, calls, 0);
                return 0;
            });
        }
        catch (Exception e) when (e is SqliteException or CacheDamagedException)
        {
            log.Warning($"cache: cannot count {calls} calls for {table} ({e.Message})");
        }
    }

    private static JsonElement? Parse(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
