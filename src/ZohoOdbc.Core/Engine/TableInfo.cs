namespace ZohoOdbc.Core.Engine;

/// <summary>
/// A virtual table as the catalog functions show it. <see cref="Columns"/> ends with the organization's custom fields,
/// discovered (API calls, once per session) when first read past <see cref="FixedColumns"/>.
/// </summary>
public sealed record TableInfo(string Name, string Description, IReadOnlyList<ColumnInfo> Columns)
{
    /// <summary>The columns every organization has (keys, ids): reading them costs no call.</summary>
    public IReadOnlyList<ColumnInfo> FixedColumns => Columns is TableColumns columns ? columns.Own : Columns;
}

/// <summary>A column of a virtual table. Size and Scale as in <see cref="ResultColumn"/>.</summary>
public sealed record ColumnInfo(string Name, SqlDataType Type, int Size, short Scale, bool Nullable, string Description);
