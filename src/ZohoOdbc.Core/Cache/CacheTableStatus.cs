namespace ZohoOdbc.Core.Cache;

/// <summary>
/// One table of one cache file, as <c>zoho-odbc cache status</c> and the system table show it. <see cref="Problem"/> is set
/// (and the table empty) for a file that cannot be read: damaged, or sealed under another key.
/// </summary>
public sealed record CacheTableStatus(
    string File,
    ZohoProduct Product,
    string OrganizationId,
    string Table,
    long Rows,
    long Records,
    long Answers,
    DateTimeOffset? LastFullLoad,
    DateTimeOffset? LastDelta,
    DateTimeOffset? LastReconciliation,
    long ListCalls,
    long DetailCalls,
    string? Problem = null)
{
    /// <summary>API calls spent on the table: list pages and record (detail) calls.</summary>
    public long ApiCalls => ListCalls + DetailCalls;

    /// <summary>When the table last matched Zoho.</summary>
    public DateTimeOffset? UpToDateAt => new[] { LastFullLoad, LastDelta, LastReconciliation }.Max();
}
