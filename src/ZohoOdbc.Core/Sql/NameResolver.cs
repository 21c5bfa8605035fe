using ZohoOdbc.Core.Engine;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Sql;

/// <summary>
/// Resolves a column name ([[[catalog.]schema.]table.]column, or alias.column) against the FROM items of a scope and
/// then of the enclosing queries (correlated references). Unknown names are 42S22 with a suggestion; a bare name
/// two FROM items have is ambiguous (42000), as in SQL Server.
/// </summary>
internal static class NameResolver
{
    public static BoundExpr Resolve(BindScope scope, IReadOnlyList<string> parts)
    {
        var name = parts[^1];
        var qualifier = parts.Take(parts.Count - 1).ToArray();
        var written = string.Join(".", parts);
        var visited = new List<BindScope>();
        for (var current = scope; current is not null; current = current.Outer)
        {
            var found = Find(current, name, qualifier, written);
            if (found is null && CustomField(current, name, qualifier) is { } custom)
            {
                foreach (var inner in visited) inner.OuterReferences.AddRange(custom.Children);
                return custom;
            }
            if (found is not null)
            {
                var (source, column) = found.Value;
                if (source is TableInstance instance && column.Base is { } entityColumn) instance.Use(entityColumn);
                var type = source.NullSupplied ? column.Type.WithNullable(true) : column.Type;
                var expr = BoundExpr.ForColumn(source, column, type);
                // Every query between the reference and its FROM item sees it as an outer (correlated) reference.
                foreach (var inner in visited) inner.OuterReferences.Add(expr);
                return expr;
            }
            visited.Add(current);
        }

        if (scope.Sources.Count == 0 && scope.Outer is null)
            throw new ZohoOdbcException(SqlStates.ColumnNotFound, $"Invalid column name '{written}': the query has no FROM clause.");
        if (qualifier.Length > 0)
            throw new ZohoOdbcException(SqlStates.ColumnNotFound,
                $"The multi-part identifier '{written}' could not be bound: '{string.Join(".", qualifier)}' is not a table or alias of the FROM clause ({Describe(scope)}).");
        var candidates = AllColumns(scope).Distinct(StringComparer.OrdinalIgnoreCase);
        var where = scope.Sources.Count == 1 ? $" in table '{scope.Sources[0].Describe()}'" : "";
        throw new ZohoOdbcException(SqlStates.ColumnNotFound,
            $"Invalid column name '{name}'{where}.{NameSuggestion.Hint(name, candidates)}");
    }

    private static (SourceBinding Source, SourceColumn Column)? Find(BindScope scope, string name, string[] qualifier, string written)
    {
        if (qualifier.Length > 0)
        {
            var matching = scope.Sources.Where(s => s.Matches(qualifier)).ToList();
            if (matching.Count == 0) return null;
            if (matching.Count > 1)
                throw new ZohoOdbcException(SqlStates.SyntaxError,
                    $"The multi-part identifier '{written}' is ambiguous: {string.Join(" and ", matching.Select(m => m.Describe()))} both match; give them aliases.");
            var source = matching[0];
            var column = source.Find(name) ?? throw new ZohoOdbcException(SqlStates.ColumnNotFound,
                $"Invalid column name '{name}': {source.Describe()} has no such column.{NameSuggestion.Hint(name, source.Columns.Select(c => c.Name))}");
            return (source, column);
        }

        (SourceBinding, SourceColumn)? result = null;
        foreach (var source in scope.Sources)
        {
            if (source.Find(name) is not { } column) continue;
            if (result is not null)
                throw new ZohoOdbcException(SqlStates.SyntaxError,
                    $"Ambiguous column name '{name}': both {result.Value.Item1.Describe()} and {source.Describe()} have it; qualify it with the table or alias.");
            result = (source, column);
        }
        return result;
    }

    /// <summary>
    /// cf_name on a table whose rows carry custom_field_hash: the custom field's raw value as text (its _unformatted form),
    /// the per-organization columns Zoho adds. NULL where a record has no such field.
    /// </summary>
    private static BoundExpr? CustomField(BindScope scope, string name, string[] qualifier)
    {
        if (!name.StartsWith("cf_", StringComparison.OrdinalIgnoreCase) || name.Length <= 3) return null;
        var candidates = scope.Sources.OfType<TableInstance>()
            .Where(s => (qualifier.Length == 0 || s.Matches(qualifier)) && s.Find(CustomFieldHash) is not null).ToList();
        if (candidates.Count != 1) return null;
        var source = candidates[0];
        var hash = source.Find(CustomFieldHash)!;
        if (hash.Base is { } column) source.Use(column);
        var json = BoundExpr.ForColumn(source, hash, hash.Type);
        var path = "$." + name.ToLowerInvariant() + "_unformatted";
        return Conversions.Text($"{SqliteFunctions.JsonValue}({json.Sql}, {SqliteSyntax.Literal(path)})", SqlTypeInfo.VarChar(EntityColumns.TextSize, true), json);
    }

    private const string CustomFieldHash = "custom_field_hash";

    private static IEnumerable<string> AllColumns(BindScope scope)
    {
        for (var current = scope; current is not null; current = current.Outer)
            foreach (var source in current.Sources)
                foreach (var column in source.Columns) yield return column.Name;
    }

    private static string Describe(BindScope scope) =>
        scope.Sources.Count == 0 ? "none" : string.Join(", ", scope.Sources.Select(s => s.Describe()));
}
