using System.Globalization;
using System.Text;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Core.Sql;

/// <summary>
/// Functions with OVER (PARTITION BY ... ORDER BY ... [ROWS|RANGE frame]): the ranking functions, LAG/LEAD,
/// FIRST_VALUE/LAST_VALUE, PERCENT_RANK/CUME_DIST and the aggregates. SQLite's window semantics are the standard's,
/// as SQL Server's are (default frame RANGE UNBOUNDED PRECEDING with ORDER BY, NULLs sorting first).
/// </summary>
internal static class WindowFunctions
{
    private static readonly HashSet<string> Ranking = new(StringComparer.OrdinalIgnoreCase) { "ROW_NUMBER", "RANK", "DENSE_RANK", "NTILE" };

    public static BoundExpr Bind(FunctionCall call, ExpressionBinder binder, Place place)
    {
        var name = call.FunctionName.Value.ToUpperInvariant();
        ExpressionBinder.CheckAllowed($"The window function {name}", place.Windows, place);
        var inner = place with { Windows = false, Clause = "a window function's argument" };
        var (over, overParts) = Over(call.OverClause, binder, inner, name);

        if (AggregateFunctions.IsAggregate(name))
        {
            var aggregate = AggregateFunctions.Bind(call, binder, inner, over);
            return new BoundExpr(aggregate.Sql, aggregate.Type, ExprKind.Window, [aggregate, .. overParts]);
        }

        if (Ranking.Contains(name) && call.OverClause.OrderByClause is null)
            throw new ZohoOdbcException(SqlStates.SyntaxError, $"The function '{name}' must have an OVER clause with ORDER BY.");

        var args = call.Parameters.Select(p => binder.Scalar(p, inner)).ToArray();
        switch (name)
        {
            case "ROW_NUMBER" or "RANK" or "DENSE_RANK":
                Expect(name, args, 0, 0);
                return Window($"{name.ToLowerInvariant()}() {over}", SqlTypeInfo.BigInt(false), [], overParts);
            case "NTILE":
                Expect(name, args, 1, 1);
                if (args[0] is not { Kind: ExprKind.Literal, Value: long tiles } || tiles <= 0)
                    throw new ZohoOdbcException(SqlStates.SyntaxError, "The argument of NTILE must be a positive whole-number constant.");
                return Window($"ntile({tiles.ToString(CultureInfo.InvariantCulture)}) {over}", SqlTypeInfo.BigInt(false), args, overParts);
            case "LAG" or "LEAD":
            {
                Expect(name, args, 1, 3);
                RequireOrder(call, name);
                var value = args[0];
                var offset = args.Length > 1 ? args[1] : BoundExpr.ForLiteral(1L, SqlTypeInfo.BigInt(false));
                if (offset is not { Kind: ExprKind.Literal, Value: long n } || n < 0)
                    throw new ZohoOdbcException(SqlStates.SyntaxError, $"The offset of {name} must be a non-negative whole-number constant.");
                var type = value.Type.WithNullable(true);
                var fallback = args.Length > 2 ? Conversions.Convert(args[2], type) : null;
                var sql = $"{name.ToLowerInvariant()}({value.Sql}, {n.ToString(CultureInfo.InvariantCulture)}{(fallback is null ? "" : ", " + fallback.Sql)}) {over}";
                return Window(Typed(sql, type), type, fallback is null ? [value] : [value, fallback], overParts);
            }
            case "FIRST_VALUE" or "LAST_VALUE":
            {
                Expect(name, args, 1, 1);
                RequireOrder(call, name);
                var type = args[0].Type.WithNullable(true);
                return Window(Typed($"{name.ToLowerInvariant()}({args[0].Sql}) {over}", type), type, args, overParts);
            }
            case "PERCENT_RANK" or "CUME_DIST":
                Expect(name, args, 0, 0);
                RequireOrder(call, name);
                return Window($"{name.ToLowerInvariant()}() {over}", SqlTypeInfo.Double(false), [], overParts);
            default:
                throw UnsupportedSql.NotYet($"The window function {name}");
        }
    }

    private static string Typed(string sql, SqlTypeInfo type) =>
        type.Type == SqlDataType.VarChar ? $"({sql} COLLATE {SqliteSyntax.TextCollation})" : sql;

    private static BoundExpr Window(string sql, SqlTypeInfo type, IEnumerable<BoundExpr> args, IEnumerable<BoundExpr> overParts) =>
        new(sql, type, ExprKind.Window, [.. args, .. overParts]);

    private static void Expect(string name, BoundExpr[] args, int min, int max)
    {
        if (args.Length < min || args.Length > max)
            throw new ZohoOdbcException(SqlStates.SyntaxError, $"The function {name} takes {(min == max ? min.ToString(CultureInfo.InvariantCulture) : $"{min} to {max}")} argument(s).");
    }

    private static void RequireOrder(FunctionCall call, string name)
    {
        if (call.OverClause.OrderByClause is null)
            throw new ZohoOdbcException(SqlStates.SyntaxError, $"The function '{name}' must have an OVER clause with ORDER BY.");
    }

    private static (string Sql, List<BoundExpr> Parts) Over(OverClause clause, ExpressionBinder binder, Place place, string name)
    {
        var parts = new List<BoundExpr>();
        var sql = new StringBuilder("OVER (");
        if (clause.Partitions is { Count: > 0 } partitions)
        {
            sql.Append("PARTITION BY ");
            sql.AppendJoin(", ", partitions.Select(p =>
            {
                var bound = binder.Scalar(p, place);
                parts.Add(bound);
                return bound.Sql;
            }));
        }
        if (clause.OrderByClause is { } order)
        {
            if (parts.Count > 0) sql.Append(' ');
            sql.Append("ORDER BY ");
            sql.AppendJoin(", ", order.OrderByElements.Select(e =>
            {
                var bound = binder.Scalar(e.Expression, place);
                if (bound.Kind == ExprKind.Literal)
                    throw new ZohoOdbcException(SqlStates.SyntaxError, "Windowed functions do not support constants as ORDER BY clause expressions.");
                parts.Add(bound);
                return bound.Sql + (e.SortOrder == SortOrder.Descending ? " DESC" : "");
            }));
        }
        if (clause.WindowFrameClause is { } frame)
        {
            if (clause.OrderByClause is null) throw new ZohoOdbcException(SqlStates.SyntaxError, $"A window frame needs ORDER BY in the OVER clause of {name}.");
            sql.Append(frame.WindowFrameType == WindowFrameType.Rows ? " ROWS " : " RANGE ");
            if (frame.Bottom is null) sql.Append(Delimiter(frame.Top, frame.WindowFrameType));
            else sql.Append("BETWEEN ").Append(Delimiter(frame.Top, frame.WindowFrameType)).Append(" AND ").Append(Delimiter(frame.Bottom, frame.WindowFrameType));
        }
        sql.Append(')');
        return (sql.ToString(), parts);
    }

    private static string Delimiter(WindowDelimiter delimiter, WindowFrameType type)
    {
        string Offset()
        {
            if (type == WindowFrameType.Range) throw new ZohoOdbcException(SqlStates.SyntaxError, "RANGE is only supported with UNBOUNDED and CURRENT ROW.");
            return delimiter.OffsetValue is IntegerLiteral literal ? literal.Value : throw UnsupportedSql.NotYet("Window frame offsets that are not whole-number constants");
        }

        return delimiter.WindowDelimiterType switch
        {
            WindowDelimiterType.UnboundedPreceding => "UNBOUNDED PRECEDING",
            WindowDelimiterType.UnboundedFollowing => "UNBOUNDED FOLLOWING",
            WindowDelimiterType.CurrentRow => "CURRENT ROW",
            WindowDelimiterType.ValuePreceding => Offset() + " PRECEDING",
            WindowDelimiterType.ValueFollowing => Offset() + " FOLLOWING",
            _ => throw UnsupportedSql.NotYet($"The window frame bound {delimiter.WindowDelimiterType}"),
        };
    }
}
