namespace ZohoOdbc.Core.Zoho.Json;

/// <summary>The <c>page_context</c> of a list answer (reference §5).</summary>
internal sealed class PageContext
{
    public int Page { get; set; }
    public int PerPage { get; set; }
    public bool HasMorePage { get; set; }
    public string? SortColumn { get; set; }
    public string? SortOrder { get; set; }
}
