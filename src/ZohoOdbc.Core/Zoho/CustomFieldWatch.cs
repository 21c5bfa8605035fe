using System.Text.Json;

namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// The api_names one table's custom field definitions know, checked against the custom field JSON of the rows a query
/// loads: the first name it does not know (a field created in Zoho since the discovery) is reported once, so the
/// catalog rediscovers. Only rows of statements that name a cf_ column are parsed, so only those are checked.
/// </summary>
internal sealed class CustomFieldWatch(IEnumerable<string> knownNames, Action<string> unknownSeen)
{
    private readonly HashSet<string> known = new(knownNames, StringComparer.OrdinalIgnoreCase);
    private int reported;

    /// <summary>A watch that never reports (no cache to refresh, or offline).</summary>
    public static CustomFieldWatch Silent { get; } = new([], _ => { }) { reported = 1 };

    /// <summary>Looks at the names in <paramref name="root"/> (custom_field_hash object or custom_fields[] array).</summary>
    public void Check(JsonElement root)
    {
        if (Volatile.Read(ref reported) != 0) return;
        if (root.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in root.EnumerateObject())
            {
                var name = property.Name.EndsWith("_unformatted", StringComparison.Ordinal) ? property.Name[..^"_unformatted".Length] : property.Name;
                if (!known.Contains(name)) Report(name);
            }
        }
        else if (root.ValueKind == JsonValueKind.Array)
        {
            foreach (var element in root.EnumerateArray())
                if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("api_name", out var name) && name.ValueKind == JsonValueKind.String
                    && name.GetString() is { Length: > 0 } apiName && !known.Contains(apiName))
                    Report(apiName);
        }
    }

    private void Report(string name)
    {
        if (Interlocked.Exchange(ref reported, 1) == 0) unknownSeen(name);
    }
}
