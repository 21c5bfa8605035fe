using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Sql;

/// <summary>The table of the FROM clause and the alias it was given, against which column names resolve.</summary>
internal sealed record TableScope(EntityDefinition Entity, string? Alias)
{
    /// <summary>Whether a column qualifier names this table: its alias, or (more lenient than SQL Server) its name.</summary>
    public bool Matches(string qualifier) =>
        string.Equals(qualifier, Alias ?? Entity.Name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(qualifier, Entity.Name, StringComparison.OrdinalIgnoreCase);

    public string Describe() => Alias is null ? Entity.Name : $"{Entity.Name} AS {Alias}";
}
