using System.Globalization;

namespace ZohoOdbc.Emulator.Data.Generation;

/// <summary>Projects for customers, their tasks, and the time users logged on them (hours add up per project).</summary>
internal sealed class ProjectGenerator(GenerationContext context)
{
    private static readonly string[] TaskNames = ["Discovery", "Design", "Implementation", "Testing", "Training", "Support", "Documentation"];

    private readonly Random random = context.Random("projects");

    public (List<Project> Projects, List<TimeEntry> TimeEntries) Generate(int projectCount, int entryCount, IReadOnlyList<Invoice> invoices)
    {
        if (context.Customers.Count == 0 || projectCount == 0)
        {
            return ([], []);
        }

        var invoicesByCustomer = invoices.Where(i => i.Status is not ("draft" or "void")).GroupBy(i => i.CustomerId)
            .ToDictionary(g => g.Key, g => g.OrderBy(i => i.Date).ToList(), StringComparer.Ordinal);
        var drafts = new List<(Project Project, List<ProjectTask> Tasks, DateOnly Start)>();
        for (int i = 0; i < projectCount; i++)
        {
            Contact customer = random.Pick(context.Customers);
            DateOnly start = GenerationContext.Between(random, DateOnly.FromDateTime(customer.CreatedTime.DateTime), context.Today.AddDays(-30));
            string projectId = context.Ids.Next();
            string name = $"{random.Pick(["Website", "ERP Rollout", "Office Fit-out", "Data Migration", "Support Retainer", "Audit"])} {customer.ContactName}";
            decimal rate = context.Round((90 + random.Next(0, 90)) * context.Profile.PriceScale);
            var tasks = TaskNames.OrderBy(_ => random.Next()).Take(random.Next(3, 6)).Select(task => new ProjectTask
            {
                TaskId = context.Ids.Next(),
                ProjectId = projectId,
                ProjectName = name,
                TaskName = task,
                Description = task + " work",
                Rate = rate,
                Status = "active",
                TotalHours = "00:00",
            }).ToList();
            var project = new Project
            {
                ProjectId = projectId,
                ProjectName = name,
                CustomerId = customer.ContactId,
                CustomerName = customer.ContactName,
                Description = "Project for " + customer.ContactName,
                Status = random.Chance(0.75) ? "active" : "inactive",
                BillingType = random.Pick(["based_on_project_hours", "based_on_task_hours", "fixed_cost_for_project", "based_on_staff_hours"]),
                Rate = rate,
                CreatedTime = context.At(start, 9 * 3600 + random.Next(8 * 3600)),
                TotalHours = "00:00",
                BillableHours = "00:00",
                BudgetType = random.Pick(["total_project_hours", "total_project_cost", ""]),
                BilledHours = "00:00",
                UnBilledHours = "00:00",
                BilledAmount = 0m,
                UnBilledAmount = 0m,
                Tasks = tasks,
            };
            drafts.Add((project, tasks, start));
        }

        var activeUsers = context.Users.Where(u => u.Status == "active").ToList();
        var entries = new List<TimeEntry>(entryCount);
        var minutes = new Dictionary<string, (int Total, int Billable, int Billed)>(StringComparer.Ordinal);
        var taskMinutes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < entryCount; i++)
        {
            var (project, tasks, start) = random.Pick(drafts);
            ProjectTask task = random.Pick(tasks);
            OrganizationUser user = random.Pick(activeUsers);
            DateOnly day = GenerationContext.Between(random, start, context.Today.AddDays(-1));
            int begin = 8 * 60 + random.Next(0, 8) * 30;
            int length = random.Next(1, 13) * 30;
            bool billable = project.BillingType != "fixed_cost_for_project" && random.Chance(0.85);
            Invoice? invoice = billable && day < context.Today.AddDays(-45) && random.Chance(0.7) ? FirstInvoiceAfter(invoicesByCustomer, project.CustomerId, day) : null;
            DateTimeOffset created = context.At(day, (begin + length) * 60 + random.Next(0, 3600));
            entries.Add(new TimeEntry
            {
                TimeEntryId = context.Ids.Next(),
                ProjectId = project.ProjectId,
                ProjectName = project.ProjectName,
                CustomerId = project.CustomerId,
                CustomerName = project.CustomerName,
                TaskId = task.TaskId,
                TaskName = task.TaskName,
                UserId = user.UserId,
                UserName = user.Name,
                LogDate = day,
                BeginTime = Clock(begin),
                EndTime = Clock(begin + length),
                LogTime = Clock(length),
                IsBillable = billable,
                BilledStatus = invoice is null ? "unbilled" : "invoiced",
                InvoiceId = invoice?.InvoiceId ?? "",
                InvoiceNumber = invoice?.InvoiceNumber ?? "",
                Notes = random.Pick(["", "Call with the customer", "Worked on open items", "Reviewed requirements", "Fixed issues found in testing"]),
                CreatedTime = created,
                CostRate = user.CostRate,
            });
            minutes.TryGetValue(project.ProjectId, out var sum);
            minutes[project.ProjectId] = (sum.Total + length, sum.Billable + (billable ? length : 0), sum.Billed + (invoice is null ? 0 : length));
            taskMinutes[task.TaskId] = taskMinutes.GetValueOrDefault(task.TaskId) + length;
        }

        var projects = drafts.Select(d =>
        {
            minutes.TryGetValue(d.Project.ProjectId, out var sum);
            return d.Project with
            {
                TotalHours = Clock(sum.Total),
                BillableHours = Clock(sum.Billable),
                BilledHours = Clock(sum.Billed),
                UnBilledHours = Clock(sum.Billable - sum.Billed),
                BilledAmount = context.Round(sum.Billed / 60m * d.Project.Rate),
                UnBilledAmount = context.Round((sum.Billable - sum.Billed) / 60m * d.Project.Rate),
                Tasks = d.Tasks.Select(t => t with { TotalHours = Clock(taskMinutes.GetValueOrDefault(t.TaskId)) }).ToList(),
            };
        }).ToList();
        return (projects, entries.OrderBy(e => e.LogDate).ThenBy(e => e.TimeEntryId, StringComparer.Ordinal).ToList());
    }

    private static Invoice? FirstInvoiceAfter(Dictionary<string, List<Invoice>> invoices, string customerId, DateOnly day) =>
        invoices.TryGetValue(customerId, out var list) ? list.FirstOrDefault(i => i.Date >= day) : null;

    /// <summary>Minutes as "HH:MM".</summary>
    private static string Clock(int minutes) =>
        (minutes / 60).ToString("00", CultureInfo.InvariantCulture) + ":" + (minutes % 60).ToString("00", CultureInfo.InvariantCulture);
}
