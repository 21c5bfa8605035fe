namespace ZohoOdbc.Core.Sql;

/// <summary>What a bound expression is, as far as planning and GROUP BY checks care.</summary>
internal enum ExprKind { Column, Literal, Parameter, Aggregate, Window, Subquery, Other }

/// <summary>
/// A bound scalar expression: its SQLite text (written by the binder from the typed tree, never pasted from the
/// user), its SQL type (what SQLDescribeCol reports), and the structure planning needs: the column or constant it is,
/// its operands, the FROM items it reads, and whether it holds aggregates, window functions or subqueries.
/// </summary>
internal sealed class BoundExpr
{
    private readonly SqlTypeInfo type;

    public BoundExpr(string sql, SqlTypeInfo type, ExprKind kind = ExprKind.Other, IReadOnlyList<BoundExpr>? children = null)
    {
        Sql = sql;
        this.type = type;
        Kind = kind;
        Children = children ?? [];
        foreach (var child in Children)
        {
            HasAggregate |= child.HasAggregate;
            HasWindow |= child.HasWindow;
            HasSubquery |= child.HasSubquery;
            if (child.References.Count > 0) references.UnionWith(child.References);
        }
        HasAggregate |= kind == ExprKind.Aggregate;
        HasWindow |= kind == ExprKind.Window;
    }

    private readonly HashSet<SourceBinding> references = [];

    public string Sql { get; }

    /// <summary>The type; a parameter's comes from its slot, which context may fix after the marker was bound.</summary>
    public SqlTypeInfo Type => Parameter?.Type ?? type;

    public ExprKind Kind { get; }

    /// <summary>
    /// For a decimal division or average: SQLite text giving the exact result as decimal text (all 28 digits of .NET's
    /// decimal), used where the value leaves the engine (a result column) rather than the double that SQLite computes with.
    /// </summary>
    public string? ExactSql { get; init; }

    public IReadOnlyList<BoundExpr> Children { get; }

    /// <summary>The column, when <see cref="Kind"/> is Column.</summary>
    public SourceColumn? Column { get; private init; }

    /// <summary>The FROM item of <see cref="Column"/>.</summary>
    public SourceBinding? Source { get; private init; }

    /// <summary>The constant (typed as <see cref="Type"/> says), when <see cref="Kind"/> is Literal.</summary>
    public object? Value { get; private init; }

    public ParameterSlot? Parameter { get; private init; }

    /// <summary>The FROM items (of this query or an outer one) whose columns the expression reads.</summary>
    public IReadOnlySet<SourceBinding> References => references;

    public bool HasAggregate { get; }
    public bool HasWindow { get; }

    /// <summary>Holds a subquery other than an uncorrelated one whose values are known before this query's tables are read.</summary>
    public bool HasSubquery { get; private set; }

    /// <summary>The uncorrelated subquery this expression is, whose values can steer pushdown.</summary>
    public SubqueryValues? Deferred { get; private init; }

    /// <summary>Every uncorrelated subquery in the expression.</summary>
    public IEnumerable<SubqueryValues> DeferredSubqueries => (Deferred is null ? Array.Empty<SubqueryValues>() : [Deferred]).Concat(Children.SelectMany(c => c.DeferredSubqueries));

    public bool IsNullLiteral => Kind == ExprKind.Literal && Value is null;

    /// <summary>A constant or a parameter: a value known before any row is read.</summary>
    public bool IsValue => Kind is ExprKind.Literal or ExprKind.Parameter;

    public static BoundExpr ForColumn(SourceBinding source, SourceColumn column, SqlTypeInfo type)
    {
        var expr = new BoundExpr(SqliteSyntax.Quote(source.SqlAlias) + "." + SqliteSyntax.Quote(column.SqlName), type, ExprKind.Column)
        {
            Column = column,
            Source = source,
        };
        expr.references.Add(source);
        return expr;
    }

    /// <summary>A constant; text carries the T-SQL collation so it compares as SQL Server would.</summary>
    public static BoundExpr ForLiteral(object? value, SqlTypeInfo type) =>
        new(value is string ? $"({SqliteSyntax.Literal(value)} COLLATE {SqliteSyntax.TextCollation})" : SqliteSyntax.Literal(value), type, ExprKind.Literal)
        {
            Value = value,
        };

    public static BoundExpr ForParameter(ParameterSlot slot) =>
        new(slot.SqlText, slot.Type, ExprKind.Parameter) { Parameter = slot };

    /// <summary>
    /// A subquery; its operands are the columns of enclosing queries it reads (correlation). An uncorrelated one may
    /// be <paramref name="deferred"/>: evaluated before the tables of the enclosing query are read.
    /// </summary>
    public static BoundExpr ForSubquery(string sql, SqlTypeInfo type, IReadOnlyList<BoundExpr> outerColumns, SubqueryValues? deferred = null)
    {
        var expr = new BoundExpr(sql, type, ExprKind.Subquery, outerColumns) { Deferred = deferred };
        expr.HasSubquery = deferred is null;
        return expr;
    }

    public override string ToString() => Sql;
}
