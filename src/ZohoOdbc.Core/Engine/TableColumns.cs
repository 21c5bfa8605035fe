using System.Collections;

namespace ZohoOdbc.Core.Engine;

/// <summary>
/// The columns of a catalog table: its own, then the organization's custom fields, which are discovered (API calls)
/// only when a caller first reads past the table's own columns' count or enumerates them, e.g. SQLColumns on the table.
/// </summary>
internal sealed class TableColumns(IReadOnlyList<ColumnInfo> own, Func<IReadOnlyList<ColumnInfo>> customFields) : IReadOnlyList<ColumnInfo>
{
    private readonly Lazy<IReadOnlyList<ColumnInfo>> all = new(() => [.. own, .. customFields()]);

    public IReadOnlyList<ColumnInfo> Own => own;

    public ColumnInfo this[int index] => index < own.Count ? own[index] : all.Value[index];

    public int Count => all.Value.Count;

    public IEnumerator<ColumnInfo> GetEnumerator() => all.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
