using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Core.Zoho.Entities;

/// <summary>The rows of sys_pushdown, derived from the catalog the planner reads, so the matrix is what the driver does.</summary>
internal static class PushdownMatrix
{
    public static IEnumerable<object?[]> Rows(EntityCatalog catalog)
    {
        foreach (var table in catalog.Tables)
        {
            switch (table)
            {
                case EntityDefinition entity:
                    if (entity.HasDetail)
                        yield return Row(entity.Name, entity.IdColumn.Name, "= / IN (up to 25)", $"GET {entity.ListPath}/{{id}}", "key lookup: one detail call per id");
                    foreach (var column in entity.Columns)
                        foreach (var row in ColumnRows(entity.Name, column, column.Filters, column.ValueFilter, column.FilterName, ""))
                            yield return row;
                    foreach (var column in entity.Columns.Where(c => c.Sortable))
                        yield return Row(entity.Name, column.Name, "ORDER BY", "sort_column=" + column.Name, "with TOP/OFFSET FETCH, paging stops early when the order is exact");
                    break;
                case ChildTableDefinition child:
                    yield return Row(child.Name, child.ParentKey.Name, "= / IN (up to 25)", $"GET {child.Parent.ListPath}/{{id}}", "the records of those parents only");
                    yield return Row(child.Name, child.ParentKey.Name, $"= {child.Parent.Name}.{child.Parent.IdColumn.Name} (join)", $"GET {child.Parent.ListPath}/{{id}}",
                        $"only the records of the {child.Parent.Name} rows the join reaches (with their pushed filters)");
                    foreach (var column in child.Columns.Where(c => c.ParentFilter is not null))
                        foreach (var row in ColumnRows(child.Name, column, column.ParentFilterOperators, null, column.ParentFilter!, $"{child.Parent.ListPath} lists the parents holding such lines"))
                            yield return row;
                    break;
            }
        }
    }

    private static IEnumerable<object?[]> ColumnRows(string table, EntityColumn column, ApiFilterOperators operators, ApiValueFilter? values, string name, string note)
    {
        if (values is not null)
        {
            var list = string.Join(", ", values.Values.Keys);
            yield return Row(table, column.Name, "= / IN", $"{values.Parameter}=...", $"values: {list}{Suffix(note)}");
            yield break;
        }
        var numeric = column.Type.Type is SqlDataType.Decimal or SqlDataType.Integer or SqlDataType.BigInt;
        if (operators.HasFlag(ApiFilterOperators.Equals)) yield return Row(table, column.Name, "= / IN", name, "IN walks the list once per value (up to 10)" + Suffix(note));
        if (operators.HasFlag(ApiFilterOperators.StartsWith)) yield return Row(table, column.Name, "LIKE 'x%'", name + "_startswith", note);
        if (operators.HasFlag(ApiFilterOperators.Contains)) yield return Row(table, column.Name, "LIKE '%x%'", name + "_contains", note);
        if (column.Type.Type == SqlDataType.Date)
        {
            if (operators.HasFlag(ApiFilterOperators.Start)) yield return Row(table, column.Name, ">= / BETWEEN", name + "_start", note);
            if (operators.HasFlag(ApiFilterOperators.End)) yield return Row(table, column.Name, "<= / BETWEEN", name + "_end", note);
            if (operators.HasFlag(ApiFilterOperators.After)) yield return Row(table, column.Name, ">", name + "_after", note);
            if (operators.HasFlag(ApiFilterOperators.Before)) yield return Row(table, column.Name, "<", name + "_before", note);
        }
        if (numeric)
        {
            if (operators.HasFlag(ApiFilterOperators.GreaterEquals)) yield return Row(table, column.Name, ">= / BETWEEN", name + "_greater_equals", note);
            if (operators.HasFlag(ApiFilterOperators.LessEquals)) yield return Row(table, column.Name, "<= / BETWEEN", name + "_less_equals", note);
            if (operators.HasFlag(ApiFilterOperators.GreaterThan)) yield return Row(table, column.Name, ">", name + "_greater_than", note);
            if (operators.HasFlag(ApiFilterOperators.LessThan)) yield return Row(table, column.Name, "<", name + "_less_than", note);
        }
        if (operators.HasFlag(ApiFilterOperators.ModifiedSince))
            yield return Row(table, column.Name, ">= / >", name, "records modified at or after the time (sent as the earliest instant it can mean)" + Suffix(note));
    }

    private static string Suffix(string note) => note.Length == 0 ? "" : "; " + note;

    private static object?[] Row(string table, string column, string op, string parameter, string? notes) =>
        [table, column, op, parameter, string.IsNullOrEmpty(notes) ? null : notes];
}
