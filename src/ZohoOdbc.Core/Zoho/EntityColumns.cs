using ZohoOdbc.Core.Sql;

namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// Builders for catalog columns, one per kind of Zoho field, so the entity files read like the reference:
/// ids are numeric strings of up to 19 digits, amounts JSON numbers with two decimals, dates "yyyy-MM-dd"
/// ("" when empty), times ISO-8601 with an offset.
/// </summary>
internal static class EntityColumns
{
    public const int IdSize = 32;
    public const int TextSize = 255;

    public static EntityColumn Id(string name, string description, bool nullable = true,
        ApiFilterOperators filters = ApiFilterOperators.None, bool sortable = false) =>
        new(name, SqlTypeInfo.VarChar(IdSize, nullable), description, filters, sortable);

    public static EntityColumn Text(string name, string description, bool nullable = true, int size = TextSize,
        ApiFilterOperators filters = ApiFilterOperators.None, bool sortable = false, ApiValueFilter? valueFilter = null) =>
        new(name, SqlTypeInfo.VarChar(size, nullable), description, filters, sortable, valueFilter);

    /// <summary>An amount in the transaction's currency: decimal(18,2).</summary>
    public static EntityColumn Money(string name, string description, bool nullable = true,
        ApiFilterOperators filters = ApiFilterOperators.None, bool sortable = false) =>
        new(name, SqlTypeInfo.Decimal(18, 2, nullable), description, filters, sortable);

    /// <summary>An exchange rate: decimal(18,6).</summary>
    public static EntityColumn Rate(string name, string description, bool nullable = true) =>
        new(name, SqlTypeInfo.Decimal(18, 6, nullable), description);

    public static EntityColumn Count(string name, string description, bool nullable = true) =>
        new(name, SqlTypeInfo.Integer(nullable), description);

    public static EntityColumn Flag(string name, string description, bool nullable = true) =>
        new(name, SqlTypeInfo.Bit(nullable), description);

    public static EntityColumn Date(string name, string description, bool nullable = true,
        ApiFilterOperators filters = ApiFilterOperators.None, bool sortable = false) =>
        new(name, SqlTypeInfo.Date(nullable), description, filters, sortable);

    /// <summary>A point in time, kept as the organization's wall-clock time (offset dropped).</summary>
    public static EntityColumn Time(string name, string description, bool nullable = true, bool sortable = false) =>
        new(name, SqlTypeInfo.Timestamp(nullable), description, Sortable: sortable);
}
