using static ZohoOdbc.Core.Zoho.EntityColumns;

namespace ZohoOdbc.Core.Zoho.Entities;

/// <summary>Projects with their tasks, and time entries (reference §8 Projects / tasks / time entries).</summary>
internal static class ProjectsEntities
{
    public static EntityDefinition Projects { get; } = new(
        name: "projects",
        description: "Projects (Zoho /projects).",
        listPath: "/projects",
        listKey: "projects",
        scopeModule: "projects",
        detailKey: "project",
        columns:
        [
            Id("project_id", "Zoho's id of the project.", nullable: false),
            Text("project_name", "Name.", nullable: false, sortable: true),
            Id("customer_id", "Id of the customer (contacts.contact_id).", filters: ApiFilterOperators.Equals),
            Text("customer_name", "Name of the customer.", sortable: true),
            LongText("description", "Description."),
            Text("status", "active or inactive.", size: 32,
                valueFilter: new ApiValueFilter("filter_by", new Dictionary<string, string> { ["active"] = "Status.Active", ["inactive"] = "Status.Inactive" })),
            Text("billing_type", "How the project bills.", size: 64),
            Quantity("rate", "Billing rate.") with { Sortable = true },
            Text("total_hours", "Hours logged, HH:MM.", size: 16),
            Text("billable_hours", "Billable hours logged, HH:MM.", size: 16),
            Time("created_time", "When the project was created.", sortable: true),
            Text("budget_type", "Kind of budget.", size: 64).Detail(),
            Text("billed_hours", "Hours billed, HH:MM.", size: 16).Detail(),
            Text("un_billed_hours", "Hours not billed yet, HH:MM.", size: 16).Detail(),
            Money("billed_amount", "Amount billed.").Detail(),
            Money("un_billed_amount", "Amount not billed yet.").Detail(),
        ]);

    public static ChildTableDefinition Tasks { get; } = new(
        name: "project_tasks",
        description: "Tasks of each project (from each project's record: one API call per project read).",
        parent: Projects,
        detailArray: "tasks",
        columns:
        [
            Id("project_id", "Id of the project (projects.project_id).", nullable: false),
            Id("task_id", "Zoho's id of the task.", nullable: false),
            Text("task_name", "Name."),
            LongText("description", "Description."),
            Quantity("rate", "Billing rate."),
            Text("status", "Status.", size: 32),
            Text("total_hours", "Hours logged, HH:MM.", size: 16),
        ]);

    public static EntityDefinition TimeEntries { get; } = new(
        name: "time_entries",
        description: "Time logged on projects (Zoho /projects/timeentries).",
        listPath: "/projects/timeentries",
        listKey: "time_entries",
        scopeModule: "projects",
        detailKey: "time_entry",
        columns:
        [
            Id("time_entry_id", "Zoho's id of the entry.", nullable: false),
            Date("log_date", "Date the time was logged for.", nullable: false, sortable: true).Bounds("from_date", "to_date"),
            Id("project_id", "Id of the project (projects.project_id).", filters: ApiFilterOperators.Equals),
            Text("project_name", "Name of the project.", sortable: true),
            Id("customer_id", "Id of the customer."),
            Text("customer_name", "Name of the customer.", sortable: true),
            Id("task_id", "Id of the task."),
            Text("task_name", "Name of the task.", sortable: true),
            Id("user_id", "Id of the user (users.user_id).", filters: ApiFilterOperators.Equals),
            Text("user_name", "Name of the user.", sortable: true),
            Text("begin_time", "Start, HH:MM.", size: 16),
            Text("end_time", "End, HH:MM.", size: 16),
            Text("log_time", "Duration, HH:MM.", size: 16),
            Flag("is_billable", "True when billable."),
            Text("billed_status", "Billed or not.", size: 32),
            Id("invoice_id", "Id of the invoice it was billed on."),
            Text("invoice_number", "Number of the invoice it was billed on.", size: 100),
            LongText("notes", "Notes."),
            Text("timer_started_at", "When a running timer started.", size: 64),
            Quantity("cost_rate", "Cost per hour."),
            Time("created_time", "When the entry was created."),
        ]);
}
