using System.Runtime.InteropServices;

namespace ZohoOdbc.Driver.Setup;

/// <summary>
/// The lpszAttributes of ConfigDSN: "keyword=value" pairs, each NUL-terminated, the list ended by a second NUL.
/// Keys are case-insensitive; a later pair overrides an earlier one.
/// </summary>
internal static unsafe class SetupAttributes
{
    public static IReadOnlyDictionary<string, string> ParseNarrow(byte* list)
    {
        var pairs = new List<string>();
        for (var item = list; item != null && *item != 0;)
        {
            var length = 0;
            while (item[length] != 0) length++;
            // UTF-8 off Windows, the ANSI code page on Windows, as SetupText.Narrow.
            pairs.Add(Marshal.PtrToStringAnsi((nint)item, length));
            item += length + 1;
        }
        return ToDictionary(pairs);
    }

    public static IReadOnlyDictionary<string, string> ParseWide(char* list)
    {
        var pairs = new List<string>();
        for (var item = list; item != null && *item != 0; item += pairs[^1].Length + 1) pairs.Add(new string(item));
        return ToDictionary(pairs);
    }

    private static Dictionary<string, string> ToDictionary(IEnumerable<string> pairs)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0) continue;
            values[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
        }
        return values;
    }
}
