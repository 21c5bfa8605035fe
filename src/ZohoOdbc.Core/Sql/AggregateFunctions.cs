using Microsoft.SqlServer.TransactSql.ScriptDom;
using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Core.Sql;

/// <summary>
/// COUNT, COUNT_BIG, SUM, AVG, MIN, MAX, STRING_AGG, STDEV(P), VAR(P) with SQL Server's result types: SUM of int is int,
/// of decimal(p,s) decimal(38,s); AVG of int is int (truncated), of decimal(p,s) decimal(38,max(s,6)) truncated like
/// decimal division. The same SQL serves aggregates and their OVER (...) forms.
/// </summary>
internal static class AggregateFunctions
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "COUNT", "COUNT_BIG", "SUM", "AVG", "MIN", "MAX", "STRING_AGG", "STDEV", "STDEVP", "VAR", "VARP", "GROUPING", "CHECKSUM_AGG", "APPROX_COUNT_DISTINCT",
    };

    public static bool IsAggregate(string name) => Names.Contains(name);

    /// <summary>Binds an aggregate call; <paramref name="over"/> is the OVER (...) text when used as a window function.</summary>
    public static BoundExpr Bind(FunctionCall call, ExpressionBinder binder, Place place, string? over)
    {
        var name = call.FunctionName.Value.ToUpperInvariant();
        if (over is null) ExpressionBinder.CheckAllowed($"An aggregate ({name})", place.Aggregates, place);
        // An aggregate's argument holds no aggregate, except under OVER in a grouped query: SUM(SUM(x)) OVER (...).
        var inner = over is null ? place.InsideAggregate : place with { Windows = false, Clause = "a window function's argument" };
        var distinct = call.UniqueRowFilter == UniqueRowFilter.Distinct ? "DISTINCT " : "";
        if (distinct.Length > 0 && over is not null) throw new ZohoOdbcException(SqlStates.SyntaxError, "DISTINCT is not allowed with the OVER clause.");
        var suffix = over is null ? "" : " " + over;
        var parameters = call.Parameters;

        if (name is "COUNT" or "COUNT_BIG")
        {
            var type = name == "COUNT" ? SqlTypeInfo.Integer(false) : SqlTypeInfo.BigInt(false);
            if (parameters.Count == 1 && parameters[0] is ColumnReferenceExpression { ColumnType: ColumnType.Wildcard })
                return new BoundExpr($"count(*){suffix}", type, over is null ? ExprKind.Aggregate : ExprKind.Window);
            var argument = Single(call, binder, inner);
            return new BoundExpr($"count({distinct}{argument.Sql}){suffix}", type, over is null ? ExprKind.Aggregate : ExprKind.Window, [argument]);
        }

        if (call.WithinGroupClause is not null && name != "STRING_AGG")
            throw new ZohoOdbcException(SqlStates.SyntaxError, $"WITHIN GROUP is not allowed with {name}.");

        switch (name)
        {
            case "SUM":
            {
                var x = Numeric(Single(call, binder, inner), name);
                var type = x.Type.Type switch
                {
                    SqlDataType.Decimal => SqlTypeInfo.Decimal(SqlTypeInfo.MaxPrecision, x.Type.Scale, true),
                    _ => x.Type.WithNullable(true),
                };
                var sql = $"sum({distinct}{x.Sql}){suffix}";
                if (type.Type != SqlDataType.Decimal) return Result(sql, type, over, x);
                // In result columns the exact decimal total; inside other expressions the double one (15 significant digits).
                return new BoundExpr($"{SqliteFunctions.Round}({sql}, {type.Scale})", type, over is null ? ExprKind.Aggregate : ExprKind.Window, [x])
                {
                    ExactSql = over is null ? ExactSum(distinct, x) : null,
                };
            }
            case "AVG":
            {
                var x = Numeric(Single(call, binder, inner), name);
                var sum = $"sum({distinct}{x.Sql}){suffix}";
                var count = $"count({distinct}{x.Sql}){suffix}";
                switch (x.Type.Type)
                {
                    case SqlDataType.Decimal:
                    {
                        var type = SqlTypeInfo.Decimal(SqlTypeInfo.MaxPrecision, Math.Max((int)x.Type.Scale, 6), true);
                        var average = Conversions.Division(sum, $"nullif({count}, 0)", type, x);
                        // The exact average divides the exact total (window frames have no custom aggregate: 15 digits there).
                        var exact = over is null ? Conversions.Division(ExactSum(distinct, x), $"nullif({count}, 0)", type, x).ExactSql : average.ExactSql;
                        return new BoundExpr(average.Sql, type, over is null ? ExprKind.Aggregate : ExprKind.Window, [x]) { ExactSql = exact };
                    }
                    case SqlDataType.Double:
                        return Result($"avg({distinct}{x.Sql}){suffix}", SqlTypeInfo.Double(true), over, x);
                    default:
                        // SQL Server averages integers in integer arithmetic: AVG(1, 2) is 1.
                        return Result($"({sum} / nullif({count}, 0))", x.Type.WithNullable(true), over, x);
                }
            }
            case "MIN" or "MAX":
            {
                var x = Single(call, binder, inner);
                var sql = $"{name.ToLowerInvariant()}({distinct}{x.Sql}){suffix}";
                var type = x.Type.WithNullable(true);
                return type.Type == SqlDataType.VarChar
                    ? new BoundExpr($"({sql} COLLATE {SqliteSyntax.TextCollation})", type, over is null ? ExprKind.Aggregate : ExprKind.Window, [x])
                    : Result(sql, type, over, x);
            }
            case "STRING_AGG":
            {
                if (over is not null) throw new ZohoOdbcException(SqlStates.SyntaxError, "STRING_AGG cannot be used with OVER.");
                if (parameters.Count != 2) throw new ZohoOdbcException(SqlStates.SyntaxError, "The STRING_AGG function requires 2 arguments.");
                var value = BuiltinFunctions.AsText(binder.Scalar(parameters[0], inner));
                var separator = binder.Scalar(parameters[1], inner);
                if (separator.Kind != ExprKind.Literal || separator.Value is not string)
                    throw new ZohoOdbcException(SqlStates.SyntaxError, "The separator of STRING_AGG must be a text constant.");
                var order = "";
                var children = new List<BoundExpr> { value };
                if (call.WithinGroupClause is { } within)
                {
                    var items = within.OrderByClause.OrderByElements.Select(e =>
                    {
                        var key = binder.Scalar(e.Expression, inner);
                        children.Add(key);
                        return key.Sql + (e.SortOrder == SortOrder.Descending ? " DESC" : "");
                    });
                    order = " ORDER BY " + string.Join(", ", items);
                }
                var sql = $"group_concat({distinct}{value.Sql}, {separator.Sql}{order})";
                return new BoundExpr($"({sql} COLLATE {SqliteSyntax.TextCollation})", SqlTypeInfo.VarChar(TypeInference.MaxVarCharSize, true), ExprKind.Aggregate, children);
            }
            case "STDEV" or "STDEVP" or "VAR" or "VARP":
            {
                if (over is not null) throw UnsupportedSql.NotYet($"{name} with OVER");
                var x = Numeric(Single(call, binder, inner), name);
                var function = name switch
                {
                    "STDEV" => SqliteFunctions.StandardDeviation,
                    "STDEVP" => SqliteFunctions.StandardDeviationPopulation,
                    "VAR" => SqliteFunctions.Variance,
                    _ => SqliteFunctions.VariancePopulation,
                };
                return Result($"{function}({distinct}CAST({x.Sql} AS REAL))", SqlTypeInfo.Double(true), over, x);
            }
            default:
                throw UnsupportedSql.NotYet($"The aggregate function {name}");
        }
    }

    /// <summary>The exact decimal total of <paramref name="x"/> as text (SQLite's sum() adds doubles).</summary>
    private static string ExactSum(string distinct, BoundExpr x) => $"{SqliteFunctions.DecimalSum}({distinct}{x.Sql})";

    private static BoundExpr Result(string sql, SqlTypeInfo type, string? over, BoundExpr argument) =>
        new(sql, type, over is null ? ExprKind.Aggregate : ExprKind.Window, [argument]);

    private static BoundExpr Single(FunctionCall call, ExpressionBinder binder, Place inner)
    {
        if (call.Parameters.Count != 1)
            throw new ZohoOdbcException(SqlStates.SyntaxError, $"The {call.FunctionName.Value.ToUpperInvariant()} function requires 1 argument.");
        var argument = binder.Scalar(call.Parameters[0], inner);
        if (argument.HasAggregate && !inner.Aggregates) throw new ZohoOdbcException(SqlStates.SyntaxError, "Cannot perform an aggregate function on an expression containing an aggregate or a subquery.");
        if (argument.HasSubquery || argument.DeferredSubqueries.Any()) throw new ZohoOdbcException(SqlStates.SyntaxError, "Cannot perform an aggregate function on an expression containing an aggregate or a subquery.");
        if (argument.Kind == ExprKind.Parameter && !argument.Parameter!.IsInferred) argument.Parameter.Infer(SqlTypeInfo.Decimal(18, 2));
        return argument;
    }

    private static BoundExpr Numeric(BoundExpr value, string name)
    {
        if (value.IsNullLiteral) throw new ZohoOdbcException(SqlStates.DataTypeMismatch, $"Operand data type NULL is invalid for the {name} operator.");
        if (value.Type.Type is SqlDataType.VarChar or SqlDataType.Bit || value.Type.IsTemporal)
            throw new ZohoOdbcException(SqlStates.DataTypeMismatch, $"Operand data type {value.Type} is invalid for the {name} operator.");
        return value;
    }
}
