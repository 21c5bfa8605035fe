namespace ZohoOdbc.Emulator.Data;

/// <summary>A task of a project (GET /projects/{id}/tasks).</summary>
public sealed record ProjectTask
{
    public required string TaskId { get; init; }
    public required string ProjectId { get; init; }
    public required string ProjectName { get; init; }
    public required string TaskName { get; init; }
    public required string Description { get; init; }
    public required decimal Rate { get; init; }
    /// <summary>active | inactive</summary>
    public required string Status { get; init; }
    public required string TotalHours { get; init; }
}
