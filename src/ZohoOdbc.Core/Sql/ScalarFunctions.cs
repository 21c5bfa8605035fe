using System.Globalization;
using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Core.Sql;

/// <summary>
/// The built-in functions ZohoOdbc runs, by T-SQL name and by ODBC escape name ({fn UCASE(x)}), with
/// their argument checks and result types.
/// </summary>
internal static class ScalarFunctions
{
    private static readonly Dictionary<string, ScalarFunction> TSqlNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UPPER"] = ScalarFunction.Upper,
        ["LOWER"] = ScalarFunction.Lower,
        ["LEN"] = ScalarFunction.Length,
        ["ISNULL"] = ScalarFunction.Coalesce,
        ["COALESCE"] = ScalarFunction.Coalesce,
        ["ABS"] = ScalarFunction.Abs,
        ["ROUND"] = ScalarFunction.Round,
        ["YEAR"] = ScalarFunction.Year,
        ["MONTH"] = ScalarFunction.Month,
        ["DAY"] = ScalarFunction.Day,
    };

    private static readonly Dictionary<string, ScalarFunction> OdbcNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UCASE"] = ScalarFunction.Upper,
        ["LCASE"] = ScalarFunction.Lower,
        ["LENGTH"] = ScalarFunction.Length,
        ["IFNULL"] = ScalarFunction.Coalesce,
        ["ABS"] = ScalarFunction.Abs,
        ["ROUND"] = ScalarFunction.Round,
        ["YEAR"] = ScalarFunction.Year,
        ["MONTH"] = ScalarFunction.Month,
        ["DAYOFMONTH"] = ScalarFunction.Day,
    };

    private static readonly HashSet<string> Aggregates = new(StringComparer.OrdinalIgnoreCase)
    {
        "COUNT", "COUNT_BIG", "SUM", "AVG", "MIN", "MAX", "STDEV", "STDEVP", "VAR", "VARP", "STRING_AGG", "GROUPING", "CHECKSUM_AGG",
    };

    public static ScalarFunction Resolve(string name, bool odbcEscape)
    {
        if ((odbcEscape ? OdbcNames : TSqlNames).TryGetValue(name, out var function)) return function;
        if (Aggregates.Contains(name)) throw UnsupportedSql.NotYet($"The aggregate function {name.ToUpperInvariant()}");
        var known = odbcEscape ? OdbcNames.Keys : TSqlNames.Keys;
        throw new ZohoOdbcException(SqlStates.FeatureNotSupported,
            $"The function {name.ToUpperInvariant()} is not supported yet. Supported functions: {string.Join(", ", known)}.");
    }

    public static BoundFunction Bind(ScalarFunction function, string name, IReadOnlyList<BoundExpression> arguments)
    {
        var display = name.ToUpperInvariant();
        switch (function)
        {
            case ScalarFunction.Upper or ScalarFunction.Lower:
            {
                var argument = Single(arguments, display);
                var size = argument.Type.Type == SqlDataType.VarChar ? argument.Type.Size : TypeInference.DefaultCastLength;
                return new BoundFunction(function, arguments, SqlTypeInfo.VarChar(size, argument.Type.Nullable));
            }
            case ScalarFunction.Length:
                return new BoundFunction(function, arguments, SqlTypeInfo.Integer(Single(arguments, display).Type.Nullable));
            case ScalarFunction.Coalesce:
            {
                if (arguments.Count < 2 || (display is "ISNULL" or "IFNULL" && arguments.Count != 2))
                    throw ArgumentCount(display, display == "COALESCE" ? "at least 2" : "2");
                var typed = arguments.Where(a => a is not BoundLiteral { Value: null }).Select(a => a.Type).ToArray();
                var nullable = arguments.All(a => a.Type.Nullable);
                // ISNULL takes the first argument's type (SQL Server); COALESCE the highest-precedence type.
                var type = typed.Length == 0 ? SqlTypeInfo.Integer(true)
                    : display == "COALESCE" ? TypeInference.Common(typed, nullable)
                    : (arguments[0] is BoundLiteral { Value: null } ? typed[0] : arguments[0].Type).WithNullable(nullable);
                return new BoundFunction(function, arguments, type);
            }
            case ScalarFunction.Abs:
            {
                var argument = Single(arguments, display);
                var type = argument.Type.IsNumeric && argument.Type.Type != SqlDataType.Bit ? argument.Type : SqlTypeInfo.Double(argument.Type.Nullable);
                return new BoundFunction(function, arguments, type);
            }
            case ScalarFunction.Round:
            {
                if (arguments.Count == 3 && arguments[2] is BoundLiteral { Value: long truncate } && truncate != 0)
                    throw UnsupportedSql.NotYet("ROUND with a truncating third argument");
                if (arguments.Count is < 2 or > 3) throw ArgumentCount(display, "2");
                if (arguments[1] is not BoundLiteral { Value: long })
                    throw UnsupportedSql.NotYet("ROUND with a length that is not a whole-number constant");
                var value = arguments[0].Type;
                var type = value.IsNumeric && value.Type != SqlDataType.Bit ? value : SqlTypeInfo.Double(value.Nullable);
                return new BoundFunction(function, arguments.Take(2).ToArray(), type);
            }
            case ScalarFunction.Year or ScalarFunction.Month or ScalarFunction.Day:
            {
                var argument = Single(arguments, display);
                if (argument.Type.IsNumeric)
                    throw new ZohoOdbcException(SqlStates.DataTypeMismatch, $"{display} needs a date, not {argument.Type}.");
                var date = argument is BoundLiteral { Value: string text } ? new BoundLiteral(LiteralConversion.ParseDate(text), SqlTypeInfo.Date(false)) : argument;
                return new BoundFunction(function, [date], SqlTypeInfo.Integer(argument.Type.Nullable));
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(function), function, null);
        }
    }

    private static BoundExpression Single(IReadOnlyList<BoundExpression> arguments, string name) =>
        arguments.Count == 1 ? arguments[0] : throw ArgumentCount(name, "1");

    private static ZohoOdbcException ArgumentCount(string name, string expected) =>
        new(SqlStates.SyntaxError, string.Format(CultureInfo.InvariantCulture, "The function {0} takes {1} argument(s).", name, expected));
}
