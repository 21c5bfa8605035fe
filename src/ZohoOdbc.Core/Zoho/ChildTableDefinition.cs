namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// Rows nested in a record, as a table of their own with the parent's id as first column: an array of the detail
/// record (<see cref="DetailArray"/>: invoice line_items, payment invoices[], contact_persons) or a list under the
/// parent (<see cref="NestedListPath"/>: /settings/currencies/{id}/exchangerates). Reading them costs one call per
/// parent, so the engine reads only the parents a query can reach (key lookups, joins, parent filters).
/// </summary>
internal sealed class ChildTableDefinition : VirtualTable
{
    public ChildTableDefinition(string name, string description, EntityDefinition parent, IReadOnlyList<EntityColumn> columns,
        string? detailArray = null, string? detailObjects = null, string? nestedListPath = null, string? nestedListKey = null)
        : base(name, description, columns)
    {
        Parent = parent;
        DetailArray = detailArray;
        DetailObjects = detailObjects;
        NestedListPath = nestedListPath;
        NestedListKey = nestedListKey;
        ParentKey = columns[0];
        parent.AddChild(this);
    }

    public EntityDefinition Parent { get; }

    /// <summary>The first column: the parent's id (invoice_line_items.invoice_id).</summary>
    public EntityColumn ParentKey { get; }

    /// <summary>The array in the parent's detail record whose elements are the rows.</summary>
    public string? DetailArray { get; }

    /// <summary>
    /// Comma-separated object properties of the parent's detail record, one row each, with the property name in the
    /// second column (contact addresses: billing_address,shipping_address).
    /// </summary>
    public string? DetailObjects { get; }

    /// <summary>A paged list under one parent, "{0}" standing for the parent's id.</summary>
    public string? NestedListPath { get; }

    public string? NestedListKey { get; }

    public bool ReadsDetail => NestedListPath is null;

    public string ListPathFor(string parentId) => string.Format(System.Globalization.CultureInfo.InvariantCulture, NestedListPath!, Uri.EscapeDataString(parentId));
}
