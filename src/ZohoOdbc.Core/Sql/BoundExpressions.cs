using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Sql;

// The bound form of a statement's expressions: names resolved against the catalog, every scalar typed.
// Built from the ScriptDom tree by ExpressionBinder; read by the SQLite translator and the pushdown planner.

/// <summary>A typed scalar expression.</summary>
internal abstract record BoundExpression(SqlTypeInfo Type);

internal sealed record BoundColumn(EntityColumn Column) : BoundExpression(Column.Type);

/// <summary>
/// A constant: null, string, long, decimal, double, bool, DateOnly or DateTime (the CLR type of <see cref="BoundExpression.Type"/>).
/// </summary>
internal sealed record BoundLiteral(object? Value, SqlTypeInfo LiteralType) : BoundExpression(LiteralType);

internal enum ArithmeticOperator { Add, Subtract, Multiply, Divide, Modulo, Concatenate }

internal sealed record BoundArithmetic(ArithmeticOperator Operator, BoundExpression Left, BoundExpression Right, SqlTypeInfo ResultType)
    : BoundExpression(ResultType);

internal sealed record BoundNegate(BoundExpression Operand) : BoundExpression(Operand.Type);

internal enum ScalarFunction { Upper, Lower, Length, Coalesce, Abs, Round, Year, Month, Day }

internal sealed record BoundFunction(ScalarFunction Function, IReadOnlyList<BoundExpression> Arguments, SqlTypeInfo ResultType)
    : BoundExpression(ResultType);

internal sealed record BoundCast(BoundExpression Operand, SqlTypeInfo TargetType) : BoundExpression(TargetType);

/// <summary>A search condition (WHERE).</summary>
internal abstract record BoundPredicate;

internal enum ComparisonOperator { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual }

internal sealed record BoundComparison(ComparisonOperator Operator, BoundExpression Left, BoundExpression Right) : BoundPredicate;

internal sealed record BoundAnd(BoundPredicate Left, BoundPredicate Right) : BoundPredicate;

internal sealed record BoundOr(BoundPredicate Left, BoundPredicate Right) : BoundPredicate;

internal sealed record BoundNot(BoundPredicate Operand) : BoundPredicate;

internal sealed record BoundIn(BoundExpression Operand, IReadOnlyList<BoundExpression> Values, bool Negated) : BoundPredicate;

internal sealed record BoundBetween(BoundExpression Operand, BoundExpression Low, BoundExpression High, bool Negated) : BoundPredicate;

internal sealed record BoundLike(BoundExpression Operand, BoundExpression Pattern, BoundExpression? Escape, bool Negated) : BoundPredicate;

internal sealed record BoundIsNull(BoundExpression Operand, bool Negated) : BoundPredicate;
