namespace ZohoOdbc.Core.Sql;

internal enum ConditionKind { And, Or, Not, Comparison, In, Between, Like, IsNull, Other }

internal enum ComparisonOperator { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual }

/// <summary>
/// A bound search condition: its SQLite text, and for the shapes pushdown understands (comparisons, IN, BETWEEN,
/// LIKE, IS NULL) the operands. <see cref="ConditionKind.Other"/> covers EXISTS, IN (subquery) and the like.
/// </summary>
internal sealed class BoundCondition
{
    private readonly HashSet<SourceBinding> references = [];

    public BoundCondition(string sql, ConditionKind kind, IReadOnlyList<BoundExpr>? operands = null, IReadOnlyList<BoundCondition>? children = null,
        ComparisonOperator op = ComparisonOperator.Equal, bool negated = false, IEnumerable<SourceBinding>? extraReferences = null, bool hasSubquery = false,
        SubqueryValues? deferred = null)
    {
        Deferred = deferred;
        Sql = sql;
        Kind = kind;
        Operands = operands ?? [];
        Children = children ?? [];
        Operator = op;
        Negated = negated;
        HasSubquery = hasSubquery;
        foreach (var operand in Operands)
        {
            references.UnionWith(operand.References);
            HasAggregate |= operand.HasAggregate;
            HasWindow |= operand.HasWindow;
            HasSubquery |= operand.HasSubquery;
        }
        foreach (var child in Children)
        {
            references.UnionWith(child.References);
            HasAggregate |= child.HasAggregate;
            HasWindow |= child.HasWindow;
            HasSubquery |= child.HasSubquery;
        }
        if (extraReferences is not null) references.UnionWith(extraReferences);
    }

    public string Sql { get; }
    public ConditionKind Kind { get; }
    public IReadOnlyList<BoundExpr> Operands { get; }
    public IReadOnlyList<BoundCondition> Children { get; }
    public ComparisonOperator Operator { get; }
    public bool Negated { get; }
    public bool HasAggregate { get; }
    public bool HasWindow { get; }
    public bool HasSubquery { get; }

    /// <summary>For <c>x IN (uncorrelated subquery)</c>: the subquery, whose values are the IN list.</summary>
    public SubqueryValues? Deferred { get; }

    /// <summary>Every uncorrelated subquery the condition reads: their tables must be read before it can filter anything.</summary>
    public IEnumerable<SubqueryValues> DeferredSubqueries =>
        (Deferred is null ? Array.Empty<SubqueryValues>() : [Deferred]).Concat(Operands.SelectMany(o => o.DeferredSubqueries)).Concat(Children.SelectMany(c => c.DeferredSubqueries));

    /// <summary>The FROM items (of this query or outer ones) the condition reads.</summary>
    public IReadOnlySet<SourceBinding> References => references;

    /// <summary>The top-level AND terms.</summary>
    public IEnumerable<BoundCondition> Conjuncts() => Kind == ConditionKind.And ? Children.SelectMany(c => c.Conjuncts()) : [this];

    /// <summary>
    /// False whenever a NULL in a column of <paramref name="source"/> makes it unknown: the plain comparisons, IN,
    /// BETWEEN and LIKE with that column as operand. Such a term may filter a null-supplying side of an outer join.
    /// </summary>
    public bool RejectsNullsOf(SourceBinding source) => Kind switch
    {
        ConditionKind.Comparison => Operands.Any(o => o.Kind == ExprKind.Column && o.Source == source),
        ConditionKind.In or ConditionKind.Between or ConditionKind.Like => Operands[0].Kind == ExprKind.Column && Operands[0].Source == source,
        ConditionKind.And => Children.Any(c => c.RejectsNullsOf(source)),
        _ => false,
    };

    /// <summary>
    /// The same condition over other columns: each operand whose SQL <paramref name="map"/> names is replaced (a derived
    /// table's column by the table column behind it), in the operands and in the SQL text (aliases are unique, so the
    /// quoted alias.column pair cannot appear by accident).
    /// </summary>
    public BoundCondition Retarget(IReadOnlyDictionary<string, BoundExpr> map)
    {
        var sql = Sql;
        foreach (var (from, to) in map) sql = sql.Replace(from, to.Sql, StringComparison.Ordinal);
        var operands = Operands.Select(o => map.GetValueOrDefault(o.Sql) ?? o).ToArray();
        var children = Children.Select(c => c.Retarget(map)).ToArray();
        return new BoundCondition(sql, Kind, operands, children, Operator, Negated, hasSubquery: HasSubquery, deferred: Deferred);
    }

    public override string ToString() => Sql;
}
