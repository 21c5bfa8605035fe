using ZohoOdbc.Core.Sql;

namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// The SQL type of a custom field by Zoho's data_type. Every such column is nullable: a record without a value for the
/// field leaves it out of custom_fields. Types Zoho may add later read as text, so no value is lost.
/// </summary>
internal static class CustomFieldTypes
{
    /// <summary>A "decimal" field: Zoho lets the organization choose its decimal places; 8 keeps every choice exact.</summary>
    public static readonly SqlTypeInfo DecimalField = SqlTypeInfo.Decimal(28, 8);

    /// <summary>An "amount" field: a money value with the organization's price precision (2).</summary>
    public static readonly SqlTypeInfo AmountField = SqlTypeInfo.Decimal(18, 2);

    /// <summary>A "percent" field: 12.5 means 12.5 %.</summary>
    public static readonly SqlTypeInfo PercentField = SqlTypeInfo.Decimal(18, 4);

    public static SqlTypeInfo SqlType(string dataType) => dataType.Trim().ToLowerInvariant() switch
    {
        "number" or "integer" or "autonumber_number" => SqlTypeInfo.BigInt(),
        "decimal" => DecimalField,
        "amount" or "currency" => AmountField,
        "percent" or "percentage" => PercentField,
        "date" => SqlTypeInfo.Date(),
        "date_time" or "datetime" => SqlTypeInfo.Timestamp(),
        "check_box" or "checkbox" or "boolean" => SqlTypeInfo.Bit(),
        "multiline" or "textarea" or "multiselect" or "lookup" or "attachment" => SqlTypeInfo.VarChar(EntityColumns.LongTextSize),
        // text/string, email, url, phone, dropdown, autonumber and anything unknown: text.
        _ => SqlTypeInfo.VarChar(EntityColumns.TextSize),
    };
}
