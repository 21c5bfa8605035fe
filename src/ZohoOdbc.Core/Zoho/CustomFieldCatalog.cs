using System.Collections.Concurrent;

namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// The custom field columns of one session's organization, discovered per table on first need (binding a statement
/// that names the table, or a catalog function describing its columns) and kept for the session: at most
/// 1 + <see cref="CustomFieldDiscovery.MaxDetailCalls"/> API calls per table that carries custom fields, once.
/// A table whose discovery fails (a scope the grant lacks) has none; its query then fails with Zoho's own message.
/// </summary>
internal sealed class CustomFieldCatalog
{
    private readonly Func<EntityDefinition, IReadOnlyList<CustomFieldDefinition>> discover;
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<CustomFieldColumn>>> byTable = new(StringComparer.OrdinalIgnoreCase);

    public CustomFieldCatalog(Func<EntityDefinition, IReadOnlyList<CustomFieldDefinition>> discover) => this.discover = discover;

    /// <summary>A catalog with no custom fields (tests, tools without an organization).</summary>
    public static CustomFieldCatalog None { get; } = new(_ => []);

    public static CustomFieldCatalog For(ZohoApiClient api) => new(entity =>
    {
        try
        {
            return CustomFieldDiscovery.DiscoverAsync(api, entity, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (ZohoOdbcException e)
        {
            api.Log.Warning($"custom fields: {entity.Name} not discovered: {e.Message}");
            return [];
        }
    });

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
            // A field named like a column of the table stays reachable as that column; the catalog column wins.
            return discover(entity).Where(f => entity.FindColumn(f.ColumnName) is null)
                .Select(f => new CustomFieldColumn(f, source)).ToArray();
        })).Value;
    }
}
