namespace ZohoOdbc.Emulator.Data;

/// <summary>A project for a customer; total_hours and billable_hours add up its time entries.</summary>
public sealed record Project
{
    public required string ProjectId { get; init; }
    public required string ProjectName { get; init; }
    public required string CustomerId { get; init; }
    public required string CustomerName { get; init; }
    public required string Description { get; init; }
    /// <summary>active | inactive</summary>
    public required string Status { get; init; }
    /// <summary>fixed_cost_for_project | based_on_project_hours | based_on_task_hours | based_on_staff_hours</summary>
    public required string BillingType { get; init; }
    public required decimal Rate { get; init; }
    public required DateTimeOffset CreatedTime { get; init; }
    public required string TotalHours { get; init; }
    public required string BillableHours { get; init; }
    public required string BudgetType { get; init; }
    public required string BilledHours { get; init; }
    public required string UnBilledHours { get; init; }
    public required decimal BilledAmount { get; init; }
    public required decimal UnBilledAmount { get; init; }
    public required IReadOnlyList<ProjectTask> Tasks { get; init; }
}
