using System.Text.Json;
using Microsoft.Data.Sqlite;
using ZohoOdbc.Core.Sql;
using ZohoOdbc.Core.Zoho;
using ZohoOdbc.Core.Zoho.Http;

namespace ZohoOdbc.Core.Engine;

/// <summary>
/// Runs a bound statement: plans every table instance with the ? values, reads what the plans need into a fresh
/// in-memory SQLite database (lists page by page, stopping at a row goal; detail calls only for the rows that can
/// matter; child rows from their parents' records), then executes the translated SQL. EXPLAIN runs the same steps
/// but counts instead of reading where it can (see <see cref="ExplainPlan"/>).
/// </summary>
internal sealed class QueryExecutor(ZohoApiClient api, ConnectionSettings settings, Cache.IRecordSource source, TimeProvider clock)
{
    // Zoho, or the cache in front of it (CacheMode): list pages, records and counts.
    private readonly Cache.IRecordSource pages = source;
    private readonly Cache.IRecordSource details = source;
    private readonly int maxCallsPerQuery = settings.MaxCallsPerQuery;

    /// <summary>The connection's settings (MaxCallsPerQuery; the OAuth procedures use the client and region).</summary>
    public ConnectionSettings Settings => settings;

    /// <summary>The rows, with the cache notices of this execution alone (collected on its async flow).</summary>
    public async Task<QueryResult> ExecuteAsync(BoundStatement statement, IReadOnlyList<object?> values, EntityCatalog catalog, CancellationToken cancellationToken)
    {
        var notices = Cache.ExecutionNotices.Begin();
        var connection = SqliteRuntime.OpenInMemory();
        try
        {
            var converted = ParameterValues.Convert(statement.Parameters, values);
            // A statement that only lists its table's columns is answered from the loaded rows themselves.
            var direct = DirectProjection.TryCreate(statement);
            await LoadAsync(connection, statement, converted, catalog, explain: null, cancellationToken, direct).ConfigureAwait(false);
            IRowReader rows = direct?.Rows is { } kept
                ? new BlockRowReader(connection, statement.Columns, kept)
                : SqliteRowReader.Execute(connection, statement.Sql, statement.Columns, command => BindParameters(command, statement.Parameters, converted));
            return new QueryResult(rows, notices.ToList());
        }
        catch (Exception e)
        {
            connection.Dispose();
            throw Translate(e, cancellationToken);
        }
    }

    /// <summary>EXPLAIN: one row per table instance (see <see cref="ExplainPlan"/> for what it calls to be exact).</summary>
    public async Task<QueryResult> ExplainAsync(BoundStatement statement, IReadOnlyList<object?> values, EntityCatalog catalog, CancellationToken cancellationToken)
    {
        var notices = Cache.ExecutionNotices.Begin();
        using var connection = SqliteRuntime.OpenInMemory();
        try
        {
            var converted = ParameterValues.Convert(statement.Parameters, values);
            var explain = new Dictionary<TableAccess, AccessCalls>();
            var accesses = await LoadAsync(connection, statement, converted, catalog, explain, cancellationToken).ConfigureAwait(false);
            return new QueryResult(new ListRowReader(ExplainPlan.Columns, ExplainPlan.Rows(accesses, explain, maxCallsPerQuery)), notices.ToList());
        }
        catch (Exception e)
        {
            throw Translate(e, cancellationToken);
        }
    }

    private static Exception Translate(Exception e, CancellationToken cancellationToken) => e switch
    {
        SqliteException sqlite => SqliteRuntime.Translate(sqlite),
        OperationCanceledException when cancellationToken.IsCancellationRequested => ZohoTransport.Cancelled(),
        _ => e,
    };

    /// <summary>
    /// The calls one access made (or, for EXPLAIN, will make), the calls EXPLAIN itself spent to know, and whether the
    /// cache serves it (with what it says about its copy).
    /// </summary>
    internal sealed class AccessCalls
    {
        public long Estimated;
        public long Spent;
        public bool CacheServed;
        public string? CacheNote;
    }

    private sealed class LoadRun(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<ParameterSlot> slots, object?[] values,
        Dictionary<TableAccess, AccessCalls>? explain)
    {
        public SqliteConnection Connection { get; } = connection;
        public SqliteTransaction Transaction { get; } = transaction;
        public Dictionary<(EntityDefinition, string), JsonElement?> Records { get; } = [];
        public Dictionary<TableInstance, SqliteTableLoader> Loaders { get; } = [];
        public long Calls;
        public bool Explaining => explain is not null;

        public AccessCalls For(TableAccess access)
        {
            if (explain is null) return new AccessCalls();
            if (!explain.TryGetValue(access, out var calls)) explain[access] = calls = new AccessCalls();
            return calls;
        }

        public long Scalar(string sql, long? after = null)
        {
            using var command = Connection.CreateCommand();
            command.Transaction = Transaction;
            command.CommandText = sql;
            BindParameters(command, slots, values);
            if (after is not null) command.Parameters.AddWithValue("$after", after.Value);
            return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
        }

        /// <summary>The values of a one-column query, as the CLR type of <paramref name="type"/>.</summary>
        public IReadOnlyList<object?> Values(string sql, SqlTypeInfo type)
        {
            using var command = Connection.CreateCommand();
            command.Transaction = Transaction;
            command.CommandText = sql;
            BindParameters(command, slots, values);
            using var reader = command.ExecuteReader();
            var column = new ResultColumn("", type.Type, type.Size, type.Scale, true);
            var result = new List<object?>();
            while (reader.Read()) result.Add(SqliteStorage.FromStorage(reader.GetValue(0), column));
            return result;
        }

        public List<string> Strings(string sql)
        {
            using var command = Connection.CreateCommand();
            command.Transaction = Transaction;
            command.CommandText = sql;
            BindParameters(command, slots, values);
            using var reader = command.ExecuteReader();
            var result = new List<string>();
            while (reader.Read())
                if (!reader.IsDBNull(0)) result.Add(reader.GetString(0));
            return result;
        }
    }

    /// <summary>
    /// Plans and reads the instances one by one: an instance waits for the tables of the subqueries whose values steer
    /// it, and a child table for the parent it is joined to; the rest keeps the statement's order.
    /// </summary>
    private async Task<IReadOnlyList<TableAccess>> LoadAsync(SqliteConnection connection, BoundStatement statement, object?[] values, EntityCatalog catalog,
        Dictionary<TableAccess, AccessCalls>? explain, CancellationToken cancellationToken, DirectProjection? direct = null)
    {
        using var transaction = connection.BeginTransaction();
        var run = new LoadRun(connection, transaction, statement.Parameters, values, explain);
        try
        {
            foreach (var instance in statement.Instances)
                run.Loaders[instance] = new SqliteTableLoader(connection, transaction, instance.SqlTable, instance.Table, instance.CustomFields, instance.UsedColumns,
                    ReferenceEquals(direct?.Instance, instance) ? direct : null);

            // Rows that decide further calls (a joined child's detail calls, a subquery's values) are read even by EXPLAIN.
            var decisive = statement.Instances.SelectMany(PushdownPlanner.Dependencies).ToHashSet();
            var accesses = new Dictionary<TableInstance, TableAccess>();
            var subqueries = new Dictionary<SubqueryValues, IReadOnlyList<object?>?>();
            var planValues = new PushdownPlanner.PlanValues(values, subquery =>
            {
                if (!subquery.Instances.All(accesses.ContainsKey)) return null;
                if (!subqueries.TryGetValue(subquery, out var found)) subqueries[subquery] = found = run.Values(subquery.Sql, subquery.Type);
                return found;
            });

            var remaining = PushdownPlanner.LoadOrder(statement.Instances).ToList();
            while (remaining.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var next = remaining.FirstOrDefault(i => PushdownPlanner.Dependencies(i).All(accesses.ContainsKey)) ?? remaining[0];
                remaining.Remove(next);
                var access = PushdownPlanner.PlanInstance(next, planValues, accesses);
                access.RowsDecideCalls = decisive.Contains(next) || access.ReadsOwnDetails;
                if (next.Guards.Count > 0 && run.Scalar($"SELECT CASE WHEN {string.Join(" AND ", next.Guards)} THEN 1 ELSE 0 END") == 0)
                    access = new TableAccess { Instance = next, Kind = AccessKind.Skipped, Note = "a condition that reads no row is false" };
                accesses[next] = access;
                if (access.Kind != AccessKind.Skipped) await LoadAccessAsync(run, access, catalog, cancellationToken).ConfigureAwait(false);
            }
            foreach (var loader in run.Loaders.Values) loader.Dispose();
            transaction.Commit();
            return statement.Instances.Select(i => accesses[i]).ToArray();
        }
        catch
        {
            foreach (var loader in run.Loaders.Values) loader.Dispose();
            throw;
        }
    }

    private async Task LoadAccessAsync(LoadRun run, TableAccess access, EntityCatalog catalog, CancellationToken cancellationToken)
    {
        var loader = run.Loaders[access.Instance];
        var calls = run.For(access);
        switch (access.Kind)
        {
            case AccessKind.System:
                loader.Add(((SystemTableDefinition)access.Instance.Table).Rows(new SystemTableContext(catalog, pages, settings.Cache, clock.GetUtcNow())));
                break;
            case AccessKind.List:
                await WalkListsAsync(run, access, loader, calls, cancellationToken).ConfigureAwait(false);
                if (access.ReadsOwnDetails)
                {
                    var entity = access.Entity!;
                    var instance = access.Instance;
                    var where = access.ListConditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", access.ListConditions);
                    var ids = run.Strings(instance.GoalKeysSql is { } resultRows ? resultRows
                        : $"SELECT DISTINCT {SqliteSyntax.Quote(instance.SqlAlias)}.{SqliteSyntax.Quote(entity.IdColumn.Name)} " +
                          $"FROM {SqliteSyntax.Quote(instance.SqlTable)} AS {SqliteSyntax.Quote(instance.SqlAlias)}{where}");
                    var records = await RecordsAsync(run, entity, ids, calls, access, cancellationToken).ConfigureAwait(false);
                    foreach (var (id, record) in records)
                        if (record is { } found) loader.CompleteDetail(entity.IdColumn, id, RecordRows.FromRecord(found, entity));
                }
                break;
            case AccessKind.KeyLookup:
            {
                var entity = access.Entity!;
                var records = await RecordsAsync(run, entity, access.Keys, calls, access, cancellationToken).ConfigureAwait(false);
                loader.Add(records.Where(r => r.Record is not null).Select(r => RecordRows.FromRecord(r.Record!.Value, entity)));
                break;
            }
            case AccessKind.ChildOfKeys:
                await LoadChildrenAsync(run, access, access.Keys, loader, calls, cancellationToken).ConfigureAwait(false);
                break;
            case AccessKind.ChildOfJoinedParent:
            {
                var parent = access.Parent!.Instance;
                if (access.Parent.Kind == AccessKind.Skipped) break;
                var entity = (EntityDefinition)parent.Table;
                var where = access.ParentConditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", access.ParentConditions);
                var ids = run.Strings($"SELECT DISTINCT {SqliteSyntax.Quote(parent.SqlAlias)}.{SqliteSyntax.Quote(entity.IdColumn.Name)} " +
                    $"FROM {SqliteSyntax.Quote(parent.SqlTable)} AS {SqliteSyntax.Quote(parent.SqlAlias)}{where}");
                await LoadChildrenAsync(run, access, ids, loader, calls, cancellationToken).ConfigureAwait(false);
                break;
            }
            case AccessKind.ChildOfParentList:
            {
                var ids = new List<string>();
                var entity = access.Entity!;
                var idOrdinal = entity.OrdinalOf(entity.IdColumn);
                var child = (ChildTableDefinition)access.Instance.Table;
                if (run.Explaining && child.ReadsDetail && !await ListServedAsync(access, calls, cancellationToken).ConfigureAwait(false))
                {
                    // Every listed parent's record is read: the count of the list says how many.
                    foreach (var set in access.ParameterSets)
                    {
                        var total = await details.CountAsync(entity.ListPath, entity.ScopeModule, set, cancellationToken).ConfigureAwait(false);
                        calls.Spent++;
                        calls.Estimated += Pages(total) + total;
                    }
                    break;
                }
                foreach (var set in access.ParameterSets)
                {
                    await foreach (var page in pages.FetchAsync(entity, set, readsAllPages: true, cancellationToken).ConfigureAwait(false))
                    {
                        Count(run, calls, page, spent: run.Explaining);
                        ids.AddRange(page.Rows.Select(r => r[idOrdinal] as string).OfType<string>());
                    }
                }
                await LoadChildrenAsync(run, access, ids.Distinct(StringComparer.Ordinal).ToList(), loader, calls, cancellationToken).ConfigureAwait(false);
                break;
            }
        }
    }

    private static long Pages(long rows) => Math.Max(1, (rows + EntityPageFetcher.PageSize - 1) / EntityPageFetcher.PageSize);

    /// <summary>Counts the call that read <paramref name="page"/>; a page the cache answered cost none.</summary>
    private static void Count(LoadRun run, AccessCalls calls, EntityPage page, bool spent)
    {
        if (page.FromCache)
        {
            calls.CacheServed = true;
            return;
        }
        run.Calls++;
        calls.Estimated++;
        if (spent) calls.Spent++;
    }

    /// <summary>
    /// EXPLAIN: whether the cache answers every list walk of the access; if so its refresh calls (and those EXPLAIN spent to
    /// know them) are counted and the access marked as served by the cache.
    /// </summary>
    private async Task<bool> ListServedAsync(TableAccess access, AccessCalls calls, CancellationToken cancellationToken)
    {
        var entity = access.Entity!;
        var plans = new List<Cache.CachedListPlan>();
        foreach (var set in access.ParameterSets)
        {
            var parameters = set.Concat(access.SortParameters).ToArray();
            if (await pages.PlanListAsync(entity, parameters, readsAllPages: access.Goal is null, cancellationToken).ConfigureAwait(false) is not { } plan)
                return false;
            plans.Add(plan);
        }
        if (plans.Count == 0) return false;
        foreach (var plan in plans)
        {
            calls.Estimated += plan.RefreshCalls;
            calls.Spent += plan.ExplainCalls;
        }
        calls.CacheServed = true;
        calls.CacheNote = string.Join("; ", plans.Select(p => p.Note).Distinct(StringComparer.Ordinal));
        return true;
    }

    /// <summary>
    /// Walks the access's list once per parameter set, stopping at the row goal. EXPLAIN asks only for the count
    /// (one call per walk) unless the rows decide further calls or the goal depends on conditions Zoho does not apply.
    /// </summary>
    private async Task WalkListsAsync(LoadRun run, TableAccess access, SqliteTableLoader loader, AccessCalls calls, CancellationToken cancellationToken)
    {
        var entity = access.Entity!;
        var goal = access.Goal;
        if (run.Explaining && await ListServedAsync(access, calls, cancellationToken).ConfigureAwait(false))
        {
            // Read from the cache as the query will (no call); the rows may decide further calls.
            if (!access.RowsDecideCalls) return;
        }
        else if (run.Explaining && !access.RowsDecideCalls && (goal is null || access.Local.Count == 0))
        {
            foreach (var set in access.ParameterSets)
            {
                var total = await details.CountAsync(entity.ListPath, entity.ScopeModule, set, cancellationToken).ConfigureAwait(false);
                calls.Spent++;
                calls.Estimated += Pages(goal is null ? total : Math.Min(total, goal.Rows));
            }
            return;
        }

        var instance = access.Instance;
        var matchCount = goal is null ? null
            : $"SELECT count(*) FROM {SqliteSyntax.Quote(instance.SqlTable)} AS {SqliteSyntax.Quote(instance.SqlAlias)} " +
              $"WHERE {SqliteSyntax.Quote(instance.SqlAlias)}.rowid > $after" + (instance.GoalCondition is null ? "" : " AND " + instance.GoalCondition);
        // The page rows go only to the loader: a source may leave the values it does not store unread.
        var columnsRead = ReferenceEquals(instance.Table, entity) ? loader.ColumnsRead() : null;
        foreach (var set in access.ParameterSets)
        {
            var parameters = set.Concat(access.SortParameters).ToArray();
            long matches = 0;
            await foreach (var page in pages.FetchAsync(entity, parameters, readsAllPages: goal is null, columnsRead, cancellationToken).ConfigureAwait(false))
            {
                Count(run, calls, page, spent: run.Explaining);
                var before = loader.RowCount;
                loader.Add(page.Rows);
                if (goal is null) continue;
                // Rowids follow insertion order from 1 in the fresh table, so each page is examined once.
                matches += run.Scalar(matchCount!, after: before);
                if (matches >= goal.Rows) break;
            }
        }
    }

    /// <summary>The child rows in the records of <paramref name="parentIds"/> (a detail call each, or a nested list walk each).</summary>
    private async Task LoadChildrenAsync(LoadRun run, TableAccess access, IReadOnlyList<string> parentIds, SqliteTableLoader loader, AccessCalls calls,
        CancellationToken cancellationToken)
    {
        var child = (ChildTableDefinition)access.Instance.Table;
        if (child.ReadsDetail)
        {
            var records = await RecordsAsync(run, child.Parent, parentIds, calls, access, cancellationToken).ConfigureAwait(false);
            foreach (var (id, record) in records)
                if (record is { } found) loader.Add(RecordRows.Children(found, id, child));
            return;
        }

        var columns = child.Columns.Skip(1).ToArray();
        var lists = parentIds.Select(id => (Id: id, List: new EntityDefinition(child.Name, child.Description, child.ListPathFor(id), child.NestedListKey!,
            child.Parent.ScopeModule, columns, idColumn: columns[0].Name))).ToList();

        // Calls, not lists: a walk the cache keeps whole costs only what brings it up to date; any other, one call at least.
        var plans = new List<Cache.CachedListPlan?>(lists.Count);
        foreach (var (_, list) in lists)
            plans.Add(await pages.PlanListAsync(list, [], readsAllPages: true, cancellationToken).ConfigureAwait(false));
        if (plans.Any(p => p is not null))
        {
            calls.CacheServed = true;
            calls.CacheNote = Join(calls.CacheNote, $"{plans.Count(p => p is not null):N0} of {lists.Count:N0} {child.Name} lists from the cache");
        }
        CheckBudget(run, access, plans.Sum(p => p?.RefreshCalls ?? 1), "lists");

        for (var i = 0; i < lists.Count; i++)
        {
            var (id, list) = lists[i];
            if (run.Explaining)
            {
                if (plans[i] is { } plan)
                {
                    calls.Estimated += plan.RefreshCalls;
                    calls.Spent += plan.ExplainCalls;
                    continue;
                }
                var total = await details.CountAsync(list.ListPath, child.Parent.ScopeModule, [], cancellationToken).ConfigureAwait(false);
                calls.Spent++;
                calls.Estimated += Pages(total);
                continue;
            }
            await foreach (var page in pages.FetchAsync(list, [], readsAllPages: true, cancellationToken).ConfigureAwait(false))
            {
                Count(run, calls, page, spent: false);
                loader.Add(page.Rows.Select(r => (object?[])[id, .. r]));
            }
        }
    }

    private static string Join(string? note, string more) => note is null ? more : note + "; " + more;

    /// <summary>
    /// The records of <paramref name="ids"/>, each read once per query (a record serves the instance and its children),
    /// with up to MaxConcurrency calls in flight. EXPLAIN only counts the records not read yet.
    /// </summary>
    private async Task<List<(string Id, JsonElement? Record)>> RecordsAsync(LoadRun run, EntityDefinition entity, IReadOnlyList<string> ids,
        AccessCalls calls, TableAccess access, CancellationToken cancellationToken)
    {
        var missing = ids.Where(id => !run.Records.ContainsKey((entity, id))).Distinct(StringComparer.Ordinal).ToList();
        // Calls, not records: those the cache answers cost none.
        var needed = details.DetailCallsNeeded(entity, missing);
        if (missing.Count > 0 && needed < missing.Count) calls.CacheServed = true;
        if (run.Explaining)
        {
            calls.Estimated += needed;
            foreach (var id in missing) run.Records[(entity, id)] = null;
            return [];
        }
        CheckBudget(run, access, needed, "detail calls");

        using var gate = new SemaphoreSlim(Math.Max(1, api.Governor?.Limits.MaxConcurrency ?? 4));
        var tasks = missing.Select(async id =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return (Id: id, Record: await details.GetDetailAsync(entity, id, cancellationToken).ConfigureAwait(false));
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        foreach (var (id, record) in await Task.WhenAll(tasks).ConfigureAwait(false)) run.Records[(entity, id)] = record;
        run.Calls += needed;
        calls.Estimated += needed;
        return ids.Distinct(StringComparer.Ordinal).Select(id => (id, run.Records[(entity, id)])).ToList();
    }

    /// <summary>
    /// Refuses, before making them, per-record calls that would take the query over MaxCallsPerQuery, saying how many
    /// it would need and how to need fewer.
    /// </summary>
    private void CheckBudget(LoadRun run, TableAccess access, long needed, string what)
    {
        if (run.Explaining || run.Calls + needed <= maxCallsPerQuery) return;
        var table = access.Instance.Table;
        var parent = table is ChildTableDefinition child ? child.Parent : access.Entity!;
        var key = table is ChildTableDefinition c ? c.ParentKey.Name : parent.IdColumn.Name;
        var filters = parent.Columns.Where(col => col.IsPushable).Select(col => col.Name).Take(6).ToArray();
        throw new ZohoOdbcException(SqlStates.ProgramLimitExceeded,
            $"The query needs {run.Calls + needed:N0} API calls ({run.Calls:N0} made, then {needed:N0} {what} to read {table.Name}: one per {parent.Name} record), " +
            $"more than MaxCallsPerQuery={maxCallsPerQuery:N0}. Narrow the {parent.Name} it reads: filter on {key}, or join {table.Name} to {parent.Name} " +
            $"with a condition Zoho applies ({string.Join(", ", filters)}), or raise MaxCallsPerQuery.");
    }

    internal static void BindParameters(SqliteCommand command, IReadOnlyList<ParameterSlot> slots, object?[] values)
    {
        for (var i = 0; i < slots.Count; i++) command.Parameters.AddWithValue(slots[i].Name, SqliteStorage.ToStorage(values[i]));
    }
}
