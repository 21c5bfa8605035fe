using System.Globalization;
using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Core.Sql;

/// <summary>
/// CONVERT(type, value, style): the date and time styles SQL Server documents (101 mm/dd/yyyy, 103 dd/mm/yyyy, 112
/// yyyymmdd, 120 ODBC canonical, 126 ISO 8601, ...) both ways between text and dates. Styles on other conversions
/// change nothing in SQL Server except for money and float text, which ZohoOdbc supports in style 0 only.
/// </summary>
internal static class ConvertStyles
{
    /// <summary>The styles the engine formats and parses (see <see cref="SqliteFunctions"/>).</summary>
    public static readonly IReadOnlySet<long> DateStyles = new HashSet<long>
    {
        0, 100, 1, 101, 2, 102, 3, 103, 4, 104, 5, 105, 6, 106, 7, 107, 10, 110, 11, 111, 12, 112, 20, 120, 21, 121, 23, 126, 127,
    };

    public static BoundExpr Bind(BoundExpr operand, SqlTypeInfo target, BoundExpr style, ConversionMode mode)
    {
        if (style is not { Kind: ExprKind.Literal, Value: long number })
            throw UnsupportedSql.NotYet("CONVERT with a style that is not a whole-number constant");
        var source = operand.Type;
        var result = target.WithNullable(source.Nullable || mode == ConversionMode.Try);
        var styleText = number.ToString(CultureInfo.InvariantCulture);

        if (target.Type == SqlDataType.VarChar && source.IsTemporal)
        {
            RequireDateStyle(number);
            var kind = SqliteSyntax.Literal(SqliteFunctions.TypeCode(source.Type));
            var text = $"{SqliteFunctions.StyledText}({operand.Sql}, {styleText}, {kind})";
            if (target.Size < TypeInference.MaxVarCharSize) text = $"substr({text}, 1, {target.Size})";
            return Conversions.Text(text, result, operand);
        }
        if (target.IsTemporal && (source.Type == SqlDataType.VarChar || operand.Kind == ExprKind.Parameter))
        {
            RequireDateStyle(number);
            if (operand.Kind == ExprKind.Parameter && !operand.Parameter!.IsInferred) operand.Parameter.Infer(SqlTypeInfo.VarChar(TypeInference.MaxVarCharSize));
            var kind = SqliteSyntax.Literal(SqliteFunctions.TypeCode(target.Type));
            return new BoundExpr($"{SqliteFunctions.ParseStyled}({operand.Sql}, {styleText}, {kind}, {(mode == ConversionMode.Try ? 1 : 0)})", result, children: [operand]);
        }
        if (target.Type == SqlDataType.VarChar && source.Type is SqlDataType.Double && number != 0)
            throw UnsupportedSql.NotYet($"CONVERT of float to text with style {styleText}");
        return Conversions.Convert(operand, target, mode);
    }

    private static void RequireDateStyle(long style)
    {
        if (!DateStyles.Contains(style))
            throw UnsupportedSql.NotYet($"CONVERT date style {style.ToString(CultureInfo.InvariantCulture)} (supported: {string.Join(", ", DateStyles.Order())})");
    }
}
