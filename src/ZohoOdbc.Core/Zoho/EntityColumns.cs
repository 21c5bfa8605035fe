using ZohoOdbc.Core.Sql;

namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// Builders for catalog columns, one per kind of Zoho field, so the entity files read like the reference:
/// ids are numeric strings of up to 19 digits, amounts JSON numbers with two decimals, dates "yyyy-MM-dd"
/// ("" when empty), times ISO-8601 with an offset. The extension methods mark where a value is available.
/// </summary>
internal static class EntityColumns
{
    public const int IdSize = 32;
    public const int TextSize = 255;
    public const int LongTextSize = 4000;

    public static EntityColumn Id(string name, string description, bool nullable = true,
        ApiFilterOperators filters = ApiFilterOperators.None, bool sortable = false) =>
        new(name, SqlTypeInfo.VarChar(IdSize, nullable), description, filters, sortable);

    public static EntityColumn Text(string name, string description, bool nullable = true, int size = TextSize,
        ApiFilterOperators filters = ApiFilterOperators.None, bool sortable = false, ApiValueFilter? valueFilter = null) =>
        new(name, SqlTypeInfo.VarChar(size, nullable), description, filters, sortable, valueFilter);

    /// <summary>Free text (notes, terms, descriptions): varchar(4000).</summary>
    public static EntityColumn LongText(string name, string description, ApiFilterOperators filters = ApiFilterOperators.None) =>
        new(name, SqlTypeInfo.VarChar(LongTextSize, true), description, filters);

    /// <summary>A nested object or array kept as its JSON text (custom_field_hash, tags).</summary>
    public static EntityColumn JsonText(string name, string description) =>
        new(name, SqlTypeInfo.VarChar(LongTextSize, true), description + " (JSON)");

    /// <summary>An amount in the transaction's currency: decimal(18,2).</summary>
    public static EntityColumn Money(string name, string description, bool nullable = true,
        ApiFilterOperators filters = ApiFilterOperators.None, bool sortable = false) =>
        new(name, SqlTypeInfo.Decimal(18, 2, nullable), description, filters, sortable);

    /// <summary>An exchange rate: decimal(18,6).</summary>
    public static EntityColumn Rate(string name, string description, bool nullable = true) =>
        new(name, SqlTypeInfo.Decimal(18, 6, nullable), description);

    /// <summary>A quantity, percentage or unit price with up to 4 decimals: decimal(18,4).</summary>
    public static EntityColumn Quantity(string name, string description, bool nullable = true, ApiFilterOperators filters = ApiFilterOperators.None) =>
        new(name, SqlTypeInfo.Decimal(18, 4, nullable), description, filters);

    public static EntityColumn Count(string name, string description, bool nullable = true) =>
        new(name, SqlTypeInfo.Integer(nullable), description);

    public static EntityColumn Flag(string name, string description, bool nullable = true) =>
        new(name, SqlTypeInfo.Bit(nullable), description);

    public static EntityColumn Date(string name, string description, bool nullable = true,
        ApiFilterOperators filters = ApiFilterOperators.None, bool sortable = false) =>
        new(name, SqlTypeInfo.Date(nullable), description, filters, sortable);

    /// <summary>A point in time, kept as the organization's wall-clock time (offset dropped).</summary>
    public static EntityColumn Time(string name, string description, bool nullable = true, bool sortable = false,
        ApiFilterOperators filters = ApiFilterOperators.None) =>
        new(name, SqlTypeInfo.Timestamp(nullable), description, filters, Sortable: sortable);

    /// <summary>Filtered by bound parameters of its own: <paramref name="from"/> (&gt;=) and <paramref name="to"/> (&lt;=).</summary>
    public static EntityColumn Bounds(this EntityColumn column, string from, string to) => column with { DateBounds = (from, to) };

    /// <summary>Only Zoho Books filters on it.</summary>
    public static EntityColumn BooksOnly(this EntityColumn column) => column with { BooksOnlyFilter = true };

    /// <summary>Only in the detail record.</summary>
    public static EntityColumn Detail(this EntityColumn column) => column with { Source = ColumnSource.DetailOnly };

    /// <summary>Only in list rows (Zoho's detail record leaves it out).</summary>
    public static EntityColumn ListOnly(this EntityColumn column) => column with { Source = ColumnSource.ListOnly };

    /// <summary>Nested in the detail record (billing_address.city); so detail-only.</summary>
    public static EntityColumn At(this EntityColumn column, params string[] path) =>
        column with { JsonPath = path, Source = ColumnSource.DetailOnly };

    /// <summary>Filtered under another name than the column's (journals.journal_date filters as date).</summary>
    public static EntityColumn FilterAs(this EntityColumn column, string parameter) => column with { FilterParameter = parameter };

    /// <summary>A child column the parent list can filter on (line item_id → invoices?item_id=).</summary>
    public static EntityColumn ParentFilter(this EntityColumn column, string parameter, ApiFilterOperators operators = ApiFilterOperators.Equals) =>
        column with { ParentFilter = parameter, ParentFilterOperators = operators };

    public static EntityColumn ParentFilterIf(this EntityColumn column, bool available, string parameter, ApiFilterOperators operators) =>
        available ? column.ParentFilter(parameter, operators) : column;
}
