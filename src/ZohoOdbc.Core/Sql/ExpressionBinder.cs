using System.Globalization;
using System.Text;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Core.Sql;

/// <summary>Where an expression stands: which clause (for messages) and whether aggregates and window functions may appear.</summary>
internal readonly record struct Place(string Clause, bool Aggregates, bool Windows)
{
    public static readonly Place Where = new("the WHERE clause", false, false);
    public static readonly Place On = new("an ON clause", false, false);
    public static readonly Place GroupBy = new("the GROUP BY clause", false, false);
    public static readonly Place Select = new("the select list", true, true);
    public static readonly Place Having = new("the HAVING clause", true, false);
    public static readonly Place OrderBy = new("the ORDER BY clause", true, true);
    public static readonly Place Other = new("this clause", false, false);

    /// <summary>Inside an aggregate's argument: neither aggregates nor window functions.</summary>
    public Place InsideAggregate => this with { Aggregates = false, Windows = false, Clause = "an aggregate's argument" };
}

/// <summary>
/// Binds ScriptDom expressions and search conditions of one query specification: resolves names (42S22 unknown,
/// 42000 ambiguous), types every node as SQL Server would, converts operands by its type precedence, and writes
/// the SQLite text. Works from a whitelist: a node not handled here is 0A000 naming it, never passed through.
/// </summary>
internal sealed class ExpressionBinder(BindScope scope, QueryBinder queries)
{
    public BindScope Scope => scope;

    public BindContext Context => scope.Context;

    // ----- scalar expressions -----

    public BoundExpr Scalar(ScalarExpression expression, Place place) => expression switch
    {
        ColumnReferenceExpression column => Column(column),
        Literal literal => Literal(literal),
        ParenthesisExpression parenthesis => Scalar(parenthesis.Expression, place),
        UnaryExpression unary => Unary(unary, place),
        BinaryExpression binary => Binary(binary, place),
        FunctionCall call => FunctionCall(call, place),
        OdbcFunctionCall call => BuiltinFunctions.BindOdbc(call.Name.Value, call.Parameters, this, place),
        LeftFunctionCall left => BuiltinFunctions.Bind("LEFT", left.Parameters, this, place),
        RightFunctionCall right => BuiltinFunctions.Bind("RIGHT", right.Parameters, this, place),
        CoalesceExpression coalesce => BuiltinFunctions.Coalesce(coalesce.Expressions.Select(e => Scalar(e, place)).ToArray(), "COALESCE"),
        NullIfExpression nullIf => NullIf(nullIf, place),
        IIfCall iif => Case([(Condition(iif.Predicate, place), Scalar(iif.ThenExpression, place))], Scalar(iif.ElseExpression, place)),
        SearchedCaseExpression searched => Case(
            searched.WhenClauses.Select(w => (Condition(w.WhenExpression, place), Scalar(w.ThenExpression, place))).ToArray(),
            searched.ElseExpression is null ? null : Scalar(searched.ElseExpression, place)),
        SimpleCaseExpression simple => SimpleCase(simple, place),
        CastCall cast => Cast(cast.Parameter, cast.DataType, null, ConversionMode.Explicit, place),
        ConvertCall convert => Cast(convert.Parameter, convert.DataType, convert.Style, ConversionMode.Explicit, place),
        TryCastCall tryCast => Cast(tryCast.Parameter, tryCast.DataType, null, ConversionMode.Try, place),
        TryConvertCall tryConvert => Cast(tryConvert.Parameter, tryConvert.DataType, tryConvert.Style, ConversionMode.Try, place),
        ScalarSubquery subquery => queries.ScalarSubquery(subquery.QueryExpression, scope),
        VariableReference variable => Variable(variable),
        ParameterlessCall call => BuiltinFunctions.Parameterless(call.ParameterlessCallType),
        OdbcConvertSpecification => throw UnsupportedSql.NotYet("An ODBC type name outside {fn CONVERT(...)}"),
        GlobalVariableExpression global => throw UnsupportedSql.NotYet($"System variables ({global.Name})"),
        _ => throw UnsupportedSql.NotYet(UnsupportedSql.NameOf(expression)),
    };

    private BoundExpr Variable(VariableReference variable)
    {
        if (StatementText.ParameterIndex(variable.Name) is { } index && index < Context.Parameters.Count)
            return BoundExpr.ForParameter(Context.Parameters[index]);
        throw UnsupportedSql.NotYet($"Variables ({variable.Name})");
    }

    private BoundExpr Column(ColumnReferenceExpression column)
    {
        if (column.ColumnType == ColumnType.Wildcard) throw new ZohoOdbcException(SqlStates.SyntaxError, "* is only allowed in the select list and in COUNT(*).");
        if (column.ColumnType != ColumnType.Regular || column.MultiPartIdentifier is null)
            throw UnsupportedSql.NotYet($"The column reference {column.ColumnType}");
        var parts = column.MultiPartIdentifier.Identifiers.Select(i => i.Value).ToArray();
        return NameResolver.Resolve(scope, parts);
    }

    private static BoundExpr Literal(Literal literal) => literal switch
    {
        IntegerLiteral integer => TypeInference.IntegerLiteral(integer.Value),
        NumericLiteral numeric => TypeInference.NumericLiteral(numeric.Value),
        RealLiteral real => BoundExpr.ForLiteral(double.Parse(real.Value, NumberStyles.Float, CultureInfo.InvariantCulture), SqlTypeInfo.Double(false)),
        MoneyLiteral money => Money(money.Value),
        StringLiteral text => TypeInference.StringLiteral(text.Value),
        NullLiteral => TypeInference.Null,
        OdbcLiteral odbc => odbc.OdbcLiteralType switch
        {
            OdbcLiteralType.Date => BoundExpr.ForLiteral(LiteralConversion.ParseDate(odbc.Value), SqlTypeInfo.Date(false)),
            OdbcLiteralType.Timestamp => BoundExpr.ForLiteral(LiteralConversion.ParseTimestamp(odbc.Value), SqlTypeInfo.Timestamp(false)),
            OdbcLiteralType.Time => BoundExpr.ForLiteral(LiteralConversion.ParseTime(odbc.Value), SqlTypeInfo.Time(false)),
            OdbcLiteralType.Guid => TypeInference.StringLiteral(odbc.Value),
            _ => throw UnsupportedSql.NotYet($"ODBC {odbc.OdbcLiteralType.ToString().ToLowerInvariant()} literals"),
        },
        BinaryLiteral => throw UnsupportedSql.NotYet("Binary literals (0x...)"),
        DefaultLiteral => throw UnsupportedSql.NotYet("DEFAULT"),
        _ => throw UnsupportedSql.NotYet($"The literal {literal.Value}"),
    };

    private static BoundExpr Money(string text)
    {
        var digits = new string(text.SkipWhile(c => !char.IsAsciiDigit(c) && c != '.').ToArray());
        var value = decimal.Parse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return BoundExpr.ForLiteral(Math.Round(value, 4, MidpointRounding.AwayFromZero), SqlTypeInfo.Decimal(19, 4, false));
    }

    private BoundExpr Unary(UnaryExpression unary, Place place)
    {
        var operand = Scalar(unary.Expression, place);
        switch (unary.UnaryExpressionType)
        {
            case UnaryExpressionType.Positive:
                return operand;
            case UnaryExpressionType.Negative:
                if (operand.Kind == ExprKind.Parameter) operand.Parameter!.Infer(SqlTypeInfo.Integer());
                if (!operand.Type.IsNumeric && !operand.IsNullLiteral)
                    throw new ZohoOdbcException(SqlStates.DataTypeMismatch, $"Operand data type {operand.Type} is invalid for the minus operator.");
                return operand switch
                {
                    { Kind: ExprKind.Literal, Value: long l } => BoundExpr.ForLiteral(-l, operand.Type),
                    { Kind: ExprKind.Literal, Value: decimal d } => BoundExpr.ForLiteral(-d, operand.Type),
                    { Kind: ExprKind.Literal, Value: double d } => BoundExpr.ForLiteral(-d, operand.Type),
                    _ => new BoundExpr($"(-{operand.Sql})", operand.Type, children: [operand]),
                };
            default:
                throw UnsupportedSql.NotYet("The bitwise NOT operator (~)");
        }
    }

    private BoundExpr Binary(BinaryExpression binary, Place place)
    {
        var symbol = binary.BinaryExpressionType switch
        {
            BinaryExpressionType.Add => "+",
            BinaryExpressionType.Subtract => "-",
            BinaryExpressionType.Multiply => "*",
            BinaryExpressionType.Divide => "/",
            BinaryExpressionType.Modulo => "%",
            _ => throw UnsupportedSql.NotYet("Bitwise operators (&, |, ^)"),
        };
        return Arithmetic(symbol, Scalar(binary.FirstExpression, place), Scalar(binary.SecondExpression, place));
    }

    /// <summary>+ - * / % with SQL Server's result types: integer division, decimal precision and scale, + on text concatenates.</summary>
    public static BoundExpr Arithmetic(string symbol, BoundExpr left, BoundExpr right)
    {
        // A marker takes the other side's type (text when both are markers).
        if (left.Kind == ExprKind.Parameter && !left.Parameter!.IsInferred && !(right.Kind == ExprKind.Parameter && !right.Parameter!.IsInferred))
            left.Parameter.Infer(right.Type);
        if (right.Kind == ExprKind.Parameter && !right.Parameter!.IsInferred) right.Parameter.Infer(left.Type);

        if (left.IsNullLiteral && right.IsNullLiteral) return TypeInference.Null;
        var leftType = left.IsNullLiteral ? right.Type.WithNullable(true) : left.Type;
        var rightType = right.IsNullLiteral ? left.Type.WithNullable(true) : right.Type;
        var nullable = leftType.Nullable || rightType.Nullable;

        if (leftType.IsTemporal || rightType.IsTemporal)
            throw new ZohoOdbcException(SqlStates.DataTypeMismatch,
                $"The data types {leftType} and {rightType} are incompatible in the {symbol} operator: use DATEADD and DATEDIFF for dates.");

        if (leftType.Type == SqlDataType.VarChar && rightType.Type == SqlDataType.VarChar)
        {
            if (symbol != "+")
                throw new ZohoOdbcException(SqlStates.DataTypeMismatch, $"The data types {leftType} and {rightType} are incompatible in the {symbol} operator.");
            var type = SqlTypeInfo.VarChar(Math.Min(leftType.Size + rightType.Size, TypeInference.MaxVarCharSize), nullable);
            return Conversions.Text($"{left.Sql} || {right.Sql}", type, left, right);
        }

        // Text next to a number converts to the number's type (an error for text that is not a number).
        if (leftType.Type == SqlDataType.VarChar) { left = Conversions.Convert(left, rightType); leftType = left.Type; }
        if (rightType.Type == SqlDataType.VarChar) { right = Conversions.Convert(right, leftType); rightType = right.Type; }
        if (leftType.Type == SqlDataType.Bit && rightType.Type == SqlDataType.Bit)
            throw new ZohoOdbcException(SqlStates.DataTypeMismatch, $"The data types bit and bit are incompatible in the {symbol} operator.");

        var result = TypeInference.Arithmetic(symbol, leftType, rightType);
        var (l, r) = (left.Sql, right.Sql);
        switch (result.Type)
        {
            case SqlDataType.Double:
                l = leftType.Type == SqlDataType.Double ? l : $"CAST({l} AS REAL)";
                r = rightType.Type == SqlDataType.Double ? r : $"CAST({r} AS REAL)";
                return symbol switch
                {
                    "/" => new BoundExpr($"({l} / {SqliteFunctions.Divisor}({r}))", result, children: [left, right]),
                    "%" => new BoundExpr($"{SqliteFunctions.Modulo}({l}, {r})", result, children: [left, right]),
                    _ => new BoundExpr($"({l} {symbol} {r})", result, children: [left, right]),
                };
            case SqlDataType.Decimal:
                return symbol switch
                {
                    "/" => Conversions.Division(l, r, result, left, right),
                    "%" => Conversions.Decimal($"{SqliteFunctions.Modulo}({l}, {r})", result, left, right),
                    _ => Conversions.Decimal($"({l} {symbol} {r})", result, left, right),
                };
            default:
                // Integers: SQLite divides integers as SQL Server does (truncating toward zero).
                return symbol switch
                {
                    "/" => new BoundExpr($"({l} / {SqliteFunctions.Divisor}({r}))", result, children: [left, right]),
                    "%" => new BoundExpr($"({l} % {SqliteFunctions.Divisor}({r}))", result, children: [left, right]),
                    _ => new BoundExpr($"({l} {symbol} {r})", result, children: [left, right]),
                };
        }
    }

    private BoundExpr FunctionCall(FunctionCall call, Place place)
    {
        var name = call.FunctionName.Value;
        if (call.CallTarget is not null) throw UnsupportedSql.NotYet($"Qualified function names ({name})");
        if (call.OverClause is not null) return WindowFunctions.Bind(call, this, place);
        if (AggregateFunctions.IsAggregate(name)) return AggregateFunctions.Bind(call, this, place, over: null);
        if (call.UniqueRowFilter == UniqueRowFilter.Distinct) throw new ZohoOdbcException(SqlStates.SyntaxError, $"DISTINCT is only allowed in aggregate functions, not in {name.ToUpperInvariant()}.");
        return BuiltinFunctions.Bind(name, call.Parameters, this, place);
    }

    private BoundExpr NullIf(NullIfExpression nullIf, Place place)
    {
        var first = Scalar(nullIf.FirstExpression, place);
        var second = Scalar(nullIf.SecondExpression, place);
        var test = Comparison(ComparisonOperator.Equal, first, second);
        var type = first.Type.WithNullable(true);
        var sql = $"(CASE WHEN {test.Sql} THEN NULL ELSE {first.Sql} END)";
        return type.Type == SqlDataType.VarChar ? Conversions.Text(sql, type, first, second) : new BoundExpr(sql, type, children: [first, second]);
    }

    private BoundExpr SimpleCase(SimpleCaseExpression simple, Place place)
    {
        var input = Scalar(simple.InputExpression, place);
        var branches = simple.WhenClauses
            .Select(w => (Comparison(ComparisonOperator.Equal, input, Scalar(w.WhenExpression, place)), Scalar(w.ThenExpression, place)))
            .ToArray();
        return Case(branches, simple.ElseExpression is null ? null : Scalar(simple.ElseExpression, place), input);
    }

    /// <summary>CASE WHEN ... THEN ... ELSE ... END: the result type is the highest-precedence branch type.</summary>
    public static BoundExpr Case(IReadOnlyList<(BoundCondition When, BoundExpr Then)> branches, BoundExpr? otherwise, BoundExpr? input = null)
    {
        var results = branches.Select(b => b.Then).Append(otherwise ?? TypeInference.Null).ToArray();
        var type = CommonType(results, "CASE");
        var sql = new StringBuilder("(CASE");
        var children = new List<BoundExpr>();
        if (input is not null) children.Add(input);
        foreach (var (when, then) in branches)
        {
            var converted = Conversions.Convert(then, type);
            sql.Append(" WHEN ").Append(when.Sql).Append(" THEN ").Append(converted.Sql);
            children.AddRange(when.Operands);
            children.Add(converted);
        }
        if (otherwise is not null)
        {
            var converted = Conversions.Convert(otherwise, type);
            sql.Append(" ELSE ").Append(converted.Sql);
            children.Add(converted);
        }
        sql.Append(" END)");
        return new BoundExpr(sql.ToString(), type, children: children);
    }

    /// <summary>The type of values that appear in one place (CASE branches, COALESCE, UNION columns); NULLs take any type.</summary>
    public static SqlTypeInfo CommonType(IReadOnlyList<BoundExpr> values, string construct)
    {
        foreach (var value in values.Where(v => v.Kind == ExprKind.Parameter && !v.Parameter!.IsInferred))
            if (values.FirstOrDefault(v => !v.IsNullLiteral && v.Kind != ExprKind.Parameter) is { } typed) value.Parameter!.Infer(typed.Type);
        var typedValues = values.Where(v => !v.IsNullLiteral).Select(v => v.Type).ToArray();
        var nullable = values.Any(v => v.Type.Nullable);
        if (typedValues.Length == 0) return SqlTypeInfo.Integer(true);
        TypeInference.CheckCompatible(typedValues, construct);
        return TypeInference.Common(typedValues, nullable);
    }

    private BoundExpr Cast(ScalarExpression operandExpression, DataTypeReference dataType, ScalarExpression? style, ConversionMode mode, Place place)
    {
        var operand = Scalar(operandExpression, place);
        var target = TypeInference.FromDataType(dataType, operand.Type.Nullable);
        if (style is not null) return ConvertStyles.Bind(operand, target, Scalar(style, place), mode);
        return Conversions.Convert(operand, target, mode);
    }

    // ----- search conditions -----

    public BoundCondition Condition(BooleanExpression expression, Place place) => expression switch
    {
        BooleanParenthesisExpression parenthesis => Condition(parenthesis.Expression, place),
        BooleanBinaryExpression binary => Logical(binary.BinaryExpressionType == BooleanBinaryExpressionType.And ? ConditionKind.And : ConditionKind.Or,
            Condition(binary.FirstExpression, place), Condition(binary.SecondExpression, place)),
        BooleanNotExpression not => Not(Condition(not.Expression, place)),
        BooleanComparisonExpression comparison => Comparison(comparison, place),
        BooleanIsNullExpression isNull => IsNull(Scalar(isNull.Expression, place), isNull.IsNot),
        BooleanTernaryExpression ternary => Between(ternary, place),
        InPredicate inPredicate => In(inPredicate, place),
        LikePredicate like => Like(like, place),
        ExistsPredicate exists => queries.Exists(exists.Subquery.QueryExpression, scope),
        SubqueryComparisonPredicate quantified => Quantified(quantified, place),
        FullTextPredicate => throw UnsupportedSql.NotYet("Full-text search (CONTAINS, FREETEXT)"),
        _ => throw UnsupportedSql.NotYet(UnsupportedSql.NameOf(expression)),
    };

    public static BoundCondition Logical(ConditionKind kind, BoundCondition left, BoundCondition right) =>
        new($"({left.Sql} {(kind == ConditionKind.And ? "AND" : "OR")} {right.Sql})", kind, children: [left, right]);

    public static BoundCondition Not(BoundCondition operand) =>
        new($"(NOT {operand.Sql})", ConditionKind.Not, children: [operand]);

    private BoundCondition Comparison(BooleanComparisonExpression comparison, Place place)
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
        return Comparison(op, Scalar(comparison.FirstExpression, place), Scalar(comparison.SecondExpression, place));
    }

    /// <summary>A comparison after converting both sides to the type of higher precedence.</summary>
    public static BoundCondition Comparison(ComparisonOperator op, BoundExpr left, BoundExpr right)
    {
        (left, right) = Unify(left, right);
        return new BoundCondition($"({left.Sql} {OperatorText(op)} {right.Sql})", ConditionKind.Comparison, [left, right], op: op);
    }

    /// <summary>Both operands converted to the type SQL Server compares them in; a marker takes the other side's type.</summary>
    public static (BoundExpr Left, BoundExpr Right) Unify(BoundExpr left, BoundExpr right)
    {
        if (left.Kind == ExprKind.Parameter && !left.Parameter!.IsInferred && right.Kind != ExprKind.Parameter) left.Parameter.Infer(right.Type);
        if (right.Kind == ExprKind.Parameter && !right.Parameter!.IsInferred) right.Parameter.Infer(left.Type);
        if (left.IsNullLiteral || right.IsNullLiteral) return (left, right);
        if (left.Type.Type == right.Type.Type) return (left, right);
        TypeInference.CheckCompatible([left.Type, right.Type], "the comparison");
        var target = Conversions.Dominant(left.Type, right.Type);
        // Integers and decimals compare as numbers in SQLite: no conversion needed (and a column stays a column).
        if (left.Type.IsExactNumeric && right.Type.IsExactNumeric) return (left, right);
        if (left.Type.IsNumeric && right.Type.IsNumeric) return (left, right);
        return (left.Type.Type == target.Type ? left : Conversions.Convert(left, target), right.Type.Type == target.Type ? right : Conversions.Convert(right, target));
    }

    public static string OperatorText(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "=",
        ComparisonOperator.NotEqual => "<>",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        ComparisonOperator.GreaterOrEqual => ">=",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };

    private static BoundCondition IsNull(BoundExpr operand, bool negated) =>
        new($"({operand.Sql} IS {(negated ? "NOT NULL" : "NULL")})", ConditionKind.IsNull, [operand], negated: negated);

    private BoundCondition Between(BooleanTernaryExpression ternary, Place place)
    {
        var operand = Scalar(ternary.FirstExpression, place);
        var low = Scalar(ternary.SecondExpression, place);
        var high = Scalar(ternary.ThirdExpression, place);
        (operand, low) = Unify(operand, low);
        (operand, high) = Unify(operand, high);
        (low, _) = Unify(low, operand);
        var negated = ternary.TernaryExpressionType == BooleanTernaryExpressionType.NotBetween;
        return new BoundCondition($"({operand.Sql} {(negated ? "NOT BETWEEN" : "BETWEEN")} {low.Sql} AND {high.Sql})",
            ConditionKind.Between, [operand, low, high], negated: negated);
    }

    private BoundCondition In(InPredicate inPredicate, Place place)
    {
        var operand = Scalar(inPredicate.Expression, place);
        if (inPredicate.Subquery is not null) return queries.InSubquery(operand, inPredicate.Subquery.QueryExpression, inPredicate.NotDefined, scope);
        var values = inPredicate.Values.Select(v => Scalar(v, place)).ToList();
        foreach (var value in values) (operand, _) = Unify(operand, value);
        var converted = values.Select(v => Unify(operand, v).Right).ToArray();
        var negated = inPredicate.NotDefined;
        return new BoundCondition($"({operand.Sql} {(negated ? "NOT IN" : "IN")} ({string.Join(", ", converted.Select(v => v.Sql))}))",
            ConditionKind.In, [operand, .. converted], negated: negated);
    }

    private BoundCondition Like(LikePredicate like, Place place)
    {
        var operand = Scalar(like.FirstExpression, place);
        var pattern = Scalar(like.SecondExpression, place);
        var escape = like.EscapeExpression is null ? null : Scalar(like.EscapeExpression, place);
        if (like.OdbcEscape && escape is null) throw new ZohoOdbcException(SqlStates.SyntaxError, "{escape} needs a character.");
        foreach (var marker in new[] { operand, pattern, escape })
            if (marker is { Kind: ExprKind.Parameter } p && !p.Parameter!.IsInferred) p.Parameter.Infer(SqlTypeInfo.VarChar(TypeInference.MaxVarCharSize));
        if (escape is { Kind: ExprKind.Literal, Value: string e } && e.Length != 1)
            throw new ZohoOdbcException(SqlStates.SyntaxError, $"The ESCAPE of LIKE must be one character, not '{e}'.");
        operand = operand.Type.Type == SqlDataType.VarChar ? operand : Conversions.Convert(operand, SqlTypeInfo.VarChar(TypeInference.DefaultCastLength, operand.Type.Nullable));
        pattern = pattern.Type.Type == SqlDataType.VarChar ? pattern : Conversions.Convert(pattern, SqlTypeInfo.VarChar(TypeInference.DefaultCastLength, pattern.Type.Nullable));
        var negated = like.NotDefined;
        var call = $"{SqliteFunctions.Like}({operand.Sql}, {pattern.Sql}, {escape?.Sql ?? "NULL"})";
        var operands = escape is null ? new[] { operand, pattern } : [operand, pattern, escape];
        return new BoundCondition(negated ? $"(NOT {call})" : $"({call})", ConditionKind.Like, operands, negated: negated);
    }

    private BoundCondition Quantified(SubqueryComparisonPredicate predicate, Place place)
    {
        var operand = Scalar(predicate.Expression, place);
        var op = predicate.ComparisonType;
        if (predicate.SubqueryComparisonPredicateType == SubqueryComparisonPredicateType.Any && op == BooleanComparisonType.Equals)
            return queries.InSubquery(operand, predicate.Subquery.QueryExpression, negated: false, scope);
        if (predicate.SubqueryComparisonPredicateType == SubqueryComparisonPredicateType.All
            && op is BooleanComparisonType.NotEqualToBrackets or BooleanComparisonType.NotEqualToExclamation)
            return queries.InSubquery(operand, predicate.Subquery.QueryExpression, negated: true, scope);
        throw UnsupportedSql.NotYet($"Comparisons with {predicate.SubqueryComparisonPredicateType.ToString().ToUpperInvariant()} (other than = ANY and <> ALL)");
    }

    /// <summary>An aggregate or window function in a clause that does not allow it is SQL Server's error 147 / 4108.</summary>
    public static void CheckAllowed(string construct, bool allowed, Place place)
    {
        if (!allowed)
            throw new ZohoOdbcException(SqlStates.SyntaxError, $"{construct} may not appear in {place.Clause}.");
    }
}
