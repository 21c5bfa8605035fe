namespace ZohoOdbc.Core.Engine;

/// <summary>A virtual table as the catalog functions show it.</summary>
public sealed record TableInfo(string Name, string Description, IReadOnlyList<ColumnInfo> Columns);

/// <summary>A column of a virtual table. Size and Scale as in <see cref="ResultColumn"/>.</summary>
public sealed record ColumnInfo(string Name, SqlDataType Type, int Size, short Scale, bool Nullable, string Description);
