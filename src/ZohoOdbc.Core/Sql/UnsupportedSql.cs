using System.Text;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace ZohoOdbc.Core.Sql;

/// <summary>The 0A000 errors: a construct ZohoOdbc does not run (yet), named so the user can rewrite the query.</summary>
internal static class UnsupportedSql
{
    public static ZohoOdbcException NotYet(string construct) =>
        new(SqlStates.FeatureNotSupported, $"{construct} is not supported yet.");

    /// <summary>Nodes whose type name does not read as the SQL that produced them.</summary>
    private static readonly Dictionary<string, string> SqlNames = new(StringComparer.Ordinal)
    {
        ["PredicateSetStatement"] = "SET",
        ["SetOnOffStatement"] = "SET",
        ["SetVariableStatement"] = "SET @variable",
        ["DeclareVariableStatement"] = "DECLARE",
        ["ExecuteStatement"] = "EXECUTE",
        ["UseStatement"] = "USE",
    };

    /// <summary>Names a ScriptDom node in SQL words: QualifiedJoin → "QUALIFIED JOIN", ScalarSubquery → "SCALAR SUBQUERY".</summary>
    public static string NameOf(TSqlFragment fragment)
    {
        var typeName = fragment.GetType().Name;
        if (SqlNames.TryGetValue(typeName, out var known)) return known;
        foreach (var suffix in (string[])["Statement", "Expression", "Predicate", "Call", "Reference"])
        {
            if (typeName.Length > suffix.Length && typeName.EndsWith(suffix, StringComparison.Ordinal))
            {
                typeName = typeName[..^suffix.Length];
                break;
            }
        }
        var words = new StringBuilder();
        for (var i = 0; i < typeName.Length; i++)
        {
            if (i > 0 && char.IsUpper(typeName[i]) && !char.IsUpper(typeName[i - 1])) words.Append(' ');
            words.Append(char.ToUpperInvariant(typeName[i]));
        }
        return words.ToString();
    }
}
