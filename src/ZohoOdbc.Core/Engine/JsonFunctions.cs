using System.Globalization;
using System.Text.Json;
using static ZohoOdbc.Core.Engine.SqlValues;

namespace ZohoOdbc.Core.Engine;

/// <summary>
/// JSON_VALUE(json, '$.path') in SQL Server's lax mode: the scalar at the path as text (true/false as written), NULL when
/// the path is missing or leads to an object or array; invalid JSON text is an error (13609).
/// </summary>
internal static class JsonFunctions
{
    public static object? Value(object? json, object? path)
    {
        if (IsNull(json) || IsNull(path)) return null;
        var text = ToText(json!);
        var steps = Parse(ToText(path!));
        try
        {
            using var document = JsonDocument.Parse(text);
            var current = document.RootElement;
            foreach (var step in steps)
            {
                if (step is string name)
                {
                    if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current)) return null;
                }
                else if (current.ValueKind != JsonValueKind.Array || (int)step >= current.GetArrayLength()) return null;
                else current = current[(int)step];
            }
            return current.ValueKind switch
            {
                JsonValueKind.String => current.GetString(),
                JsonValueKind.Number => current.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => null,
            };
        }
        catch (JsonException)
        {
            throw SqlFunctionError.Raise("22032", "JSON text is not properly formatted");
        }
    }

    /// <summary>'$.a.b[2]' as property names and array indexes; lax/strict prefixes are accepted (lax is what runs).</summary>
    private static List<object> Parse(string path)
    {
        var p = path.Trim();
        if (p.StartsWith("lax ", StringComparison.OrdinalIgnoreCase)) p = p[4..].Trim();
        if (p.StartsWith("strict ", StringComparison.OrdinalIgnoreCase))
            throw SqlFunctionError.Raise(SqlStates.FeatureNotSupported, "JSON paths in strict mode are not supported");
        if (!p.StartsWith('$')) throw SqlFunctionError.Raise("22032", $"JSON path '{path}' does not start with $");
        var steps = new List<object>();
        var i = 1;
        while (i < p.Length)
        {
            if (p[i] == '.')
            {
                i++;
                string name;
                if (i < p.Length && p[i] == '"')
                {
                    var end = p.IndexOf('"', i + 1);
                    if (end < 0) throw SqlFunctionError.Raise("22032", $"JSON path '{path}' is not valid");
                    name = p[(i + 1)..end];
                    i = end + 1;
                }
                else
                {
                    var start = i;
                    while (i < p.Length && p[i] != '.' && p[i] != '[') i++;
                    name = p[start..i];
                }
                steps.Add(name);
            }
            else if (p[i] == '[')
            {
                var end = p.IndexOf(']', i);
                if (end < 0 || !int.TryParse(p.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                    throw SqlFunctionError.Raise("22032", $"JSON path '{path}' is not valid");
                steps.Add(index);
                i = end + 1;
            }
            else throw SqlFunctionError.Raise("22032", $"JSON path '{path}' is not valid");
        }
        return steps;
    }
}
