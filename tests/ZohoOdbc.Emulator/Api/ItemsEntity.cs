using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>GET /items and /items/{id} (settings scope; reference §8).</summary>
internal static class ItemsEntity
{
    public static EntityDefinition<Item> Definition { get; } = new()
    {
        EntityName = "Item",
        Collection = "items",
        ListKey = "items",
        DetailKey = "item",
        ReportName = "Items",
        ScopeModule = "settings",
        IdField = "item_id",
        Id = i => i.ItemId,
        Records = data => data.Items,
        Replace = (data, records) => data with { Items = records },
        Filters = new FilterCatalog<Item>()
            .Text("name", i => i.Name)
            .Text("description", i => i.Description)
            .Number("rate", i => i.Rate)
            .Id("tax_id", i => i.TaxId)
            .Text("tax_name", i => i.TaxName)
            .Flag("is_taxable", i => i.IsTaxable)
            .Id("account_id", i => i.AccountId)
            .ModifiedSince("last_modified_time", i => i.LastModifiedTime)
            .Add("search_text", (text, _) => i =>
                i.Name.Contains(text, StringComparison.OrdinalIgnoreCase)
                || i.Description.Contains(text, StringComparison.OrdinalIgnoreCase)
                || i.Sku.Contains(text, StringComparison.OrdinalIgnoreCase)),
        Sorts = new SortCatalog<Item>()
            .Text("name", i => i.Name)
            .Number("rate", i => i.Rate)
            .Text("tax_name", i => i.TaxName)
            .Timestamp("created_time", i => i.CreatedTime)
            .Timestamp("last_modified_time", i => i.LastModifiedTime),
        DefaultSortColumn = "name",
        DefaultSortOrder = "A",
        Views = new ViewCatalog<Item>()
            .All("Status.All")
            .Add("Status.Active", i => i.Status == "active")
            .Add("Status.Inactive", i => i.Status == "inactive"),
        DetailInfo = EmulatorJsonContext.Default.Item,
        DetailOnlyFields = ["hsn_or_sac", "is_taxable"],
    };
}
