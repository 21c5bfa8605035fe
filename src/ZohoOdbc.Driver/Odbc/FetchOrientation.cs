namespace ZohoOdbc.Driver.Odbc;

/// <summary>SQLFetchScroll orientations; only NEXT exists on a forward-only cursor.</summary>
internal static class FetchOrientation
{
    public const short Next = 1;
}
