using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Sql;

/// <summary>
/// A column a FROM item offers: its name as SQL sees it, type, name in the SQLite text, whether SELECT * leaves it out
/// (detail-only columns, like SQL Server's HIDDEN columns, are read only when named), and the catalog column behind it.
/// </summary>
internal sealed record SourceColumn(string Name, SqlTypeInfo Type, string SqlName, bool Hidden = false, EntityColumn? Base = null);

/// <summary>
/// One item of a FROM clause as the binder sees it: the name qualifiers match (its alias, or the table's name), the
/// unique alias it gets in the SQLite text, and its columns. Nullable when it sits on the null-supplying side of an
/// outer join (its columns then report nullable).
/// </summary>
internal abstract class SourceBinding(string exposedName, string sqlAlias, IReadOnlyList<SourceColumn> columns)
{
    private readonly Dictionary<string, SourceColumn> byName = Index(columns);

    public string ExposedName { get; } = exposedName;

    public string SqlAlias { get; } = sqlAlias;

    public IReadOnlyList<SourceColumn> Columns { get; } = columns;

    public bool NullSupplied { get; set; }

    /// <summary>The other names a qualifier may use for this item ([catalog.][schema.]table when it has no alias).</summary>
    public virtual bool Matches(IReadOnlyList<string> qualifier) =>
        qualifier.Count == 1 && string.Equals(qualifier[0], ExposedName, StringComparison.OrdinalIgnoreCase);

    public virtual SourceColumn? Find(string name) => byName.GetValueOrDefault(name);

    public abstract string Describe();

    private static Dictionary<string, SourceColumn> Index(IReadOnlyList<SourceColumn> columns)
    {
        var index = new Dictionary<string, SourceColumn>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in columns) index.TryAdd(column.Name, column);
        return index;
    }
}

/// <summary>A derived table, a CTE reference or a VALUES list: columns c0, c1, ... of a subquery in the SQLite text.</summary>
internal sealed class DerivedSource(string exposedName, string sqlAlias, IReadOnlyList<SourceColumn> columns, string kind)
    : SourceBinding(exposedName, sqlAlias, columns)
{
    /// <summary>The table columns the derived table's columns show unchanged (see <see cref="BoundQuery.Passthrough"/>).</summary>
    public IReadOnlyList<BoundExpr?>? Passthrough { get; init; }

    public override string Describe() => $"{kind} {ExposedName}";
}
