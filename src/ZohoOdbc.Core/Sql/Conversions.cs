using System.Globalization;
using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Core.Sql;

/// <summary>How a conversion was asked for: by SQL Server's type precedence, by CAST/CONVERT, or by TRY_CAST (NULL on failure).</summary>
internal enum ConversionMode { Implicit, Explicit, Try }

/// <summary>
/// Converts a bound expression to another SQL type with SQL Server's rules: constants are converted at bind time
/// (so a bad date in the text is 22007 at prepare), other values by SQLite expressions or, where SQLite's own
/// conversions differ from SQL Server's (text to numbers and dates, decimals to text), by the engine's functions.
/// </summary>
internal static class Conversions
{
    public static BoundExpr Convert(BoundExpr value, SqlTypeInfo target, ConversionMode mode = ConversionMode.Implicit)
    {
        var source = value.Type;
        var nullable = source.Nullable || mode == ConversionMode.Try;
        var result = target.WithNullable(nullable);

        if (value.Kind == ExprKind.Parameter && !value.Parameter!.IsInferred)
        {
            value.Parameter.Infer(target);
            return value;
        }
        if (value.IsNullLiteral) return BoundExpr.ForLiteral(null, target.WithNullable(true));
        if (value.Kind == ExprKind.Literal)
        {
            try
            {
                if (LiteralConversion.TryConvert(value.Value, value.Type, target) is { } folded)
                    return BoundExpr.ForLiteral(folded, result.WithNullable(false));
            }
            catch (ZohoOdbcException) when (mode == ConversionMode.Try)
            {
                return BoundExpr.ForLiteral(null, result.WithNullable(true));
            }
        }

        if (source.Type == target.Type)
        {
            return target.Type switch
            {
                SqlDataType.Decimal when target.Scale < source.Scale || target.Size < source.Size =>
                    Decimal($"{SqliteFunctions.Round}({value.Sql}, {target.Scale})", result, value),
                SqlDataType.VarChar when target.Size < source.Size && target.Size < TypeInference.MaxVarCharSize =>
                    Text($"substr({value.Sql}, 1, {target.Size})", result, value),
                _ => Same(value, result),
            };
        }

        var text = value.Sql;
        switch (target.Type)
        {
            case SqlDataType.VarChar:
            {
                var converted = source.Type switch
                {
                    SqlDataType.Integer or SqlDataType.BigInt or SqlDataType.Bit => $"CAST({text} AS TEXT)",
                    SqlDataType.Decimal => $"{SqliteFunctions.DecimalText}({text}, {source.Scale})",
                    SqlDataType.Double => $"{SqliteFunctions.FloatText}({text})",
                    SqlDataType.Date or SqlDataType.Timestamp or SqlDataType.Time => text,
                    _ => throw Impossible(source, target),
                };
                var length = target.Size;
                if (length < TypeInference.MaxVarCharSize)
                {
                    // Numbers that do not fit the length are an error in SQL Server (text is cut, dates too).
                    converted = source.IsNumeric
                        ? $"{SqliteFunctions.FitText}({converted}, {length}, {(mode == ConversionMode.Try ? 1 : 0)})"
                        : $"substr({converted}, 1, {length})";
                }
                return Text(converted, result, value);
            }
            case SqlDataType.Integer or SqlDataType.BigInt:
                return source.Type switch
                {
                    SqlDataType.Bit => Same(value, result),
                    SqlDataType.Decimal or SqlDataType.Double => new BoundExpr($"{SqliteFunctions.ToInteger}({text}, {Kind(target)}, {Try(mode)})", result, children: [value]),
                    SqlDataType.Integer or SqlDataType.BigInt => new BoundExpr($"{SqliteFunctions.ToInteger}({text}, {Kind(target)}, {Try(mode)})", result, children: [value]),
                    SqlDataType.VarChar => new BoundExpr($"{SqliteFunctions.Cast}({text}, {Kind(target)}, 0, 0, {Try(mode)})", result, children: [value]),
                    _ => throw Impossible(source, target),
                };
            case SqlDataType.Decimal:
                return source.Type switch
                {
                    SqlDataType.Integer or SqlDataType.BigInt or SqlDataType.Bit or SqlDataType.Double =>
                        Decimal($"{SqliteFunctions.ToDecimal}({text}, {target.Size}, {target.Scale}, {Try(mode)})", result, value),
                    SqlDataType.VarChar =>
                        Decimal($"{SqliteFunctions.Cast}({text}, {Kind(target)}, {target.Size}, {target.Scale}, {Try(mode)})", result, value),
                    _ => throw Impossible(source, target),
                };
            case SqlDataType.Double:
                return source.Type switch
                {
                    SqlDataType.Integer or SqlDataType.BigInt or SqlDataType.Bit or SqlDataType.Decimal => new BoundExpr($"CAST({text} AS REAL)", result, children: [value]),
                    SqlDataType.VarChar => new BoundExpr($"{SqliteFunctions.Cast}({text}, {Kind(target)}, 0, 0, {Try(mode)})", result, children: [value]),
                    _ => throw Impossible(source, target),
                };
            case SqlDataType.Bit:
                return source.Type switch
                {
                    SqlDataType.Integer or SqlDataType.BigInt or SqlDataType.Decimal or SqlDataType.Double =>
                        new BoundExpr($"(CASE WHEN {text} IS NULL THEN NULL WHEN {text} <> 0 THEN 1 ELSE 0 END)", result, children: [value]),
                    SqlDataType.VarChar => new BoundExpr($"{SqliteFunctions.Cast}({text}, {Kind(target)}, 0, 0, {Try(mode)})", result, children: [value]),
                    _ => throw Impossible(source, target),
                };
            case SqlDataType.Date:
                return source.Type switch
                {
                    SqlDataType.Timestamp => new BoundExpr($"substr({text}, 1, 10)", result, children: [value]),
                    SqlDataType.VarChar => new BoundExpr($"{SqliteFunctions.Cast}({text}, {Kind(target)}, 0, 0, {Try(mode)})", result, children: [value]),
                    _ => throw Impossible(source, target),
                };
            case SqlDataType.Timestamp:
                return source.Type switch
                {
                    SqlDataType.Date => new BoundExpr($"({text} || ' 00:00:00')", result, children: [value]),
                    // SQL Server: a time of day becomes that time on 1900-01-01.
                    SqlDataType.Time => new BoundExpr($"('1900-01-01 ' || {text})", result, children: [value]),
                    SqlDataType.VarChar => new BoundExpr($"{SqliteFunctions.Cast}({text}, {Kind(target)}, 0, 0, {Try(mode)})", result, children: [value]),
                    _ => throw Impossible(source, target),
                };
            case SqlDataType.Time:
                return source.Type switch
                {
                    // The time part of 'yyyy-MM-dd HH:mm:ss[.fffffff]'; a date has none (SQL Server refuses date → time).
                    SqlDataType.Timestamp => new BoundExpr($"substr({text}, 12)", result, children: [value]),
                    SqlDataType.VarChar => new BoundExpr($"{SqliteFunctions.Cast}({text}, {Kind(target)}, 0, 0, {Try(mode)})", result, children: [value]),
                    _ => throw Impossible(source, target),
                };
            default:
                throw Impossible(source, target);
        }
    }

    /// <summary>A decimal result, rounded to its scale so that it compares and groups exactly (see <see cref="SqliteStorage"/>).</summary>
    public static BoundExpr Decimal(string sql, SqlTypeInfo type, params BoundExpr[] children) =>
        new(IsRounded(sql) ? sql : $"{SqliteFunctions.Round}({sql}, {type.Scale})", type, children: children);

    /// <summary>A decimal division (or average): exact to its scale, also as text for result columns (see <see cref="BoundExpr.ExactSql"/>).</summary>
    public static BoundExpr Division(string dividend, string divisor, SqlTypeInfo type, params BoundExpr[] children) =>
        new($"{SqliteFunctions.Divide}({dividend}, {divisor}, {type.Scale}, 0)", type, children: children)
        {
            ExactSql = $"{SqliteFunctions.Divide}({dividend}, {divisor}, {type.Scale}, 1)",
        };

    private static bool IsRounded(string sql) =>
        sql.StartsWith(SqliteFunctions.Round + "(", StringComparison.Ordinal) || sql.StartsWith(SqliteFunctions.ToDecimal + "(", StringComparison.Ordinal)
        || sql.StartsWith(SqliteFunctions.Cast + "(", StringComparison.Ordinal) || sql.StartsWith(SqliteFunctions.Divide + "(", StringComparison.Ordinal);

    /// <summary>A text result, carrying SQL Server's default comparison rules.</summary>
    public static BoundExpr Text(string sql, SqlTypeInfo type, params BoundExpr[] children) =>
        new($"({sql} COLLATE {SqliteSyntax.TextCollation})", type, children: children);

    /// <summary>The value unchanged when only nullability or size differ (a column stays a column for pushdown).</summary>
    private static BoundExpr Same(BoundExpr value, SqlTypeInfo type) =>
        value.Type.Type == type.Type && value.Type.Scale == type.Scale ? value : new BoundExpr(value.Sql, type, children: [value]);

    private static string Kind(SqlTypeInfo type) => SqliteSyntax.Literal(SqliteFunctions.TypeCode(type.Type));

    private static string Try(ConversionMode mode) => mode == ConversionMode.Try ? "1" : "0";

    private static ZohoOdbcException Impossible(SqlTypeInfo source, SqlTypeInfo target) =>
        new(SqlStates.DataTypeMismatch, string.Format(CultureInfo.InvariantCulture,
            "Explicit conversion from data type {0} to {1} is not allowed.", Display(source), Display(target)));

    private static string Display(SqlTypeInfo type) => type.Type switch
    {
        SqlDataType.VarChar => "varchar",
        SqlDataType.Decimal => "decimal",
        _ => type.ToString(),
    };

    /// <summary>
    /// The type two values are compared or combined in, by SQL Server's data type precedence
    /// (datetime > date > float > decimal > bigint > int > bit > varchar).
    /// </summary>
    public static SqlTypeInfo Dominant(SqlTypeInfo a, SqlTypeInfo b) => TypeInference.Common([a, b], a.Nullable || b.Nullable);
}
