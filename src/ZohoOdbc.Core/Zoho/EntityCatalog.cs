using ZohoOdbc.Core.Zoho.Entities;

namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// The virtual tables of one product, sorted by name; lookups are case-insensitive. SQL may qualify them as
/// <c>zoho.books.invoices</c> (<see cref="CatalogName"/>, <see cref="SchemaName"/>).
/// </summary>
internal sealed class EntityCatalog
{
    /// <summary>The catalog (database) name the driver reports and accepts as a qualifier.</summary>
    public const string CatalogName = "zoho";

    private static readonly Lazy<EntityCatalog> Books = new(() => new EntityCatalog(ZohoProduct.Books));
    private static readonly Lazy<EntityCatalog> Invoice = new(() => new EntityCatalog(ZohoProduct.Invoice));

    private readonly Dictionary<string, VirtualTable> byName;

    private EntityCatalog(ZohoProduct product)
    {
        Product = product;
        // Zoho Invoice has the sales side only (reference §11): no bills, purchase orders, journals, banking.
        Entities = EntityList.All.Where(e => product == ZohoProduct.Books || e.InInvoice).OrderBy(e => e.Name, StringComparer.Ordinal).ToArray();
        var children = Entities.SelectMany(e => e.Children);
        Tables = Entities.Cast<VirtualTable>().Concat(children).Concat(SystemTables.All)
            .OrderBy(t => t.Name, StringComparer.Ordinal).ToArray();
        byName = Tables.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
    }

    public static EntityCatalog For(ZohoProduct product) => product == ZohoProduct.Invoice ? Invoice.Value : Books.Value;

    public ZohoProduct Product { get; }

    /// <summary>"books" or "invoice": the schema the tables live in.</summary>
    public string SchemaName => Product == ZohoProduct.Invoice ? "invoice" : "books";

    /// <summary>The Zoho list endpoints.</summary>
    public IReadOnlyList<EntityDefinition> Entities { get; }

    /// <summary>Every table SQL can name: lists, child tables and system tables.</summary>
    public IReadOnlyList<VirtualTable> Tables { get; }

    public VirtualTable? Find(string name) => byName.GetValueOrDefault(name);
}
