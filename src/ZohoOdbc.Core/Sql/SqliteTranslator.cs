using System.Globalization;
using System.Text;
using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Core.Sql;

/// <summary>
/// Writes SQLite SQL for a bound query. Everything comes from the bound tree: identifiers are the
/// catalog's, quoted; strings are re-quoted; numbers are written by us; the user's text is never pasted.
/// Result columns are aliased c0, c1, ... so duplicate or empty names cannot clash.
/// </summary>
internal static class SqliteTranslator
{
    /// <summary>The alias of the one table in FROM.</summary>
    public const string TableAlias = "t0";

    public static string Translate(BoundQuery query)
    {
        var sql = new StringBuilder("SELECT ");
        for (var i = 0; i < query.SelectItems.Count; i++)
        {
            if (i > 0) sql.Append(", ");
            sql.Append(Scalar(query.SelectItems[i].Expression)).Append(" AS ").Append(Quote("c" + i.ToString(CultureInfo.InvariantCulture)));
        }
        if (query.Table is { } table) sql.Append(" FROM ").Append(Quote(table.Name)).Append(" AS ").Append(Quote(TableAlias));
        if (query.Where is { } where) sql.Append(" WHERE ").Append(Predicate(where));
        if (query.OrderBy.Count > 0)
        {
            sql.Append(" ORDER BY ");
            for (var i = 0; i < query.OrderBy.Count; i++)
            {
                var item = query.OrderBy[i];
                if (i > 0) sql.Append(", ");
                sql.Append(item.SelectOrdinal is { } ordinal ? (ordinal + 1).ToString(CultureInfo.InvariantCulture) : Scalar(item.Expression!));
                if (item.Descending) sql.Append(" DESC");
            }
        }
        if (query.Limit is not null || query.Offset is not null)
        {
            sql.Append(" LIMIT ").Append((query.Limit ?? -1).ToString(CultureInfo.InvariantCulture));
            if (query.Offset is { } offset) sql.Append(" OFFSET ").Append(offset.ToString(CultureInfo.InvariantCulture));
        }
        return sql.ToString();
    }

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string Predicate(BoundPredicate predicate) => predicate switch
    {
        BoundComparison c => $"({Scalar(c.Left)} {Operator(c.Operator)} {Scalar(c.Right)})",
        BoundAnd a => $"({Predicate(a.Left)} AND {Predicate(a.Right)})",
        BoundOr o => $"({Predicate(o.Left)} OR {Predicate(o.Right)})",
        BoundNot n => $"(NOT {Predicate(n.Operand)})",
        BoundIn i => $"({Scalar(i.Operand)} {(i.Negated ? "NOT IN" : "IN")} ({string.Join(", ", i.Values.Select(Scalar))}))",
        BoundBetween b => $"({Scalar(b.Operand)} {(b.Negated ? "NOT BETWEEN" : "BETWEEN")} {Scalar(b.Low)} AND {Scalar(b.High)})",
        BoundLike l => $"({Scalar(l.Operand)} {(l.Negated ? "NOT LIKE" : "LIKE")} {Scalar(l.Pattern)}{(l.Escape is null ? "" : " ESCAPE " + Scalar(l.Escape))})",
        BoundIsNull n => $"({Scalar(n.Operand)} IS {(n.Negated ? "NOT NULL" : "NULL")})",
        _ => throw new ArgumentOutOfRangeException(nameof(predicate), predicate.GetType().Name, null),
    };

    public static string Scalar(BoundExpression expression) => expression switch
    {
        BoundColumn c => Quote(TableAlias) + "." + Quote(c.Column.Name),
        BoundLiteral l => Literal(l.Value),
        BoundNegate n => $"(-{Scalar(n.Operand)})",
        BoundArithmetic a => a.Operator switch
        {
            ArithmeticOperator.Add => $"({Scalar(a.Left)} + {Scalar(a.Right)})",
            ArithmeticOperator.Subtract => $"({Scalar(a.Left)} - {Scalar(a.Right)})",
            ArithmeticOperator.Multiply => $"({Scalar(a.Left)} * {Scalar(a.Right)})",
            ArithmeticOperator.Divide => $"({Scalar(a.Left)} / {SqliteFunctions.Divisor}({Scalar(a.Right)}))",
            ArithmeticOperator.Modulo => $"({Scalar(a.Left)} % {SqliteFunctions.Divisor}({Scalar(a.Right)}))",
            ArithmeticOperator.Concatenate => $"({Scalar(a.Left)} || {Scalar(a.Right)})",
            _ => throw new ArgumentOutOfRangeException(nameof(expression), a.Operator, null),
        },
        BoundFunction f => Function(f),
        BoundCast c => Cast(c),
        _ => throw new ArgumentOutOfRangeException(nameof(expression), expression.GetType().Name, null),
    };

    private static string Function(BoundFunction f)
    {
        var args = f.Arguments.Select(Scalar).ToArray();
        return f.Function switch
        {
            ScalarFunction.Upper => $"{SqliteFunctions.Upper}({args[0]})",
            ScalarFunction.Lower => $"{SqliteFunctions.Lower}({args[0]})",
            // LEN ignores trailing spaces.
            ScalarFunction.Length => $"length(rtrim({args[0]}, ' '))",
            ScalarFunction.Coalesce => $"coalesce({string.Join(", ", args)})",
            ScalarFunction.Abs => $"abs({args[0]})",
            ScalarFunction.Round => $"{SqliteFunctions.Round}({args[0]}, {args[1]})",
            ScalarFunction.Year => $"CAST(strftime('%Y', {args[0]}) AS INTEGER)",
            ScalarFunction.Month => $"CAST(strftime('%m', {args[0]}) AS INTEGER)",
            ScalarFunction.Day => $"CAST(strftime('%d', {args[0]}) AS INTEGER)",
            _ => throw new ArgumentOutOfRangeException(nameof(f), f.Function, null),
        };
    }

    private static string Cast(BoundCast cast)
    {
        var operand = Scalar(cast.Operand);
        var source = cast.Operand.Type;
        var target = cast.TargetType;
        switch (target.Type)
        {
            case SqlDataType.VarChar:
                // Amounts keep their decimals as SQL Server prints them (100.00, not 100.0).
                var text = source.Type switch
                {
                    SqlDataType.Decimal => $"printf('%.{source.Scale.ToString(CultureInfo.InvariantCulture)}f', {operand})",
                    SqlDataType.VarChar or SqlDataType.Date or SqlDataType.Timestamp => operand,
                    _ => $"CAST({operand} AS TEXT)",
                };
                return target.Size >= TypeInference.MaxVarCharSize ? text : $"substr({text}, 1, {target.Size.ToString(CultureInfo.InvariantCulture)})";
            case SqlDataType.Integer or SqlDataType.BigInt:
                return $"CAST({operand} AS INTEGER)";
            case SqlDataType.Decimal:
                return $"{SqliteFunctions.Round}(CAST({operand} AS REAL), {target.Scale.ToString(CultureInfo.InvariantCulture)})";
            case SqlDataType.Double:
                return $"CAST({operand} AS REAL)";
            case SqlDataType.Bit:
                return $"(CASE WHEN {operand} IS NULL THEN NULL WHEN {operand} <> 0 THEN 1 ELSE 0 END)";
            case SqlDataType.Date:
                return $"date({operand})";
            case SqlDataType.Timestamp:
                return $"datetime({operand})";
            default:
                throw new ArgumentOutOfRangeException(nameof(cast), target.Type, null);
        }
    }

    private static string Operator(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "=",
        ComparisonOperator.NotEqual => "<>",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        ComparisonOperator.GreaterOrEqual => ">=",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };

    /// <summary>A constant as SQLite reads it back with the same value and storage class.</summary>
    public static string Literal(object? value) => value switch
    {
        null => "NULL",
        string s => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'",
        long l => l.ToString(CultureInfo.InvariantCulture),
        // A decimal without a point would be an INTEGER to SQLite, and 5/2 would then divide as integers.
        decimal d => WithPoint(d.ToString(CultureInfo.InvariantCulture)),
        double d => WithPoint(d.ToString("R", CultureInfo.InvariantCulture)),
        bool b => b ? "1" : "0",
        DateOnly d => "'" + SqliteStorage.FormatDate(d) + "'",
        DateTime t => "'" + SqliteStorage.FormatTimestamp(t) + "'",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, null),
    };

    private static string WithPoint(string number) =>
        number.Contains('.', StringComparison.Ordinal) || number.Contains('E', StringComparison.OrdinalIgnoreCase) ? number : number + ".0";
}
