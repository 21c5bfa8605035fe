using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using static ZohoOdbc.Core.Engine.SqlValues;

namespace ZohoOdbc.Core.Engine;

/// <summary>
/// SQL Server's string functions under its default collation: case-insensitive (REPLACE, CHARINDEX, LIKE and the
/// comparison collation), trailing spaces ignored (LEN, comparisons), full Unicode case mapping (SQLite's
/// upper/lower are ASCII-only), lengths in UTF-16 code units as nvarchar counts them.
/// </summary>
internal static class TextFunctions
{
    /// <summary>The collation of every text value: case-insensitive, trailing spaces ignored.</summary>
    public static int Compare(string a, string b) =>
        string.Compare(a.TrimEnd(' '), b.TrimEnd(' '), StringComparison.OrdinalIgnoreCase);

    public static object? Upper(object? s) => IsNull(s) ? null : ToText(s!).ToUpperInvariant();

    public static object? Lower(object? s) => IsNull(s) ? null : ToText(s!).ToLowerInvariant();

    public static object? Length(object? s) => IsNull(s) ? null : (long)ToText(s!).TrimEnd(' ').Length;

    public static object? CharLength(object? s) => IsNull(s) ? null : (long)ToText(s!).Length;

    public static object? Left(object? s, object? n)
    {
        if (IsNull(s) || IsNull(n)) return null;
        var text = ToText(s!);
        var count = ToLong(n!);
        if (count < 0) throw InvalidLength("LEFT");
        return count >= text.Length ? text : text[..(int)count];
    }

    public static object? Right(object? s, object? n)
    {
        if (IsNull(s) || IsNull(n)) return null;
        var text = ToText(s!);
        var count = ToLong(n!);
        if (count < 0) throw InvalidLength("RIGHT");
        return count >= text.Length ? text : text[^(int)count..];
    }

    /// <summary>SUBSTRING(s, start, length): positions before 1 count towards the length, as in SQL Server.</summary>
    public static object? Substring(object? s, object? start, object? length)
    {
        if (IsNull(s) || IsNull(start) || IsNull(length)) return null;
        var text = ToText(s!);
        var from = ToLong(start!);
        var count = ToLong(length!);
        if (count < 0) throw InvalidLength("SUBSTRING");
        var end = from + count;
        var first = Math.Max(from, 1);
        if (end <= first || first > text.Length) return "";
        var last = Math.Min(end, text.Length + 1);
        return text.Substring((int)first - 1, (int)(last - first));
    }

    private static Exception InvalidLength(string function) =>
        SqlFunctionError.Raise("22023", $"Invalid length parameter passed to the {function} function");

    public static object? Replace(object? s, object? find, object? with)
    {
        if (IsNull(s) || IsNull(find) || IsNull(with)) return null;
        var pattern = ToText(find!);
        var text = ToText(s!);
        return pattern.Length == 0 ? text : text.Replace(pattern, ToText(with!), StringComparison.OrdinalIgnoreCase);
    }

    public static object? CharIndex(object? find, object? s, object? start)
    {
        if (IsNull(find) || IsNull(s)) return null;
        var pattern = ToText(find!);
        var text = ToText(s!);
        var from = IsNull(start) ? 1 : Math.Max(ToLong(start!), 1);
        if (pattern.Length == 0 || from > text.Length) return 0L;
        return (long)(text.IndexOf(pattern, (int)from - 1, StringComparison.OrdinalIgnoreCase) + 1);
    }

    public static object? Reverse(object? s)
    {
        if (IsNull(s)) return null;
        var chars = ToText(s!).ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }

    public static object? Replicate(object? s, object? n)
    {
        if (IsNull(s) || IsNull(n)) return null;
        var count = ToLong(n!);
        if (count < 0) return null;
        var text = ToText(s!);
        if (text.Length * count > 1_000_000) throw SqlFunctionError.Raise(SqlStates.NumericOutOfRange, "REPLICATE would build a string of more than a million characters");
        return new StringBuilder().Insert(0, text, (int)count).ToString();
    }

    public static object? Stuff(object? s, object? start, object? length, object? with)
    {
        if (IsNull(s) || IsNull(start) || IsNull(length)) return null;
        var text = ToText(s!);
        var from = ToLong(start!);
        var count = ToLong(length!);
        if (from < 1 || from > text.Length || count < 0) return null;
        var removed = (int)Math.Min(count, text.Length - from + 1);
        return text.Remove((int)from - 1, removed).Insert((int)from - 1, IsNull(with) ? "" : ToText(with!));
    }

    public static object? ConcatWs(object?[] args)
    {
        var separator = IsNull(args[0]) ? "" : ToText(args[0]!);
        return string.Join(separator, args.Skip(1).Where(a => !IsNull(a)).Select(a => ToText(a!)));
    }

    public static object? Ascii(object? s)
    {
        if (IsNull(s)) return null;
        var text = ToText(s!);
        return text.Length == 0 ? null : (long)text[0];
    }

    public static object? Unicode(object? s)
    {
        if (IsNull(s)) return null;
        var text = ToText(s!);
        return text.Length == 0 ? null : (long)char.ConvertToUtf32(text, 0);
    }

    public static object? Char(object? n)
    {
        if (IsNull(n)) return null;
        var code = ToLong(n!);
        return code is >= 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32((int)code) : null;
    }

    // ----- LIKE -----

    private static readonly ConcurrentDictionary<(string, string?), Regex> Patterns = new();

    /// <summary>
    /// T-SQL LIKE: % any text, _ one character, [abc] [a-z] [^a] sets, an optional escape character; case-insensitive.
    /// Trailing spaces of the value are ignored, as SQL Server ignores them.
    /// </summary>
    public static object? Like(object? value, object? pattern, object? escape)
    {
        if (IsNull(value) || IsNull(pattern)) return null;
        var text = ToText(value!);
        var p = ToText(pattern!);
        var e = IsNull(escape) ? null : ToText(escape!);
        if (Patterns.Count > 1000) Patterns.Clear();
        var regex = Patterns.GetOrAdd((p, e), key => ToRegex(key.Item1, key.Item2));
        return regex.IsMatch(text) || regex.IsMatch(text.TrimEnd(' ')) ? 1L : 0L;
    }

    private static Regex ToRegex(string pattern, string? escape)
    {
        if (escape is not null && escape.Length != 1)
            throw SqlFunctionError.Raise(SqlStates.SyntaxError, $"The invalid escape character \"{escape}\" was specified in a LIKE predicate");
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (escape is not null && c == escape[0] && i + 1 < pattern.Length)
            {
                regex.Append(Regex.Escape(pattern[++i].ToString()));
                continue;
            }
            switch (c)
            {
                case '%':
                    regex.Append(".*");
                    break;
                case '_':
                    regex.Append('.');
                    break;
                case '[':
                    var close = pattern.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        // An unclosed [ matches nothing in SQL Server.
                        return new Regex("(?!)", RegexOptions.None);
                    }
                    var set = pattern.Substring(i + 1, close - i - 1);
                    regex.Append('[');
                    var negate = set.StartsWith('^');
                    if (negate) { regex.Append('^'); set = set[1..]; }
                    foreach (var s in set) regex.Append(s is '\\' or ']' or '[' or '^' ? "\\" + s : s.ToString());
                    regex.Append(']');
                    i = close;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
        regex.Append('$');
        return new Regex(regex.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }
}
