using static ZohoOdbc.Core.Zoho.EntityColumns;

namespace ZohoOdbc.Core.Zoho.Entities;

/// <summary>
/// The columns of a document's line items (reference §8 "LI"), shared by every *_line_items table, after the parent's id.
/// The parent list's item filters (item_id, item_name, item_description) find the documents holding such lines.
/// </summary>
internal static class LineItemColumns
{
    /// <summary>The line columns, with the parent filters the parent list offers for them.</summary>
    public static EntityColumn[] For(EntityColumn parentKey, bool itemId = false, bool itemName = false, bool itemDescription = false, bool lineItemId = false,
        bool accounts = false) =>
    [
        parentKey,
        Id("line_item_id", "Zoho's id of the line.", nullable: false).ParentFilterIf(lineItemId, "line_item_id", ApiFilterOperators.Equals),
        Id("item_id", "Id of the item sold or bought (items.item_id).").ParentFilterIf(itemId, "item_id", ApiFilterOperators.Equals),
        Text("name", "Item name on the line.").ParentFilterIf(itemName, "item_name", ApiFilterOperators.Text),
        LongText("description", "Line description.").ParentFilterIf(itemDescription, "item_description", ApiFilterOperators.Text),
        Count("item_order", "Position of the line on the document."),
        Quantity("bcy_rate", "Unit price in the base currency."),
        Quantity("rate", "Unit price in the document's currency."),
        Quantity("quantity", "Quantity."),
        Text("unit", "Unit of measure.", size: 64),
        Quantity("discount", "Line discount (percentage or amount, per the document's discount type)."),
        Money("discount_amount", "Line discount amount."),
        Id("tax_id", "Id of the tax applied to the line."),
        Text("tax_name", "Name of the tax applied to the line."),
        Text("tax_type", "tax or tax_group.", size: 32),
        Quantity("tax_percentage", "Tax rate in percent."),
        Money("item_total", "Line total (rate x quantity, less discount), before tax."),
        Text("product_type", "goods or service.", size: 32),
        Text("sku", "Stock keeping unit of the item.", size: 100),
        Text("hsn_or_sac", "HSN or SAC code (India).", size: 32),
        Id("location_id", "Id of the line's business location."),
        Text("location_name", "Name of the line's business location."),
        Id("project_id", "Id of the project the line bills."),
        Text("project_name", "Name of the project the line bills."),
        .. accounts ? [Id("account_id", "Id of the line's account."), Text("account_name", "Name of the line's account.")] : Array.Empty<EntityColumn>(),
        JsonText("tags", "Reporting tags of the line"),
    ];
}
