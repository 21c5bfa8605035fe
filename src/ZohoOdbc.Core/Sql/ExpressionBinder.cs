using System.Globalization;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Core.Sql;

/// <summary>
/// Binds ScriptDom expressions and search conditions: resolves columns against the FROM table (42S22
/// for unknown ones), types every node, folds constants that SQL Server would convert at compile time,
/// and rejects what ZohoOdbc does not run with 0A000 naming the construct. Works from a whitelist:
/// a node type not handled here is never passed through.
/// </summary>
internal sealed class ExpressionBinder(TableScope? scope)
{
    public BoundExpression BindScalar(ScalarExpression expression) => expression switch
    {
        ColumnReferenceExpression column => BindColumn(column),
        Literal literal => BindLiteral(literal),
        ParenthesisExpression parenthesis => BindScalar(parenthesis.Expression),
        UnaryExpression unary => BindUnary(unary),
        BinaryExpression binary => BindBinary(binary),
        FunctionCall call => BindFunctionCall(call),
        OdbcFunctionCall call => BindOdbcFunctionCall(call),
        CoalesceExpression coalesce => ScalarFunctions.Bind(ScalarFunction.Coalesce, "COALESCE", coalesce.Expressions.Select(BindScalar).ToArray()),
        CastCall cast => BindCast(cast.Parameter, cast.DataType, null, "CAST"),
        ConvertCall convert => BindCast(convert.Parameter, convert.DataType, convert.Style, "CONVERT"),
        ScalarSubquery => throw UnsupportedSql.NotYet("Subqueries"),
        VariableReference variable => throw UnsupportedSql.NotYet($"Variables ({variable.Name})"),
        GlobalVariableExpression global => throw UnsupportedSql.NotYet($"System variables ({global.Name})"),
        SearchedCaseExpression or SimpleCaseExpression => throw UnsupportedSql.NotYet("CASE"),
        IIfCall => throw UnsupportedSql.NotYet("IIF"),
        NullIfExpression => throw UnsupportedSql.NotYet("NULLIF"),
        LeftFunctionCall => throw UnsupportedSql.NotYet("The function LEFT"),
        RightFunctionCall => throw UnsupportedSql.NotYet("The function RIGHT"),
        TryCastCall => throw UnsupportedSql.NotYet("TRY_CAST"),
        TryConvertCall => throw UnsupportedSql.NotYet("TRY_CONVERT"),
        _ => throw UnsupportedSql.NotYet(UnsupportedSql.NameOf(expression)),
    };

    public BoundPredicate BindPredicate(BooleanExpression expression) => expression switch
    {
        BooleanParenthesisExpression parenthesis => BindPredicate(parenthesis.Expression),
        BooleanBinaryExpression binary => binary.BinaryExpressionType == BooleanBinaryExpressionType.And
            ? new BoundAnd(BindPredicate(binary.FirstExpression), BindPredicate(binary.SecondExpression))
            : new BoundOr(BindPredicate(binary.FirstExpression), BindPredicate(binary.SecondExpression)),
        BooleanNotExpression not => new BoundNot(BindPredicate(not.Expression)),
        BooleanComparisonExpression comparison => BindComparison(comparison),
        BooleanIsNullExpression isNull => new BoundIsNull(BindScalar(isNull.Expression), isNull.IsNot),
        BooleanTernaryExpression ternary => BindBetween(ternary),
        InPredicate inPredicate => BindIn(inPredicate),
        LikePredicate like => BindLike(like),
        ExistsPredicate => throw UnsupportedSql.NotYet("EXISTS"),
        SubqueryComparisonPredicate => throw UnsupportedSql.NotYet("Subqueries"),
        FullTextPredicate => throw UnsupportedSql.NotYet("Full-text search (CONTAINS, FREETEXT)"),
        _ => throw UnsupportedSql.NotYet(UnsupportedSql.NameOf(expression)),
    };

    private BoundExpression BindColumn(ColumnReferenceExpression column)
    {
        if (column.ColumnType == ColumnType.Wildcard) throw UnsupportedSql.NotYet("* inside an expression");
        if (column.ColumnType != ColumnType.Regular || column.MultiPartIdentifier is null)
            throw UnsupportedSql.NotYet($"The column reference {column.ColumnType}");
        var identifiers = column.MultiPartIdentifier.Identifiers;
        var name = identifiers[^1].Value;
        var written = string.Join(".", identifiers.Select(i => i.Value));
        if (scope is null)
            throw new ZohoOdbcException(SqlStates.ColumnNotFound, $"Column '{written}' does not exist: the query has no FROM clause.");
        if (identifiers.Count >= 2 && !scope.Matches(identifiers[^2].Value))
            throw new ZohoOdbcException(SqlStates.ColumnNotFound,
                $"Column '{written}' cannot be found: '{identifiers[^2].Value}' is not the table or alias of the FROM clause ({scope.Describe()}).");
        var entity = scope.Entity;
        var found = entity.FindColumn(name) ?? throw new ZohoOdbcException(SqlStates.ColumnNotFound,
            $"Column '{name}' does not exist in table '{entity.Name}'.{NameSuggestion.Hint(name, entity.Columns.Select(c => c.Name))}");
        return new BoundColumn(found);
    }

    private static BoundLiteral BindLiteral(Literal literal) => literal switch
    {
        IntegerLiteral integer => TypeInference.IntegerLiteral(integer.Value),
        NumericLiteral numeric => TypeInference.NumericLiteral(numeric.Value),
        RealLiteral real => new BoundLiteral(double.Parse(real.Value, NumberStyles.Float, CultureInfo.InvariantCulture), SqlTypeInfo.Double(false)),
        MoneyLiteral money => BindMoney(money.Value),
        StringLiteral text => TypeInference.StringLiteral(text.Value),
        NullLiteral => TypeInference.Null,
        OdbcLiteral odbc => odbc.OdbcLiteralType switch
        {
            OdbcLiteralType.Date => new BoundLiteral(LiteralConversion.ParseDate(odbc.Value), SqlTypeInfo.Date(false)),
            OdbcLiteralType.Timestamp => new BoundLiteral(LiteralConversion.ParseTimestamp(odbc.Value), SqlTypeInfo.Timestamp(false)),
            _ => throw UnsupportedSql.NotYet($"ODBC {odbc.OdbcLiteralType.ToString().ToLowerInvariant()} literals"),
        },
        BinaryLiteral => throw UnsupportedSql.NotYet("Binary literals (0x...)"),
        _ => throw UnsupportedSql.NotYet($"The literal {literal.Value}"),
    };

    private static BoundLiteral BindMoney(string text)
    {
        var digits = new string(text.SkipWhile(c => !char.IsAsciiDigit(c) && c != '.').ToArray());
        var value = decimal.Parse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return new BoundLiteral(Math.Round(value, 4, MidpointRounding.AwayFromZero), SqlTypeInfo.Decimal(19, 4, false));
    }

    private BoundExpression BindUnary(UnaryExpression unary)
    {
        var operand = BindScalar(unary.Expression);
        switch (unary.UnaryExpressionType)
        {
            case UnaryExpressionType.Positive:
                return operand;
            case UnaryExpressionType.Negative:
                if (!operand.Type.IsNumeric && operand is not BoundLiteral { Value: null })
                    throw new ZohoOdbcException(SqlStates.DataTypeMismatch, $"A {operand.Type} value cannot be negated.");
                // Fold -5 into a constant so it reads as one (for pushdown as much as for types).
                return operand switch
                {
                    BoundLiteral { Value: long l } literal => new BoundLiteral(-l, literal.Type),
                    BoundLiteral { Value: decimal d } literal => new BoundLiteral(-d, literal.Type),
                    BoundLiteral { Value: double d } literal => new BoundLiteral(-d, literal.Type),
                    _ => new BoundNegate(operand),
                };
            default:
                throw UnsupportedSql.NotYet("The bitwise NOT operator (~)");
        }
    }

    private BoundExpression BindBinary(BinaryExpression binary)
    {
        var (op, symbol) = binary.BinaryExpressionType switch
        {
            BinaryExpressionType.Add => (ArithmeticOperator.Add, "+"),
            BinaryExpressionType.Subtract => (ArithmeticOperator.Subtract, "-"),
            BinaryExpressionType.Multiply => (ArithmeticOperator.Multiply, "*"),
            BinaryExpressionType.Divide => (ArithmeticOperator.Divide, "/"),
            BinaryExpressionType.Modulo => (ArithmeticOperator.Modulo, "%"),
            _ => throw UnsupportedSql.NotYet("Bitwise operators (&, |, ^)"),
        };
        var left = BindScalar(binary.FirstExpression);
        var right = BindScalar(binary.SecondExpression);
        var type = TypeInference.Arithmetic(op, left.Type, right.Type, symbol);
        if (op == ArithmeticOperator.Add && type.Type == SqlDataType.VarChar) op = ArithmeticOperator.Concatenate;
        return new BoundArithmetic(op, left, right, type);
    }

    private BoundExpression BindFunctionCall(FunctionCall call)
    {
        var name = call.FunctionName.Value;
        if (call.OverClause is not null) throw UnsupportedSql.NotYet($"Window functions ({name.ToUpperInvariant()} ... OVER)");
        if (call.CallTarget is not null) throw UnsupportedSql.NotYet("Qualified function names");
        var function = ScalarFunctions.Resolve(name, odbcEscape: false);
        return ScalarFunctions.Bind(function, name, call.Parameters.Select(BindScalar).ToArray());
    }

    private BoundExpression BindOdbcFunctionCall(OdbcFunctionCall call)
    {
        var name = call.Name.Value;
        var function = ScalarFunctions.Resolve(name, odbcEscape: true);
        return ScalarFunctions.Bind(function, name, call.Parameters.Select(BindScalar).ToArray());
    }

    private BoundExpression BindCast(ScalarExpression operandExpression, DataTypeReference dataType, ScalarExpression? style, string keyword)
    {
        if (style is not null) throw UnsupportedSql.NotYet($"{keyword} with a style argument");
        var operand = BindScalar(operandExpression);
        var target = TypeInference.FromDataType(dataType, operand.Type.Nullable);
        if (operand is BoundLiteral literal && LiteralConversion.TryConvert(literal, target) is { } folded) return folded;
        return new BoundCast(operand, target);
    }

    private BoundPredicate BindComparison(BooleanComparisonExpression comparison)
    {
        var op = comparison.ComparisonType switch
        {
            BooleanComparisonType.Equals => ComparisonOperator.Equal,
            BooleanComparisonType.NotEqualToBrackets or BooleanComparisonType.NotEqualToExclamation => ComparisonOperator.NotEqual,
            BooleanComparisonType.LessThan => ComparisonOperator.Less,
            BooleanComparisonType.LessThanOrEqualTo or BooleanComparisonType.NotGreaterThan => ComparisonOperator.LessOrEqual,
            BooleanComparisonType.GreaterThan => ComparisonOperator.Greater,
            BooleanComparisonType.GreaterThanOrEqualTo or BooleanComparisonType.NotLessThan => ComparisonOperator.GreaterOrEqual,
            _ => throw UnsupportedSql.NotYet("Old-style outer joins (*= and =*)"),
        };
        var left = BindScalar(comparison.FirstExpression);
        var right = BindScalar(comparison.SecondExpression);
        (left, right) = (Coerce(left, right), Coerce(right, left));
        return new BoundComparison(op, left, right);
    }

    private BoundPredicate BindBetween(BooleanTernaryExpression ternary)
    {
        var operand = BindScalar(ternary.FirstExpression);
        var low = Coerce(BindScalar(ternary.SecondExpression), operand);
        var high = Coerce(BindScalar(ternary.ThirdExpression), operand);
        operand = Coerce(Coerce(operand, low), high);
        return new BoundBetween(operand, low, high, ternary.TernaryExpressionType == BooleanTernaryExpressionType.NotBetween);
    }

    private BoundPredicate BindIn(InPredicate inPredicate)
    {
        if (inPredicate.Subquery is not null) throw UnsupportedSql.NotYet("Subqueries (IN (SELECT ...))");
        var operand = BindScalar(inPredicate.Expression);
        var values = inPredicate.Values.Select(v => Coerce(BindScalar(v), operand)).ToArray();
        return new BoundIn(operand, values, inPredicate.NotDefined);
    }

    private BoundPredicate BindLike(LikePredicate like)
    {
        var operand = BindScalar(like.FirstExpression);
        var pattern = BindScalar(like.SecondExpression);
        var escape = like.EscapeExpression is null ? null : BindScalar(like.EscapeExpression);
        if (escape is BoundLiteral { Value: string e } && e.Length != 1)
            throw new ZohoOdbcException(SqlStates.SyntaxError, $"The ESCAPE of LIKE must be one character, not '{e}'.");
        // SQLite's LIKE has % and _ but not SQL Server's [a-z] sets: refuse rather than match them literally.
        if (pattern is BoundLiteral { Value: string p } && HasCharacterSet(p, escape is BoundLiteral { Value: string esc } ? esc[0] : null))
            throw UnsupportedSql.NotYet("LIKE patterns with [...] character sets");
        return new BoundLike(operand, pattern, escape, like.NotDefined);
    }

    private static bool HasCharacterSet(string pattern, char? escape)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            if (escape is not null && pattern[i] == escape) i++;
            else if (pattern[i] == '[') return true;
        }
        return false;
    }

    /// <summary>
    /// Converts a constant compared with a typed value the way SQL Server would: '2024-01-31' next to a
    /// date becomes a date, '100' next to an amount a number; a date next to a datetime becomes a datetime.
    /// </summary>
    private static BoundExpression Coerce(BoundExpression value, BoundExpression other)
    {
        var target = other.Type;
        if (value.Type.Type == target.Type || other is BoundLiteral { Value: null }) return value;
        if (value is BoundLiteral literal && literal.Value is not null
            && (target.IsTemporal || (target.IsNumeric && literal.Value is string)))
            return LiteralConversion.TryConvert(literal, target) ?? value;
        if (value.Type.Type == SqlDataType.Date && target.Type == SqlDataType.Timestamp)
            return new BoundCast(value, SqlTypeInfo.Timestamp(value.Type.Nullable));
        return value;
    }
}
