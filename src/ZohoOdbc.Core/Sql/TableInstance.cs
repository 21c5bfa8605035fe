using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Sql;

/// <summary>
/// One reference to a virtual table in the statement (a table named twice is two instances, each fetched for what
/// its own query needs). Collects what planning needs: the columns used (detail-only ones cost a call per row), the
/// conditions that may pre-filter its rows without changing the answer (<see cref="FetchFilters"/>: those Zoho can
/// apply become API parameters, the rest still decide which rows need detail calls), and for a child table the
/// parent instance it is joined to, whose rows are then the only parents whose records are read.
/// </summary>
internal sealed class TableInstance : SourceBinding
{
    private readonly HashSet<EntityColumn> used = [];
    private readonly string catalogName;
    private readonly string schemaName;
    private readonly bool aliased;

    public TableInstance(VirtualTable table, string? alias, string sqlAlias, string sqlTable, string catalogName, string schemaName, ZohoProduct product,
        CustomFieldCatalog? customFields = null)
        : base(alias ?? table.Name, sqlAlias, table.Columns.Select(c => new SourceColumn(c.Name, c.Type, c.Name, c.IsDetailOnly, c)).ToArray())
    {
        Table = table;
        SqlTable = sqlTable;
        this.catalogName = catalogName;
        this.schemaName = schemaName;
        aliased = alias is not null;
        Product = product;
        this.customFields = customFields ?? CustomFieldCatalog.None;
    }

    private readonly CustomFieldCatalog customFields;
    private readonly List<CustomFieldColumn> namedCustomFields = [];
    private readonly Dictionary<string, SourceColumn> customColumns = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A column of the table, or a typed custom field of the organization (cf_*). Custom fields are found only when
    /// named (SELECT * leaves them out, as it does detail-only columns), so a statement that names none costs no
    /// discovery call. A custom field's catalog column is the JSON column it is read from: naming it loads that column
    /// (with a detail call per row where it is detail-only), and no API filter applies to it.
    /// </summary>
    public override SourceColumn? Find(string name)
    {
        if (base.Find(name) is { } column) return column;
        if (!name.StartsWith("cf_", StringComparison.OrdinalIgnoreCase)) return null;
        if (customColumns.TryGetValue(name, out var known)) return known;
        if (customFields.For(Table).FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)) is not { } field) return null;
        namedCustomFields.Add(field);
        return customColumns[name] = new SourceColumn(field.Name, field.Type, field.Name, field.Source.IsDetailOnly, field.Source);
    }

    /// <summary>The custom fields the statement names, loaded after the table's own columns into its SQLite table.</summary>
    public IReadOnlyList<CustomFieldColumn> CustomFields => namedCustomFields;

    /// <summary>Books or Invoice: which filters the lists offer.</summary>
    public ZohoProduct Product { get; }

    public VirtualTable Table { get; }

    /// <summary>The SQLite table the instance's rows are loaded into.</summary>
    public string SqlTable { get; }

    public IReadOnlySet<EntityColumn> UsedColumns => used;

    /// <summary>Conditions on this instance alone that may filter its rows before the query runs.</summary>
    public List<BoundCondition> FetchFilters { get; } = [];

    /// <summary>For a child table: the parent instance it is joined to on its parent key, and conditions on that parent.</summary>
    public SemiJoin? ParentJoin { get; set; }

    /// <summary>ORDER BY one sortable column of a query that reads only this instance: Zoho's sort_column and sort_order.</summary>
    public (EntityColumn Column, bool Descending)? ApiSort { get; set; }

    /// <summary>TOP/FETCH rows of a query that reads only this instance, when paging may stop early.</summary>
    public RowGoal? Goal { get; set; }

    /// <summary>The WHERE clause the rows counted towards <see cref="Goal"/> must pass (SQLite text over this instance).</summary>
    public string? GoalCondition { get; set; }

    /// <summary>TOP/FETCH over this table alone: the ids of the rows the query returns (the only ones whose detail-only columns it needs).</summary>
    public string? GoalKeysSql { get; set; }

    /// <summary>Conditions that read no row (WHERE 1 = 0, TOP 0): when one is false the instance's rows cannot matter.</summary>
    public List<string> Guards { get; } = [];

    public void Use(EntityColumn column) => used.Add(column);

    /// <summary>A table named without alias answers to its name, schema.name and catalog.schema.name.</summary>
    public override bool Matches(IReadOnlyList<string> qualifier)
    {
        if (aliased) return base.Matches(qualifier);
        return qualifier.Count switch
        {
            1 => Same(qualifier[0], Table.Name),
            2 => Same(qualifier[0], schemaName) && Same(qualifier[1], Table.Name),
            3 => Same(qualifier[0], catalogName) && Same(qualifier[1], schemaName) && Same(qualifier[2], Table.Name),
            _ => false,
        };
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    public override string Describe() => ExposedName == Table.Name ? Table.Name : $"{Table.Name} AS {ExposedName}";
}

/// <summary>A child instance joined on its parent key to an instance of the parent entity.</summary>
internal sealed record SemiJoin(TableInstance Parent, IReadOnlyList<BoundCondition> ParentConditions);

/// <summary>
/// The query wants at most <see cref="Rows"/> rows of the instance's matches, in Zoho's order when
/// <see cref="SortColumn"/> is set (pushed as sort_column), in any order otherwise: paging stops once that many match.
/// </summary>
internal sealed record RowGoal(long Rows, EntityColumn? SortColumn, bool Descending);
