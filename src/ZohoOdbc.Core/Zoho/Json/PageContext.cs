namespace ZohoOdbc.Core.Zoho.Json;

/// <summary>The <c>page_context</c> of a list answer (reference §5); total and total_pages only with response_option 1-3.</summary>
internal sealed class PageContext
{
    public int Page { get; set; }
    public int PerPage { get; set; }
    public bool HasMorePage { get; set; }
    public string? SortColumn { get; set; }
    public string? SortOrder { get; set; }
    public long? Total { get; set; }
    public long? TotalPages { get; set; }
}
