using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Sql;

/// <summary>
/// What one statement's binding shares: the catalog, the ? markers, every table instance, the CTEs in force and
/// counters for the unique names of the SQLite text (s1.. for FROM items, t1.. for loaded tables, w1.. for CTEs).
/// </summary>
internal sealed class BindContext(EntityCatalog catalog, int parameterCount, CustomFieldCatalog? customFields = null)
{
    private int aliases;
    private int tables;
    private int ctes;

    public EntityCatalog Catalog { get; } = catalog;

    /// <summary>The organization's custom field columns (cf_*) of the tables the statement names.</summary>
    public CustomFieldCatalog CustomFields { get; } = customFields ?? CustomFieldCatalog.None;

    public IReadOnlyList<ParameterSlot> Parameters { get; } = Enumerable.Range(0, parameterCount).Select(i => new ParameterSlot(i)).ToArray();

    public List<TableInstance> Instances { get; } = [];

    /// <summary>CTEs by name; a CTE's own body sees only the ones defined before it.</summary>
    public Dictionary<string, CommonTableExpression> Ctes { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string NextAlias() => "s" + (++aliases).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string NextTable() => "t" + (++tables).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string NextCte() => "w" + (++ctes).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A bound CTE: its SQLite name and output columns.</summary>
internal sealed record CommonTableExpression(string Name, string SqlName, IReadOnlyList<OutputColumn> Columns);

/// <summary>
/// The FROM items visible to one query specification, and the enclosing query's scope for correlated references.
/// </summary>
internal sealed class BindScope(BindContext context, BindScope? outer)
{
    public BindContext Context { get; } = context;

    public BindScope? Outer { get; } = outer;

    public List<SourceBinding> Sources { get; } = [];

    /// <summary>Columns of enclosing queries read by this query (it is correlated when any).</summary>
    public List<BoundExpr> OuterReferences { get; } = [];
}
