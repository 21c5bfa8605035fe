using ZohoOdbc.Core.Engine;
using ZohoOdbc.Core.Sql;

namespace ZohoOdbc.Core.Zoho;

/// <summary>Where a column's value comes from: the list rows, the detail record (GET /entity/{id}), or both.</summary>
internal enum ColumnSource { ListAndDetail, ListOnly, DetailOnly }

/// <summary>
/// One column of a virtual table: its JSON field (same snake_case name unless <see cref="JsonPath"/> says where it is
/// nested), its SQL type, where it is available, and what the list endpoint can do with it: filter operators (under
/// <see cref="FilterParameter"/> when Zoho names the filter differently), an enumerated filter, sorting.
/// </summary>
internal sealed record EntityColumn(
    string Name,
    SqlTypeInfo Type,
    string Description,
    ApiFilterOperators Filters = ApiFilterOperators.None,
    bool Sortable = false,
    ApiValueFilter? ValueFilter = null)
{
    public ColumnSource Source { get; init; } = ColumnSource.ListAndDetail;

    /// <summary>The filter's name in the suffix grammar (journal_date filters as date); the column's name when null.</summary>
    public string? FilterParameter { get; init; }

    /// <summary>JSON property names from the record to the value (billing_address → city); [Name] when null.</summary>
    public IReadOnlyList<string>? JsonPath { get; init; }

    /// <summary>
    /// For a child-table column: the parent list's filter that finds the parents holding such a child
    /// (invoice_line_items.item_id → invoices?item_id=...), with the operators it takes.
    /// </summary>
    public string? ParentFilter { get; init; }

    public ApiFilterOperators ParentFilterOperators { get; init; }

    /// <summary>A date filtered by a lower and an upper bound parameter of their own (time entries: from_date, to_date on log_date).</summary>
    public (string From, string To)? DateBounds { get; init; }

    /// <summary>Zoho Invoice does not filter on it (reference §11: e.g. estimates and contact_type); Zoho Books does.</summary>
    public bool BooksOnlyFilter { get; init; }

    /// <summary>Only the detail call gives it: SELECT * leaves it out (like SQL Server's HIDDEN columns); naming it costs a call per row.</summary>
    public bool IsDetailOnly => Source == ColumnSource.DetailOnly;

    public string FilterName => FilterParameter ?? Name;

    public bool IsPushable => Filters != ApiFilterOperators.None || ValueFilter is not null || DateBounds is not null;

    /// <summary>The filters the list offers for this column in <paramref name="product"/>.</summary>
    public (ApiFilterOperators Operators, ApiValueFilter? Values) FiltersIn(ZohoProduct product) =>
        BooksOnlyFilter && product == ZohoProduct.Invoice ? (ApiFilterOperators.None, null) : (Filters, ValueFilter);

    public ColumnInfo ToColumnInfo() => new(Name, Type.Type, Type.Size, Type.Scale, Type.Nullable,
        IsDetailOnly ? Description + " (detail-only: read with one API call per row; not part of SELECT *)" : Description);
}
