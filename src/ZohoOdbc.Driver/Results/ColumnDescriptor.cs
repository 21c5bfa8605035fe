using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Driver.Results;

/// <summary>One IRD record: a result column as ODBC describes it.</summary>
internal sealed record ColumnDescriptor(
    string Name,
    OdbcType Type,
    int ColumnSize,
    short DecimalDigits,
    bool Nullable,
    string? BaseTable = null,
    string? BaseColumn = null)
{
    /// <summary>
    /// The size reported for unbounded text. Positive (Power BI needs it) and not above 8000,
    /// where SQL Server linked servers and MSDASQL start to fail.
    /// </summary>
    public const int MaxTextSize = 8000;

    /// <summary>Catalog name columns (TABLE_NAME, COLUMN_NAME, ...) are this wide.</summary>
    public const int NameSize = 128;

    /// <summary>The catalog and schema of <see cref="BaseTable"/> (SQL_DESC_CATALOG_NAME / SCHEMA_NAME); null for computed columns.</summary>
    public string? BaseCatalog { get; init; }

    public string? BaseSchema { get; init; }

    public int DisplaySize => Type.DisplaySize(ColumnSize, DecimalDigits);

    public int OctetLength => Type.OctetLength(ColumnSize, DecimalDigits);

    public static ColumnDescriptor FromResult(ResultColumn column) =>
        Create(column.Name, column.Type, column.Size, column.Scale, column.Nullable, column.BaseTable, column.BaseColumn);

    public static ColumnDescriptor FromCatalog(string table, ColumnInfo column) =>
        Create(column.Name, column.Type, column.Size, column.Scale, column.Nullable, table, column.Name);

    /// <summary>A parameter marker described like a column (SQLDescribeParam).</summary>
    public static ColumnDescriptor FromParameter(ParameterDescription parameter) =>
        Create("", parameter.Type, parameter.Size, parameter.Scale, parameter.Nullable, null, null);

    /// <summary>A column of a driver-built result (catalog functions).</summary>
    public static ColumnDescriptor Metadata(string name, OdbcType type, bool nullable = true) =>
        new(name, type, type.IsCharacter ? NameSize : type.MaxColumnSize, 0, nullable);

    private static ColumnDescriptor Create(string name, SqlDataType type, int size, short scale, bool nullable, string? table, string? column) => type switch
    {
        SqlDataType.VarChar => new(name, OdbcType.VarChar, size is > 0 and <= MaxTextSize ? size : MaxTextSize, 0, nullable, table, column),
        SqlDataType.Decimal => new(name, OdbcType.Decimal, Math.Clamp(size, 1, OdbcType.Decimal.MaxColumnSize), Math.Max((short)0, scale), nullable, table, column),
        SqlDataType.Integer => new(name, OdbcType.Integer, OdbcType.Integer.MaxColumnSize, 0, nullable, table, column),
        SqlDataType.BigInt => new(name, OdbcType.BigInt, OdbcType.BigInt.MaxColumnSize, 0, nullable, table, column),
        SqlDataType.Double => new(name, OdbcType.Double, OdbcType.Double.MaxColumnSize, 0, nullable, table, column),
        SqlDataType.Bit => new(name, OdbcType.Bit, 1, 0, nullable, table, column),
        SqlDataType.Date => new(name, OdbcType.Date, OdbcType.Date.MaxColumnSize, 0, nullable, table, column),
        SqlDataType.Time => new(name, OdbcType.Time, OdbcType.Time.MaxColumnSize, 0, nullable, table, column),
        SqlDataType.Timestamp => scale > 0
            ? new(name, OdbcType.Timestamp, OdbcType.Timestamp.MaxColumnSize + 1 + scale, scale, nullable, table, column)
            : new(name, OdbcType.Timestamp, OdbcType.Timestamp.MaxColumnSize, 0, nullable, table, column),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Core produced a type the driver does not map."),
    };
}
