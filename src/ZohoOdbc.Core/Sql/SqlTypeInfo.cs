using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Core.Sql;

/// <summary>
/// The full SQL type of a value: what <see cref="ResultColumn"/> reports for it.
/// Size is characters for VarChar, precision for Decimal, digits otherwise; Scale counts fractional digits.
/// </summary>
internal readonly record struct SqlTypeInfo(SqlDataType Type, int Size, short Scale, bool Nullable)
{
    /// <summary>Decimal precision SQL Server (and ODBC clients) accept at most.</summary>
    public const int MaxPrecision = 38;

    public static SqlTypeInfo VarChar(int size, bool nullable = true) => new(SqlDataType.VarChar, Math.Max(size, 1), 0, nullable);
    public static SqlTypeInfo Decimal(int precision, int scale, bool nullable = true) => new(SqlDataType.Decimal, precision, (short)scale, nullable);
    public static SqlTypeInfo Integer(bool nullable = true) => new(SqlDataType.Integer, 10, 0, nullable);
    public static SqlTypeInfo BigInt(bool nullable = true) => new(SqlDataType.BigInt, 19, 0, nullable);
    public static SqlTypeInfo Double(bool nullable = true) => new(SqlDataType.Double, 15, 0, nullable);
    public static SqlTypeInfo Bit(bool nullable = true) => new(SqlDataType.Bit, 1, 0, nullable);
    public static SqlTypeInfo Date(bool nullable = true) => new(SqlDataType.Date, 10, 0, nullable);
    public static SqlTypeInfo Timestamp(bool nullable = true) => new(SqlDataType.Timestamp, 19, 0, nullable);
    public static SqlTypeInfo Time(bool nullable = true) => new(SqlDataType.Time, 8, 0, nullable);

    public bool IsExactNumeric => Type is SqlDataType.Integer or SqlDataType.BigInt or SqlDataType.Decimal or SqlDataType.Bit;
    public bool IsNumeric => IsExactNumeric || Type == SqlDataType.Double;
    public bool IsTemporal => Type is SqlDataType.Date or SqlDataType.Timestamp;

    public SqlTypeInfo WithNullable(bool nullable) => this with { Nullable = nullable };

    /// <summary>How SQL Server spells the type, for messages.</summary>
    public override string ToString() => Type switch
    {
        SqlDataType.VarChar => $"varchar({Size})",
        SqlDataType.Decimal => $"decimal({Size},{Scale})",
        SqlDataType.Integer => "int",
        SqlDataType.BigInt => "bigint",
        SqlDataType.Double => "float",
        SqlDataType.Bit => "bit",
        SqlDataType.Date => "date",
        SqlDataType.Timestamp => "datetime",
        SqlDataType.Time => "time",
        _ => Type.ToString(),
    };
}
