namespace ZohoOdbc.Driver.Catalog;

/// <summary>
/// One argument of a catalog function, read as the specification says for its kind: a pattern
/// value (<c>%</c>, <c>_</c>, escape <c>\</c>), an ordinary argument (taken literally), or with
/// SQL_ATTR_METADATA_ID an identifier (quotes removed). A null argument matches everything; an
/// empty one matches only objects without that part (none here: every table has a catalog and a
/// schema). Names compare case-insensitively, as the engine resolves them.
/// </summary>
internal sealed class CatalogArgument
{
    private const char Escape = '\\';
    private readonly string? text;
    private readonly bool isPattern;

    private CatalogArgument(string? text, bool isPattern)
    {
        this.text = text;
        this.isPattern = isPattern;
    }

    /// <summary>A pattern value argument (SQLTables' names, SQLColumns' schema/table/column, …).</summary>
    public static CatalogArgument Pattern(string? argument, bool metadataId) =>
        metadataId && argument is not null ? new(Unquote(argument.Trim()), false) : new(argument, true);

    /// <summary>An ordinary argument (catalog names, SQLPrimaryKeys' names, …): never a pattern.</summary>
    public static CatalogArgument Ordinary(string? argument, bool metadataId) =>
        new(metadataId && argument is not null ? Unquote(argument.Trim()) : argument, false);

    public bool IsNull => text is null;

    public bool Matches(string name)
    {
        if (text is null) return true;
        return isPattern ? Like(text, 0, name, 0) : string.Equals(text, name, StringComparison.OrdinalIgnoreCase);
    }

    private static bool Like(string pattern, int p, string name, int n)
    {
        while (p < pattern.Length)
        {
            var c = pattern[p];
            if (c == '%')
            {
                for (var start = n; start <= name.Length; start++)
                    if (Like(pattern, p + 1, name, start)) return true;
                return false;
            }

            if (n >= name.Length) return false;
            if (c == '_') { p++; n++; continue; }
            if (c == Escape && p + 1 < pattern.Length) c = pattern[++p];
            if (char.ToUpperInvariant(c) != char.ToUpperInvariant(name[n])) return false;
            p++;
            n++;
        }
        return n == name.Length;
    }

    private static string Unquote(string identifier) =>
        identifier.Length >= 2 && identifier[0] == '"' && identifier[^1] == '"' ? identifier[1..^1].Replace("\"\"", "\"") : identifier;
}
