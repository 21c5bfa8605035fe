using System.Collections.Concurrent;

namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// The custom field columns of one session's organization, per table on first need (binding a statement that names
/// the table, or a catalog function describing its columns) and kept for the session. With a cache, the definitions
/// are kept in it too: a definition younger than the validity (ReconcileInterval, a day by default) serves every
/// connection and process with no API call, offline sessions use it whatever its age, and a loaded row showing a
/// field it does not know drops it, so the next statement rediscovers (once per table and session). Otherwise a
/// discovery costs at most 1 + <see cref="CustomFieldDiscovery.MaxDetailCalls"/> API calls per table that carries
/// custom fields. A table whose discovery fails (a scope the grant lacks) has none, or what is kept; its query then
/// fails with Zoho's own message.
/// </summary>
internal sealed class CustomFieldCatalog
{
    private readonly Func<EntityDefinition, IReadOnlyList<CustomFieldDefinition>?> discover;
    private readonly ICustomFieldStore? store;
    private readonly TimeProvider clock;
    private readonly TimeSpan validity;
    private readonly bool offline;
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<CustomFieldColumn>>> byTable = new(StringComparer.OrdinalIgnoreCase);
    // Tables whose rows showed an unknown field this session, with that field's name: rediscovered once, not again.
    private readonly ConcurrentDictionary<string, string> noticed = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="discover">Asks Zoho; null when it could not.</param>
    /// <param name="store">Where definitions outlive the session; null without a cache.</param>
    /// <param name="offline">Offline=Yes: only what <paramref name="store"/> keeps, never a call.</param>
    public CustomFieldCatalog(Func<EntityDefinition, IReadOnlyList<CustomFieldDefinition>?> discover, ICustomFieldStore? store = null,
        TimeProvider? clock = null, TimeSpan validity = default, bool offline = false)
    {
        this.discover = discover;
        this.store = store;
        this.clock = clock ?? TimeProvider.System;
        this.validity = validity;
        this.offline = offline;
    }

    /// <summary>A catalog with no custom fields (tests, tools without an organization).</summary>
    public static CustomFieldCatalog None { get; } = new(_ => []);

    public static CustomFieldCatalog For(ZohoApiClient api, ICustomFieldStore? store = null, TimeProvider? clock = null, TimeSpan validity = default) =>
        new(entity =>
        {
            try
            {
                return CustomFieldDiscovery.DiscoverAsync(api, entity, CancellationToken.None).GetAwaiter().GetResult();
            }
            catch (ZohoOdbcException e)
            {
                api.Log.Warning($"custom fields: {entity.Name} not discovered: {e.Message}");
                return null;
            }
        }, store, clock, validity);

    /// <summary>Offline=Yes: the definitions <paramref name="store"/> keeps (none without a cache); no call is ever made.</summary>
    public static CustomFieldCatalog Offline(ICustomFieldStore? store) => store is null ? None : new(_ => null, store, offline: true);

    /// <summary>Whether <paramref name="table"/> may have custom field columns (it is a list carrying custom fields).</summary>
    public static bool MayHave(VirtualTable table) =>
        table is EntityDefinition entity && !entity.ListPath.Contains('{', StringComparison.Ordinal) && CustomFieldColumn.SourceOf(entity) is not null;

    /// <summary>The typed cf_ columns of <paramref name="table"/>, in name order; none for tables without custom fields.</summary>
    public IReadOnlyList<CustomFieldColumn> For(VirtualTable table)
    {
        if (!MayHave(table)) return [];
        var entity = (EntityDefinition)table;
        return byTable.GetOrAdd(entity.Name, _ => new Lazy<IReadOnlyList<CustomFieldColumn>>(() =>
        {
            var source = CustomFieldColumn.SourceOf(entity)!;
            var definitions = Definitions(entity);
            var watch = store is null || offline
                ? CustomFieldWatch.Silent
                : new CustomFieldWatch(definitions.Fields.SelectMany(f => new[] { f.ApiName, f.HashKey }).Concat(definitions.OtherNames),
                    name => UnknownSeen(entity.Name, name));
            // A field named like a column of the table stays reachable as that column; the catalog column wins.
            return definitions.Fields.Where(f => entity.FindColumn(f.ColumnName) is null)
                .Select(f => new CustomFieldColumn(f, source, watch)).ToArray();
        })).Value;
    }

    private KeptCustomFields Definitions(EntityDefinition entity)
    {
        var now = clock.GetUtcNow();
        var kept = store?.Load(entity.Name);
        if (offline) return kept ?? KeptCustomFields.None(now);
        var seen = noticed.TryGetValue(entity.Name, out var name) ? name : null;
        if (kept is not null && seen is null && now - kept.DiscoveredAt < validity && kept.DiscoveredAt <= now + TimeSpan.FromMinutes(5)) return kept;

        if (discover(entity) is not { } found) return kept ?? KeptCustomFields.None(now);
        // A field the rows show but the discovery cannot type (no record of the first page has it) is not looked for again.
        var others = seen is not null && !found.Any(f => string.Equals(f.ApiName, seen, StringComparison.OrdinalIgnoreCase)
            || string.Equals(f.HashKey, seen, StringComparison.OrdinalIgnoreCase)) ? [seen] : Array.Empty<string>();
        var fresh = new KeptCustomFields(found, others, now);
        store?.Save(entity.Name, fresh);
        return fresh;
    }

    private void UnknownSeen(string table, string name)
    {
        if (!noticed.TryAdd(table, name)) return;
        store?.Forget(table);
        byTable.TryRemove(table, out _);
    }
}
