using System.Text.Json.Serialization;

namespace ZohoOdbc.Emulator.Api;

/// <summary>The page_context object of list responses; total and total_pages only when response_option asks for a count.</summary>
public sealed record PageContext
{
    public required int Page { get; init; }
    public required int PerPage { get; init; }
    public required bool HasMorePage { get; init; }
    public required string ReportName { get; init; }
    public required string AppliedFilter { get; init; }
    public required string SortColumn { get; init; }
    public required string SortOrder { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Total { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? TotalPages { get; init; }
}
