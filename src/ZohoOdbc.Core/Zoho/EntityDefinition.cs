namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// A Zoho list endpoint exposed as a virtual table: <c>GET {ListPath}</c> answers rows under <c>{ListKey}</c>;
/// <c>GET {ListPath}/{id}</c> answers the full record under <c>{DetailKey}</c>. <see cref="ScopeModule"/> is the OAuth
/// scope module (ZohoBooks.{module}.READ) named in error messages. Rows nested in the record (line items, payment
/// applications, contact persons) are the <see cref="Children"/> tables.
/// </summary>
internal sealed class EntityDefinition : VirtualTable
{
    private readonly List<ChildTableDefinition> children = [];

    public EntityDefinition(string name, string description, string listPath, string listKey, string scopeModule,
        IReadOnlyList<EntityColumn> columns, string? detailKey = null, string? idColumn = null, bool inInvoice = true)
        : base(name, description, columns)
    {
        ListPath = listPath;
        ListKey = listKey;
        ScopeModule = scopeModule;
        DetailKey = detailKey;
        InInvoice = inInvoice;
        IdColumn = FindColumn(idColumn ?? columns[0].Name) ?? throw new ArgumentException($"{name} has no column {idColumn}", nameof(idColumn));
    }

    public string ListPath { get; }
    public string ListKey { get; }
    public string ScopeModule { get; }

    /// <summary>The key of the record in the detail answer; null when Zoho has no detail call for it.</summary>
    public string? DetailKey { get; }

    /// <summary>The column that <c>GET {ListPath}/{id}</c> takes.</summary>
    public EntityColumn IdColumn { get; }

    /// <summary>False for Books-only entities (bills, journals...), which Zoho Invoice does not have.</summary>
    public bool InInvoice { get; }

    public bool HasDetail => DetailKey is not null;

    public IReadOnlyList<ChildTableDefinition> Children => children;

    public string DetailPath(string id) => ListPath + "/" + Uri.EscapeDataString(id);

    internal void AddChild(ChildTableDefinition child) => children.Add(child);
}
