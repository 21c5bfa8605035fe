namespace ZohoOdbc.Emulator.Data;

/// <summary>Time logged by a user on a project task.</summary>
public sealed record TimeEntry
{
    public required string TimeEntryId { get; init; }
    public required string ProjectId { get; init; }
    public required string ProjectName { get; init; }
    public required string CustomerId { get; init; }
    public required string CustomerName { get; init; }
    public required string TaskId { get; init; }
    public required string TaskName { get; init; }
    public required string UserId { get; init; }
    public required string UserName { get; init; }
    public required DateOnly LogDate { get; init; }
    public required string BeginTime { get; init; }
    public required string EndTime { get; init; }
    /// <summary>"HH:MM".</summary>
    public required string LogTime { get; init; }
    public required bool IsBillable { get; init; }
    /// <summary>invoiced | unbilled</summary>
    public required string BilledStatus { get; init; }
    public required string InvoiceId { get; init; }
    public required string InvoiceNumber { get; init; }
    public required string Notes { get; init; }
    public string TimerStartedAt { get; init; } = "";
    public required DateTimeOffset CreatedTime { get; init; }
    public required decimal CostRate { get; init; }
}
