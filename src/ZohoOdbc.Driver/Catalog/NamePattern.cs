namespace ZohoOdbc.Driver.Catalog;

/// <summary>
/// A catalog-function argument: a search pattern (<c>%</c>, <c>_</c>, escape <c>\</c>) or, with
/// SQL_ATTR_METADATA_ID, an identifier. Matching is case-insensitive like Core's name lookup.
/// A null argument matches everything.
/// </summary>
internal sealed class NamePattern
{
    private const char Escape = '\\';
    private readonly string? pattern;
    private readonly bool isIdentifier;

    private NamePattern(string? pattern, bool isIdentifier)
    {
        this.pattern = pattern;
        this.isIdentifier = isIdentifier;
    }

    public static NamePattern Create(string? argument, bool metadataId) =>
        metadataId && argument is not null ? new NamePattern(Unquote(argument.Trim()), true) : new NamePattern(argument, false);

    /// <summary>An ordinary argument (never a pattern), e.g. SQLColumns' catalog name.</summary>
    public static NamePattern Exact(string? argument) => new(argument, true);

    public bool Matches(string name)
    {
        if (pattern is null) return true;
        return isIdentifier ? string.Equals(pattern, name, StringComparison.OrdinalIgnoreCase) : Like(pattern, 0, name, 0);
    }

    /// <summary>
    /// Whether a NULL catalog or schema (the only kind this driver has) matches: a null argument,
    /// the empty string ("objects without one") or a pattern that matches "" such as "%".
    /// </summary>
    public bool MatchesAbsent => pattern is null || pattern.Length == 0 || (!isIdentifier && Like(pattern, 0, "", 0));

    private static bool Like(string pattern, int p, string text, int t)
    {
        while (p < pattern.Length)
        {
            var c = pattern[p];
            if (c == '%')
            {
                for (var start = t; start <= text.Length; start++)
                    if (Like(pattern, p + 1, text, start)) return true;
                return false;
            }

            if (t >= text.Length) return false;
            if (c == '_') { p++; t++; continue; }
            if (c == Escape && p + 1 < pattern.Length) c = pattern[++p];
            if (char.ToUpperInvariant(c) != char.ToUpperInvariant(text[t])) return false;
            p++;
            t++;
        }
        return t == text.Length;
    }

    private static string Unquote(string identifier) =>
        identifier.Length >= 2 && identifier[0] == '"' && identifier[^1] == '"' ? identifier[1..^1].Replace("\"\"", "\"") : identifier;
}
