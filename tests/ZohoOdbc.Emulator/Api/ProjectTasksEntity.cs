using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>GET /projects/{project_id}/tasks and .../tasks/{id}.</summary>
internal static class ProjectTasksEntity
{
    public static EntityDefinition<ProjectTask> Definition { get; } = new()
    {
        EntityName = "Task",
        Collection = "projects/{parent_id}/tasks",
        ListKey = "tasks",
        DetailKey = "task",
        ReportName = "Tasks",
        ScopeModule = "projects",
        IdField = "task_id",
        Id = t => t.TaskId,
        ChildRecords = (data, projectId) => data.Projects.FirstOrDefault(p => p.ProjectId == projectId)?.Tasks,
        ParentName = "Project",
        Filters = new FilterCatalog<ProjectTask>(),
        Sorts = new SortCatalog<ProjectTask>().Text("task_name", t => t.TaskName).Number("rate", t => t.Rate),
        DefaultSortColumn = "task_name",
        DefaultSortOrder = "A",
        Views = new ViewCatalog<ProjectTask>().All("Status.All").Add("Status.Active", t => t.Status == "active"),
        DetailInfo = EmulatorJsonContext.Default.ProjectTask,
    };
}
