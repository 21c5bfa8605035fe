namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// A column whose equality filter is a fixed set of values, each sent as its own parameter value:
/// invoices.status = 'paid' → status=paid; contacts.status = 'active' → filter_by=Status.Active.
/// Values outside the set are never sent (Zoho would reject them with code 2).
/// </summary>
internal sealed record ApiValueFilter(string Parameter, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>The common case: the parameter is the column and the values are sent as written.</summary>
    public static ApiValueFilter Same(string parameter, params string[] values) =>
        new(parameter, values.ToDictionary(v => v, v => v, StringComparer.Ordinal));
}
