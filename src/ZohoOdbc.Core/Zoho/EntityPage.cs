namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// One page of a list: its rows (typed per the catalog) and whether Zoho has more. <see cref="FromCache"/> marks a page
/// the cache answered, which cost no API call (MaxCallsPerQuery counts calls, not pages).
/// </summary>
internal sealed record EntityPage(int Number, IReadOnlyList<object?[]> Rows, bool HasMore)
{
    public bool FromCache { get; init; }
}
