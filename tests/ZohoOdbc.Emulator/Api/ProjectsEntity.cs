using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>GET /projects and /projects/{id} (projects scope).</summary>
internal static class ProjectsEntity
{
    public static EntityDefinition<Project> Definition { get; } = new()
    {
        EntityName = "Project",
        Collection = "projects",
        ListKey = "projects",
        DetailKey = "project",
        ReportName = "Projects",
        ScopeModule = "projects",
        IdField = "project_id",
        Id = p => p.ProjectId,
        Records = data => data.Projects,
        Replace = (data, records) => data with { Projects = records },
        Filters = new FilterCatalog<Project>().Id("customer_id", p => p.CustomerId),
        Sorts = new SortCatalog<Project>()
            .Text("project_name", p => p.ProjectName)
            .Text("customer_name", p => p.CustomerName)
            .Number("rate", p => p.Rate)
            .Timestamp("created_time", p => p.CreatedTime),
        Views = new ViewCatalog<Project>()
            .All("Status.All")
            .Add("Status.Active", p => p.Status == "active")
            .Add("Status.Inactive", p => p.Status == "inactive"),
        DetailInfo = EmulatorJsonContext.Default.Project,
        DetailOnlyFields = ["budget_type", "billed_hours", "un_billed_hours", "billed_amount", "un_billed_amount", "tasks"],
    };
}
