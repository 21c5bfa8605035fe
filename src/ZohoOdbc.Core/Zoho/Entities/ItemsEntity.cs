using static ZohoOdbc.Core.Zoho.EntityColumns;

namespace ZohoOdbc.Core.Zoho.Entities;

/// <summary><c>GET /items</c> (reference §8 Items).</summary>
internal static class ItemsEntity
{
    public static EntityDefinition Definition { get; } = new(
        name: "items",
        description: "Goods and services sold or bought (Zoho /items).",
        listPath: "/items",
        listKey: "items",
        scopeModule: "settings",
        detailKey: "item",
        columns:
        [
            Id("item_id", "Zoho's id of the item.", nullable: false),
            Text("name", "Item name.", nullable: false, filters: ApiFilterOperators.Text, sortable: true),
            Text("status", "active or inactive.", size: 32,
                valueFilter: new ApiValueFilter("filter_by", new Dictionary<string, string> { ["active"] = "Status.Active", ["inactive"] = "Status.Inactive" })),
            LongText("description", "Sales description.", filters: ApiFilterOperators.Text),
            Quantity("rate", "Sales price.", filters: ApiFilterOperators.Number) with { Sortable = true },
            Text("unit", "Unit of measure.", size: 64),
            Id("tax_id", "Id of the default tax.", filters: ApiFilterOperators.Equals),
            Text("tax_name", "Name of the default tax.", filters: ApiFilterOperators.Equals, sortable: true),
            Quantity("tax_percentage", "Rate of the default tax."),
            Text("tax_type", "Kind of tax.", size: 32),
            Id("purchase_tax_rule_id", "Id of the purchase tax rule."),
            Id("sales_tax_rule_id", "Id of the sales tax rule."),
            Text("sku", "Stock keeping unit.", size: 100),
            Text("product_type", "goods or service.", size: 32),
            Text("item_type", "sales, purchases, sales_and_purchases or inventory.", size: 32),
            Id("account_id", "Id of the sales account.", filters: ApiFilterOperators.Equals),
            Text("account_name", "Name of the sales account."),
            Id("purchase_account_id", "Id of the purchase account."),
            Text("purchase_account_name", "Name of the purchase account."),
            Quantity("purchase_rate", "Purchase price."),
            LongText("purchase_description", "Purchase description."),
            Quantity("stock_on_hand", "Stock on hand (inventory items)."),
            JsonText("custom_fields", "The item's custom fields"),
            Time("created_time", "When the item was created."),
            Time("last_modified_time", "When the item was last changed.", filters: ApiFilterOperators.ModifiedSince),

            Flag("is_taxable", "True when the item is taxed.").Detail(),
            Text("hsn_or_sac", "HSN or SAC code (India).", size: 32).Detail(),
        ]);
}
