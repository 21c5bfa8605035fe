using System.Text;

namespace ZohoOdbc.Driver.Connection;

/// <summary>
/// The ODBC connection-string grammar: <c>key=value;</c> pairs, keys case-insensitive, values
/// that contain <c>;={}</c> or edge spaces wrapped in braces with <c>}}</c> standing for <c>}</c>.
/// </summary>
internal static class ConnectionString
{
    /// <summary>Parses the pairs in order; a key repeated later is ignored (the first occurrence wins).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string? text)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var position = 0;
        text ??= "";
        while (position < text.Length)
        {
            var equals = text.IndexOf('=', position);
            var semicolon = text.IndexOf(';', position);
            if (equals < 0 || (semicolon >= 0 && semicolon < equals))
            {
                // A fragment without '=' carries no value; skip it.
                if (semicolon < 0) break;
                position = semicolon + 1;
                continue;
            }

            var key = text[position..equals].Trim();
            position = equals + 1;
            var value = ReadValue(text, ref position);
            if (key.Length > 0 && seen.Add(key)) pairs.Add(new(key, value));
        }
        return pairs;
    }

    public static string Format(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var builder = new StringBuilder();
        foreach (var (key, value) in pairs)
        {
            builder.Append(key).Append('=');
            if (NeedsBraces(value)) builder.Append('{').Append(value.Replace("}", "}}", StringComparison.Ordinal)).Append('}');
            else builder.Append(value);
            builder.Append(';');
        }
        return builder.ToString();
    }

    private static string ReadValue(string text, ref int position)
    {
        while (position < text.Length && text[position] == ' ') position++;
        if (position < text.Length && text[position] == '{')
        {
            var value = new StringBuilder();
            position++;
            while (position < text.Length)
            {
                var c = text[position++];
                if (c != '}') { value.Append(c); continue; }
                if (position < text.Length && text[position] == '}') { value.Append('}'); position++; continue; }
                break;
            }
            SkipPastSeparator(text, ref position);
            return value.ToString();
        }

        var end = text.IndexOf(';', position);
        if (end < 0) end = text.Length;
        var plain = text[position..end].Trim();
        position = Math.Min(end + 1, text.Length);
        return plain;
    }

    private static void SkipPastSeparator(string text, ref int position)
    {
        var end = text.IndexOf(';', position);
        position = end < 0 ? text.Length : end + 1;
    }

    private static bool NeedsBraces(string value) =>
        value.Length > 0 && (value.AsSpan().IndexOfAny(";={}") >= 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]));
}
