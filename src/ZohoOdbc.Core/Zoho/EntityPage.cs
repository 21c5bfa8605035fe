namespace ZohoOdbc.Core.Zoho;

/// <summary>One page of a list: its rows (typed per the catalog) and whether Zoho has more.</summary>
internal sealed record EntityPage(int Number, IReadOnlyList<object?[]> Rows, bool HasMore);
