using ZohoOdbc.Core.Sql;

namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// One custom field of an organization's module as its records describe it (custom_fields[]: api_name, label,
/// data_type), and the typed column it becomes: cf_&lt;name&gt; (an api_name already starting with cf_ keeps it once).
/// </summary>
internal sealed record CustomFieldDefinition(string ApiName, string Label, string DataType)
{
    public string ColumnName => ApiName.StartsWith("cf_", StringComparison.OrdinalIgnoreCase)
        ? ApiName.ToLowerInvariant()
        : "cf_" + ApiName.ToLowerInvariant();

    /// <summary>The key of the field in custom_field_hash: Zoho's api_names already carry the cf_ prefix.</summary>
    public string HashKey => ColumnName;

    public SqlTypeInfo Type => CustomFieldTypes.SqlType(DataType);
}
