using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>GET /expenses and /expenses/{id} (reference §8).</summary>
internal static class ExpensesEntity
{
    private static readonly Dictionary<string, Func<Expense, bool>> Statuses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["unbilled"] = e => e.Status == "unbilled",
        ["invoiced"] = e => e.Status == "invoiced",
        ["reimbursed"] = e => e.Status == "reimbursed",
        ["non-billable"] = e => !e.IsBillable,
        ["billable"] = e => e.IsBillable,
    };

    public static EntityDefinition<Expense> Definition { get; } = new()
    {
        EntityName = "Expense",
        Collection = "expenses",
        ListKey = "expenses",
        DetailKey = "expense",
        ReportName = "Expenses",
        ScopeModule = "expenses",
        IdField = "expense_id",
        Id = e => e.ExpenseId,
        Records = data => data.Expenses,
        Replace = (data, records) => data with { Expenses = records },
        Filters = new FilterCatalog<Expense>()
            .Text("description", e => e.Description)
            .Text("reference_number", e => e.ReferenceNumber)
            .Text("account_name", e => e.AccountName)
            .Text("customer_name", e => e.CustomerName)
            .Text("vendor_name", e => e.VendorName)
            .Date("date", e => e.Date)
            .Choice("status", Statuses)
            .Number("amount", e => e.Total)
            .Id("customer_id", e => e.CustomerId)
            .Id("vendor_id", e => e.VendorId)
            .Id("recurring_expense_id", e => e.RecurringExpenseId)
            .Id("paid_through_account_id", e => e.PaidThroughAccountId)
            .ModifiedSince("last_modified_time", e => e.LastModifiedTime)
            .Add("search_text", (text, _) => e =>
                e.Description.Contains(text, StringComparison.OrdinalIgnoreCase)
                || e.ReferenceNumber.Contains(text, StringComparison.OrdinalIgnoreCase)
                || e.AccountName.Contains(text, StringComparison.OrdinalIgnoreCase)),
        Sorts = new SortCatalog<Expense>()
            .Date("date", e => e.Date)
            .Text("account_name", e => e.AccountName)
            .Number("total", e => e.Total)
            .Number("bcy_total", e => e.BcyTotal)
            .Text("reference_number", e => e.ReferenceNumber)
            .Text("customer_name", e => e.CustomerName)
            .Timestamp("created_time", e => e.CreatedTime),
        Views = new ViewCatalog<Expense>()
            .All("Status.All")
            .Add("Status.Billable", Statuses["billable"])
            .Add("Status.Nonbillable", Statuses["non-billable"])
            .Add("Status.Reimbursed", Statuses["reimbursed"])
            .Add("Status.Invoiced", Statuses["invoiced"])
            .Add("Status.Unbilled", Statuses["unbilled"]),
        DetailInfo = EmulatorJsonContext.Default.Expense,
        DetailOnlyFields =
        [
            "tax_amount", "is_itemized_expense", "account_id", "tax_id", "tax_name", "tax_percentage", "sub_total", "amount",
            "is_inclusive_tax", "invoice_id", "invoice_number", "project_id", "project_name", "paid_through_account_id", "recurring_expense_id",
        ],
    };
}
