using System.Text.Json;
using ZohoOdbc.Core.Sql;

namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// A typed cf_ column of one organization's table. Its value is read at load time from the JSON column that carries
/// custom fields in the table (<see cref="Source"/>): custom_field_hash's raw cf_x_unformatted when the table has the
/// hash, else the value of the custom_fields[] element with the field's api_name. <see cref="Watch"/> hears of
/// fields in that JSON the table's definitions do not know.
/// </summary>
internal sealed record CustomFieldColumn(CustomFieldDefinition Field, EntityColumn Source, CustomFieldWatch? Watch = null)
{
    public const string HashColumn = "custom_field_hash";
    public const string ListColumn = "custom_fields";

    public string Name => Field.ColumnName;

    public SqlTypeInfo Type => Field.Type;

    public Engine.ColumnInfo ToColumnInfo() => new(Name, Type.Type, Type.Size, Type.Scale, true,
        $"Custom field '{Field.Label}' ({Field.DataType}), from {Source.Name}" +
        (Source.IsDetailOnly ? " (detail-only: read with one API call per row; not part of SELECT *)" : ""));

    /// <summary>The column of <paramref name="table"/> custom field values are read from; null when it has none.</summary>
    public static EntityColumn? SourceOf(VirtualTable table) => table.FindColumn(HashColumn) ?? table.FindColumn(ListColumn);

    /// <summary>The typed values of <paramref name="columns"/> (all with one source) in the source's JSON text; nulls where absent.</summary>
    public static void Read(string? json, IReadOnlyList<CustomFieldColumn> columns, object?[] values, int offset)
    {
        for (var i = 0; i < columns.Count; i++) values[offset + i] = null;
        if (string.IsNullOrEmpty(json) || columns.Count == 0) return;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return;
        }
        using (document)
        {
            var root = document.RootElement;
            columns[0].Watch?.Check(root);
            for (var i = 0; i < columns.Count; i++)
                if (columns[i].RawValue(root) is { } value) values[offset + i] = EntityRowReader.Convert(value, columns[i].Type.Type);
        }
    }

    private JsonElement? RawValue(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Object)
        {
            // The _unformatted twin is the raw value; the formatted one ("05 Mar 2026", "1,200.00") only for text.
            if (root.TryGetProperty(Field.HashKey + "_unformatted", out var raw)) return raw;
            if (Type.Type == Engine.SqlDataType.VarChar && root.TryGetProperty(Field.HashKey, out var formatted)) return formatted;
            return null;
        }
        if (root.ValueKind != JsonValueKind.Array) return null;
        foreach (var element in root.EnumerateArray())
        {
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("api_name", out var name) && name.ValueKind == JsonValueKind.String
                && string.Equals(name.GetString(), Field.ApiName, StringComparison.OrdinalIgnoreCase) && element.TryGetProperty("value", out var value))
                return value;
        }
        return null;
    }
}
