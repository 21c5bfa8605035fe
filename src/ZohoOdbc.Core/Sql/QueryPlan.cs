using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Sql;

/// <summary>How a table instance's rows are read.</summary>
internal enum AccessKind
{
    /// <summary>Walk a list endpoint (once per set of parameters: an IN list on a filter column walks it once per value).</summary>
    List,

    /// <summary>One detail call per id: WHERE invoice_id = '...' or IN (...).</summary>
    KeyLookup,

    /// <summary>A child table read from the records of given parent ids (WHERE invoice_id = '...' on the child).</summary>
    ChildOfKeys,

    /// <summary>A child table read from the records of the rows of the parent instance it is joined to.</summary>
    ChildOfJoinedParent,

    /// <summary>A child table read from the records of the parents a list of the parent entity finds.</summary>
    ChildOfParentList,

    /// <summary>A system table: no call.</summary>
    System,

    /// <summary>A condition that reads no row is false (WHERE 1 = 0, TOP 0): nothing to read.</summary>
    Skipped,
}

/// <summary>
/// The plan of one table instance, made at execution when ? values are known: the endpoint, the parameters Zoho
/// applies (one set per list walk), the conditions left to SQLite, the ids to read in detail, and whether the
/// instance's own detail-only columns need a detail call per row. Every condition is applied by SQLite as well,
/// so the parameters can only save calls.
/// </summary>
internal sealed class TableAccess
{
    public required TableInstance Instance { get; init; }

    public required AccessKind Kind { get; init; }

    /// <summary>The entity whose list is walked or whose records are read (the parent's for a child table).</summary>
    public EntityDefinition? Entity { get; init; }

    /// <summary>Filter parameters per list walk (one empty set: the whole list).</summary>
    public IReadOnlyList<IReadOnlyList<KeyValuePair<string, string>>> ParameterSets { get; init; } = [[]];

    public IReadOnlyList<KeyValuePair<string, string>> SortParameters { get; init; } = [];

    /// <summary>Ids to read in detail (KeyLookup, ChildOfKeys).</summary>
    public IReadOnlyList<string> Keys { get; init; } = [];

    /// <summary>The pre-filter conditions only SQLite applies.</summary>
    public IReadOnlyList<string> Local { get; init; } = [];

    /// <summary>For ChildOfJoinedParent: the parent's plan and the conditions its rows must pass to be read.</summary>
    public TableAccess? Parent { get; init; }

    public IReadOnlyList<string> ParentConditions { get; init; } = [];

    /// <summary>The instance reads detail-only columns: one detail call per row that passes the conditions on list columns.</summary>
    public bool ReadsOwnDetails { get; init; }

    /// <summary>Conditions on list columns only: they decide which rows need a detail call.</summary>
    public IReadOnlyList<string> ListConditions { get; init; } = [];

    public RowGoal? Goal { get; init; }

    /// <summary>Why a cheaper access was not possible, for EXPLAIN.</summary>
    public string? Note { get; init; }

    /// <summary>Whether any rows of this instance lead to further calls (details, children), so its list must be read even by EXPLAIN.</summary>
    public bool RowsDecideCalls { get; set; }

    public string Endpoint => Kind switch
    {
        AccessKind.List or AccessKind.ChildOfParentList => Entity!.ListPath + (ReadsDetail ? $" + {Entity.ListPath}/{{id}}" : ""),
        AccessKind.KeyLookup or AccessKind.ChildOfKeys or AccessKind.ChildOfJoinedParent => ChildEndpoint,
        AccessKind.System => "(none: computed by the driver)",
        _ => "(none)",
    };

    private string ChildEndpoint =>
        Instance.Table is ChildTableDefinition { NestedListPath: { } nested } ? nested.Replace("{0}", "{id}", StringComparison.Ordinal) : $"{Entity!.ListPath}/{{id}}";

    /// <summary>Whether the access reads records one by one (detail calls).</summary>
    public bool ReadsDetail => Kind is AccessKind.KeyLookup or AccessKind.ChildOfKeys or AccessKind.ChildOfJoinedParent or AccessKind.ChildOfParentList
        || ReadsOwnDetails;
}
