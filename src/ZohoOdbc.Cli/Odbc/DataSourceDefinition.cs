namespace ZohoOdbc.Cli.Odbc;

/// <summary>
/// A DSN as the tool writes it: its name, the driver it names, and keyword values. Secrets never belong here:
/// the grant lives in the encrypted token store and the DSN refers to it by ClientId.
/// </summary>
internal sealed record DataSourceDefinition(string Name, string Driver, IReadOnlyList<KeyValuePair<string, string>> Values)
{
    /// <summary>Keywords whose values are secrets: refused by <see cref="DataSources.Write"/>.</summary>
    public static readonly IReadOnlySet<string> SecretKeywords = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "ClientSecret", "RefreshToken", "CacheKey" };

    /// <summary>SQL_MAX_DSN_LENGTH, and the characters SQLValidDSN refuses.</summary>
    private const int MaxNameLength = 32;
    private const string ForbiddenNameCharacters = "[]{}(),;?*=!@\\";

    /// <summary>Null when <paramref name="name"/> can name a DSN, else what is wrong with it.</summary>
    public static string? NameProblem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "Give the data source a name (as in ZohoBooks): ODBC programs list DSNs by it.";
        if (name.Length > MaxNameLength) return $"The data source name is {name.Length} characters long; ODBC allows at most {MaxNameLength}.";
        if (name != name.Trim()) return "The data source name must not start or end with a space.";
        var bad = name.Where(c => ForbiddenNameCharacters.Contains(c) || char.IsControl(c)).Distinct().ToArray();
        return bad.Length == 0 ? null : $"The data source name may not contain {string.Join(" ", bad)} (ODBC reserves []{{}}(),;?*=!@\\).";
    }
}
