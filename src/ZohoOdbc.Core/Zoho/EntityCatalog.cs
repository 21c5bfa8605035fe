using ZohoOdbc.Core.Zoho.Entities;

namespace ZohoOdbc.Core.Zoho;

/// <summary>The virtual tables of one product, sorted by name; lookups are case-insensitive.</summary>
internal sealed class EntityCatalog
{
    // Zoho Invoice has both lists under /invoice/v3 with the same shapes (reference §11).
    private static readonly EntityCatalog Books = new([ContactsEntity.Definition, InvoicesEntity.Definition]);
    private static readonly EntityCatalog Invoice = new([ContactsEntity.Definition, InvoicesEntity.Definition]);

    private readonly Dictionary<string, EntityDefinition> byName;

    private EntityCatalog(IEnumerable<EntityDefinition> entities)
    {
        Entities = entities.OrderBy(e => e.Name, StringComparer.Ordinal).ToArray();
        byName = Entities.ToDictionary(e => e.Name, StringComparer.OrdinalIgnoreCase);
    }

    public static EntityCatalog For(ZohoProduct product) => product == ZohoProduct.Invoice ? Invoice : Books;

    public IReadOnlyList<EntityDefinition> Entities { get; }

    public EntityDefinition? Find(string name) => byName.GetValueOrDefault(name);
}
