namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// Where discovered custom fields outlive the session (the organization's encrypted cache file), so that other
/// connections and processes describe cf_ columns without API calls. Implementations swallow their own storage
/// failures: a store that cannot answer only means a discovery.
/// </summary>
internal interface ICustomFieldStore
{
    /// <summary>The fields kept for <paramref name="table"/>; null when none are.</summary>
    KeptCustomFields? Load(string table);

    void Save(string table, KeptCustomFields fields);

    /// <summary>Drops what is kept for <paramref name="table"/>: its records show a field it does not know.</summary>
    void Forget(string table);
}
