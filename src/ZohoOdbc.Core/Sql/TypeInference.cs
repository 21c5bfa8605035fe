using System.Globalization;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Core.Sql;

/// <summary>
/// Result types computed before execution, following SQL Server's rules closely enough for clients to
/// bind the right buffers: literal types, CAST targets, arithmetic precision and scale, common types.
/// </summary>
internal static class TypeInference
{
    /// <summary>What CAST(x AS VARCHAR) without a length means in SQL Server.</summary>
    public const int DefaultCastLength = 30;

    /// <summary>The size reported for VARCHAR(MAX).</summary>
    public const int MaxVarCharSize = 8000;

    public static BoundExpr IntegerLiteral(string text)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            // SQL Server types 3000000000 as decimal(10,0), not bigint.
            if (value <= int.MaxValue) return BoundExpr.ForLiteral(value, SqlTypeInfo.Integer(false));
        }
        return NumericLiteral(text);
    }

    /// <summary>1.50 is decimal(3,2); 0.5 is decimal(1,1), as in SQL Server.</summary>
    public static BoundExpr NumericLiteral(string text)
    {
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            throw new ZohoOdbcException(SqlStates.FeatureNotSupported,
                $"The number {text} has more digits than ZohoOdbc can compute with exactly (28).");
        var point = text.IndexOf('.');
        var scale = point < 0 ? 0 : text.Length - point - 1;
        var integerDigits = (point < 0 ? text : text[..point]).TrimStart('0').Length;
        return BoundExpr.ForLiteral(value, SqlTypeInfo.Decimal(Math.Max(integerDigits + scale, 1), scale, false));
    }

    public static BoundExpr StringLiteral(string value) => BoundExpr.ForLiteral(value, SqlTypeInfo.VarChar(value.Length, false));

    public static BoundExpr Null => BoundExpr.ForLiteral(null, SqlTypeInfo.Integer(true));

    /// <summary>
    /// Refuses values that SQL Server cannot put in one place (a date and a number in one CASE or comparison:
    /// "Operand type clash"); text converts to anything.
    /// </summary>
    public static void CheckCompatible(IReadOnlyList<SqlTypeInfo> types, string construct)
    {
        var temporal = types.FirstOrDefault(t => t.IsTemporal);
        var numeric = types.FirstOrDefault(t => t.IsNumeric);
        if (temporal.IsTemporal && numeric.IsNumeric)
            throw new ZohoOdbcException(SqlStates.DataTypeMismatch, $"Operand type clash: {temporal} is incompatible with {numeric} in {construct}.");
    }

    /// <summary>Integer types as the decimal precision SQL Server gives them in arithmetic.</summary>
    private static (int Precision, int Scale) AsDecimal(SqlTypeInfo type) => type.Type switch
    {
        SqlDataType.Decimal => (type.Size, type.Scale),
        SqlDataType.BigInt => (19, 0),
        SqlDataType.Bit => (1, 0),
        _ => (10, 0),
    };

    /// <summary>The result type of a numeric + - * / % (operands already numbers), by SQL Server's rules.</summary>
    public static SqlTypeInfo Arithmetic(string symbol, SqlTypeInfo left, SqlTypeInfo right)
    {
        var nullable = left.Nullable || right.Nullable;
        if (left.Type == SqlDataType.Double || right.Type == SqlDataType.Double)
            return SqlTypeInfo.Double(nullable);

        if (left.Type == SqlDataType.Decimal || right.Type == SqlDataType.Decimal)
        {
            var (p1, s1) = AsDecimal(left);
            var (p2, s2) = AsDecimal(right);
            int precision, scale;
            switch (symbol)
            {
                case "*":
                    precision = p1 + p2 + 1;
                    scale = s1 + s2;
                    break;
                case "/":
                    scale = Math.Max(6, s1 + p2 + 1);
                    precision = p1 - s1 + s2 + scale;
                    break;
                case "%":
                    scale = Math.Max(s1, s2);
                    precision = Math.Min(p1 - s1, p2 - s2) + scale;
                    break;
                default:
                    scale = Math.Max(s1, s2);
                    precision = Math.Max(p1 - s1, p2 - s2) + scale + 1;
                    break;
            }
            return Decimal(precision, scale, nullable);
        }

        return left.Type == SqlDataType.BigInt || right.Type == SqlDataType.BigInt
            ? SqlTypeInfo.BigInt(nullable)
            : SqlTypeInfo.Integer(nullable);
    }

    /// <summary>A decimal type capped at precision 38, giving up scale (but keeping at least 6) as SQL Server does.</summary>
    public static SqlTypeInfo Decimal(int precision, int scale, bool nullable)
    {
        if (precision > SqlTypeInfo.MaxPrecision)
        {
            var integerDigits = precision - scale;
            scale = Math.Max(SqlTypeInfo.MaxPrecision - integerDigits, Math.Min(scale, 6));
            precision = SqlTypeInfo.MaxPrecision;
        }
        return SqlTypeInfo.Decimal(precision, Math.Min(scale, precision), nullable);
    }

    /// <summary>
    /// The type of COALESCE(a, b, ...): the highest-precedence argument type (datetime > date > float >
    /// decimal > bigint > int > bit > varchar), a decimal wide enough for every exact number, the longest
    /// text. NULL literals are left out by the caller.
    /// </summary>
    public static SqlTypeInfo Common(IReadOnlyList<SqlTypeInfo> types, bool nullable)
    {
        var best = types.MaxBy(Precedence);
        switch (best.Type)
        {
            case SqlDataType.Decimal:
                var exact = types.Where(t => t.IsExactNumeric).Select(AsDecimal).ToArray();
                var scale = exact.Max(t => t.Scale);
                return Decimal(exact.Max(t => t.Precision - t.Scale) + scale, scale, nullable);
            case SqlDataType.VarChar:
                return SqlTypeInfo.VarChar(types.Max(t => t.Size), nullable);
            default:
                return best.WithNullable(nullable);
        }
    }

    private static int Precedence(SqlTypeInfo type) => type.Type switch
    {
        SqlDataType.Timestamp => 9,
        SqlDataType.Date => 8,
        SqlDataType.Time => 7,
        SqlDataType.Double => 6,
        SqlDataType.Decimal => 5,
        SqlDataType.BigInt => 4,
        SqlDataType.Integer => 3,
        SqlDataType.Bit => 2,
        _ => 1,
    };

    /// <summary>The type named in CAST/CONVERT.</summary>
    public static SqlTypeInfo FromDataType(DataTypeReference reference, bool nullable)
    {
        if (reference is not SqlDataTypeReference sqlType)
            throw UnsupportedSql.NotYet($"CAST to the type {string.Join(".", reference.Name.Identifiers.Select(i => i.Value))}");
        var parameters = sqlType.Parameters;

        int Parameter(int index, int fallback)
        {
            if (parameters.Count <= index) return fallback;
            return parameters[index] switch
            {
                IntegerLiteral i when int.TryParse(i.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
                MaxLiteral => -1,
                _ => throw new ZohoOdbcException(SqlStates.SyntaxError, $"The length or precision of {sqlType.SqlDataTypeOption} must be a whole number."),
            };
        }

        switch (sqlType.SqlDataTypeOption)
        {
            case SqlDataTypeOption.Int or SqlDataTypeOption.SmallInt or SqlDataTypeOption.TinyInt:
                return SqlTypeInfo.Integer(nullable);
            case SqlDataTypeOption.BigInt:
                return SqlTypeInfo.BigInt(nullable);
            case SqlDataTypeOption.Bit:
                return SqlTypeInfo.Bit(nullable);
            case SqlDataTypeOption.Decimal or SqlDataTypeOption.Numeric:
                var precision = Parameter(0, 18);
                var scale = Parameter(1, 0);
                if (precision is < 1 or > SqlTypeInfo.MaxPrecision || scale < 0 || scale > precision)
                    throw new ZohoOdbcException(SqlStates.SyntaxError,
                        $"decimal({precision},{scale}) is not a valid type: precision is 1 to 38 and scale 0 to the precision.");
                return SqlTypeInfo.Decimal(precision, scale, nullable);
            case SqlDataTypeOption.Money:
                return SqlTypeInfo.Decimal(19, 4, nullable);
            case SqlDataTypeOption.SmallMoney:
                return SqlTypeInfo.Decimal(10, 4, nullable);
            case SqlDataTypeOption.Float or SqlDataTypeOption.Real:
                return SqlTypeInfo.Double(nullable);
            case SqlDataTypeOption.Char or SqlDataTypeOption.NChar:
                throw UnsupportedSql.NotYet("CAST to fixed-length char (it pads with spaces): use varchar");
            case SqlDataTypeOption.VarChar or SqlDataTypeOption.NVarChar or SqlDataTypeOption.Text or SqlDataTypeOption.NText:
                var length = Parameter(0, DefaultCastLength);
                if (length == 0)
                    throw new ZohoOdbcException(SqlStates.SyntaxError, $"The length of {sqlType.SqlDataTypeOption} must be at least 1.");
                return SqlTypeInfo.VarChar(length < 0 ? MaxVarCharSize : length, nullable);
            case SqlDataTypeOption.Date:
                return SqlTypeInfo.Date(nullable);
            case SqlDataTypeOption.Time:
                return SqlTypeInfo.Time(nullable);
            case SqlDataTypeOption.DateTime or SqlDataTypeOption.DateTime2 or SqlDataTypeOption.SmallDateTime:
                return SqlTypeInfo.Timestamp(nullable);
            default:
                throw UnsupportedSql.NotYet($"CAST to {sqlType.SqlDataTypeOption.ToString().ToLowerInvariant()}");
        }
    }
}
