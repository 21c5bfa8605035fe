using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>
/// Writes a record as a list row: the source-generated contract of the detail with the detail-only properties
/// removed (a contract modifier: no reflection, AOT-safe).
/// </summary>
internal static class ListRowJson
{
    public static Action<Utf8JsonWriter, T> Writer<T>(JsonTypeInfo<T> detail, IReadOnlyList<string> detailOnlyFields)
    {
        if (detailOnlyFields.Count == 0)
        {
            return (writer, record) => JsonSerializer.Serialize(writer, record, detail);
        }

        var hidden = new HashSet<string>(detailOnlyFields, StringComparer.Ordinal);
        var options = new JsonSerializerOptions(detail.Options)
        {
            TypeInfoResolver = EmulatorJsonContext.Default.WithAddedModifier(info =>
            {
                if (info.Type == typeof(T) && info.Kind == JsonTypeInfoKind.Object)
                {
                    for (int i = info.Properties.Count - 1; i >= 0; i--)
                    {
                        if (hidden.Contains(info.Properties[i].Name))
                        {
                            info.Properties.RemoveAt(i);
                        }
                    }
                }
            }),
        };
        var listInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        string[] unknown = detailOnlyFields.Where(f => detail.Properties.All(p => p.Name != f)).ToArray();
        if (unknown.Length > 0)
        {
            throw new InvalidOperationException($"{typeof(T).Name} has no field(s) {string.Join(", ", unknown)}.");
        }

        return (writer, record) => JsonSerializer.Serialize(writer, record, listInfo);
    }
}
