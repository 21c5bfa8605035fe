using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Engine;

/// <summary>
/// Which of a table's columns its in-memory SQLite table holds: those the statement reads, plus the keys the engine's
/// own queries use (the id a detail call or a child load looks up, a child's parent key) and the JSON the custom
/// fields are read from. A column left out is absent from the table, so a statement that read it anyway would fail
/// loudly ("no such column"), never see NULLs.
/// </summary>
internal static class StoredColumns
{
    /// <summary>The ordinals kept, in table order; every column when <paramref name="used"/> is null.</summary>
    public static int[] Of(VirtualTable table, IReadOnlySet<EntityColumn>? used, params int[] alsoKept)
    {
        var columns = table.Columns;
        if (used is null) return Enumerable.Range(0, columns.Count).ToArray();
        var kept = new List<int>(columns.Count);
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            if (used.Contains(column) || Array.IndexOf(alsoKept, i) >= 0 || IsKey(table, column)) kept.Add(i);
        }
        return kept.ToArray();
    }

    private static bool IsKey(VirtualTable table, EntityColumn column) => table switch
    {
        EntityDefinition entity => entity.IdColumn == column,
        ChildTableDefinition child => child.ParentKey == column,
        _ => false,
    };
}
