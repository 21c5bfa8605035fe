using System.Text.Json;

namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// Finds the custom fields an organization defines on one module. Zoho's API reference documents no endpoint listing
/// them, but every record names its fields with their data_type in custom_fields[]: the first list page (one call) is
/// read, and where its rows carry only custom_field_hash (contacts) or no custom fields at all (detail-only), one
/// detail call per record that shows a field still without a type, at most <see cref="MaxDetailCalls"/>.
/// A field no record of the first page has a value for stays unknown; cf_ names the binder does not know still read
/// as text from custom_field_hash.
/// </summary>
internal static class CustomFieldDiscovery
{
    public const int MaxDetailCalls = 3;

    public static async Task<IReadOnlyList<CustomFieldDefinition>> DiscoverAsync(ZohoApiClient api, EntityDefinition entity, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, CustomFieldDefinition>(StringComparer.OrdinalIgnoreCase);
        var untyped = new List<(string ApiName, string RecordId)>();
        var withoutFields = new List<string>();
        using (var response = await api.GetAsync(entity.ListPath, [new("page", "1"), new("per_page", "200")], entity.ScopeModule,
                   connecting: false, cancellationToken).ConfigureAwait(false))
        {
            var root = response.Json!.RootElement;
            if (!root.TryGetProperty(entity.ListKey, out var rows) || rows.ValueKind != JsonValueKind.Array) return [];
            foreach (var row in rows.EnumerateArray())
            {
                if (row.ValueKind != JsonValueKind.Object) continue;
                var id = row.TryGetProperty(entity.IdColumn.Name, out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString() : null;
                var listed = Collect(row, found);
                if (row.TryGetProperty(CustomFieldColumn.HashColumn, out var hash) && hash.ValueKind == JsonValueKind.Object)
                {
                    foreach (var key in hash.EnumerateObject())
                        if (!key.Name.EndsWith("_unformatted", StringComparison.Ordinal) && !found.ContainsKey(key.Name) && id is not null)
                            untyped.Add((key.Name, id));
                }
                else if (!listed && id is not null) withoutFields.Add(id);
            }
        }

        // Records whose detail shows the fields the list did not type; a module whose list has no custom fields: its first records.
        var ids = untyped.Where(u => !found.ContainsKey(u.ApiName)).Select(u => u.RecordId)
            .Concat(untyped.Count == 0 && found.Count == 0 && entity.HasDetail ? withoutFields : [])
            .Distinct(StringComparer.Ordinal).Take(MaxDetailCalls).ToArray();
        var fetcher = new EntityDetailFetcher(api);
        foreach (var id in ids)
        {
            if (untyped.Count > 0 && untyped.All(u => found.ContainsKey(u.ApiName))) break;
            if (!entity.HasDetail) break;
            if (await fetcher.GetDetailAsync(entity, id, cancellationToken).ConfigureAwait(false) is { } record) Collect(record, found);
        }
        return found.Values.OrderBy(f => f.ColumnName, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Adds the typed fields of a record's custom_fields[]; true when the record has that array.</summary>
    private static bool Collect(JsonElement record, Dictionary<string, CustomFieldDefinition> found)
    {
        if (!record.TryGetProperty(CustomFieldColumn.ListColumn, out var fields) || fields.ValueKind != JsonValueKind.Array) return false;
        foreach (var field in fields.EnumerateArray())
        {
            if (field.ValueKind != JsonValueKind.Object || Text(field, "api_name") is not { Length: > 0 } apiName || found.ContainsKey(apiName)) continue;
            found[apiName] = new CustomFieldDefinition(apiName, Text(field, "label") ?? apiName, Text(field, "data_type") ?? "string");
        }
        return true;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
