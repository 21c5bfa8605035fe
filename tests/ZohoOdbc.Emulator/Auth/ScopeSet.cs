namespace ZohoOdbc.Emulator.Auth;

/// <summary>
/// The scopes of a grant ("ZohoBooks.invoices.READ,ZohoBooks.contacts.ALL"). A read needs
/// <c>&lt;Product&gt;.&lt;module&gt;.READ</c> or <c>.ALL</c>, or <c>&lt;Product&gt;.fullaccess.all</c> (widely used, accepted).
/// </summary>
public sealed class ScopeSet
{
    private readonly HashSet<string> scopes;

    public ScopeSet(string scope)
    {
        Text = scope;
        scopes = new HashSet<string>(
            scope.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            StringComparer.OrdinalIgnoreCase);
    }

    public string Text { get; }

    public bool IsEmpty => scopes.Count == 0;

    /// <param name="productPrefix">"ZohoBooks" or "ZohoInvoice".</param>
    /// <param name="module">e.g. "invoices", "settings".</param>
    public bool AllowsRead(string productPrefix, string module) =>
        scopes.Contains($"{productPrefix}.fullaccess.all")
        || scopes.Contains($"{productPrefix}.{module}.READ")
        || scopes.Contains($"{productPrefix}.{module}.ALL");
}
