using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>GET /projects/timeentries and /projects/timeentries/{id}. Date views are relative to the data set's today.</summary>
internal static class TimeEntriesEntity
{
    public static EntityDefinition<TimeEntry> Definition { get; } = new()
    {
        EntityName = "Time Entry",
        Collection = "projects/timeentries",
        ListKey = "time_entries",
        DetailKey = "time_entry",
        ReportName = "Time Entries",
        ScopeModule = "projects",
        IdField = "time_entry_id",
        Id = t => t.TimeEntryId,
        Records = data => data.TimeEntries,
        Replace = (data, records) => data with { TimeEntries = records },
        Filters = new FilterCatalog<TimeEntry>()
            .DateBound("from_date", t => t.LogDate, isLowerBound: true)
            .DateBound("to_date", t => t.LogDate, isLowerBound: false)
            .Id("project_id", t => t.ProjectId)
            .Id("user_id", t => t.UserId),
        Sorts = new SortCatalog<TimeEntry>()
            .Text("project_name", t => t.ProjectName)
            .Text("task_name", t => t.TaskName)
            .Text("user_name", t => t.UserName)
            .Date("log_date", t => t.LogDate)
            .Text("timer_started_at", t => t.TimerStartedAt)
            .Text("customer_name", t => t.CustomerName)
            .Timestamp("created_time", t => t.CreatedTime),
        Views = new ViewCatalog<TimeEntry>()
            .All("Date.All")
            .Add("Date.Today", t => DateViews.Today(t.LogDate))
            .Add("Date.ThisWeek", t => DateViews.ThisWeek(t.LogDate))
            .Add("Date.ThisMonth", t => DateViews.ThisMonth(t.LogDate))
            .Add("Date.ThisQuarter", t => DateViews.ThisQuarter(t.LogDate))
            .Add("Date.ThisYear", t => DateViews.ThisYear(t.LogDate))
            .Add("Date.PreviousDay", t => DateViews.PreviousDay(t.LogDate))
            .Add("Date.PreviousWeek", t => DateViews.PreviousWeek(t.LogDate))
            .Add("Date.PreviousMonth", t => DateViews.PreviousMonth(t.LogDate))
            .Add("Date.PreviousQuarter", t => DateViews.PreviousQuarter(t.LogDate))
            .Add("Date.PreviousYear", t => DateViews.PreviousYear(t.LogDate))
            .All("Date.CustomDate")
            .Add("Status.Unbilled", t => t.BilledStatus == "unbilled")
            .Add("Status.Invoiced", t => t.BilledStatus == "invoiced"),
        DetailInfo = EmulatorJsonContext.Default.TimeEntry,
    };
}
