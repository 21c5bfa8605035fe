namespace ZohoOdbc.Core.Sql;

internal enum JoinKind { Inner, Left, Right, Full, Cross }

/// <summary>
/// The FROM clause of one query specification as a tree of joins over its items, kept to decide which conditions
/// may pre-filter which table: a condition may filter a table's rows only where losing the rows that fail it cannot
/// change the answer (not on the preserved side of an outer join, and on a null-supplying side only when it rejects NULLs).
/// </summary>
internal abstract class FromNode
{
    public abstract IEnumerable<SourceBinding> Leaves { get; }

    public bool Contains(SourceBinding source) => Leaves.Contains(source);

    /// <summary>Whether <paramref name="source"/> is on the null-supplying side of an outer join within this subtree.</summary>
    public abstract bool NullSupplies(SourceBinding source);
}

internal sealed class FromLeaf(SourceBinding source) : FromNode
{
    public SourceBinding Source { get; } = source;

    public override IEnumerable<SourceBinding> Leaves => [Source];

    public override bool NullSupplies(SourceBinding source) => false;
}

internal sealed class FromJoin(FromNode left, FromNode right, JoinKind kind, BoundCondition? on) : FromNode
{
    public FromNode Left { get; } = left;
    public FromNode Right { get; } = right;
    public JoinKind Kind { get; } = kind;
    public BoundCondition? On { get; } = on;

    public override IEnumerable<SourceBinding> Leaves => Left.Leaves.Concat(Right.Leaves);

    public override bool NullSupplies(SourceBinding source) =>
        (Kind is JoinKind.Left or JoinKind.Full && Right.Contains(source))
        || (Kind is JoinKind.Right or JoinKind.Full && Left.Contains(source))
        || Left.NullSupplies(source) || Right.NullSupplies(source);

    /// <summary>Whether this join's ON condition filters the rows of <paramref name="source"/> (an inner join, or its null-supplying side).</summary>
    public bool OnFilters(SourceBinding source) => Kind switch
    {
        JoinKind.Inner => true,
        JoinKind.Left => Right.Contains(source),
        JoinKind.Right => Left.Contains(source),
        _ => false,
    };

    /// <summary>Whether <paramref name="source"/> is null-supplied below this join (within its own side).</summary>
    public bool NullSuppliedBelow(SourceBinding source) => Left.NullSupplies(source) || Right.NullSupplies(source);
}
