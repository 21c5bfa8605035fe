using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>GET /chartofaccounts and /chartofaccounts/{id} (detail key "chart_of_account"; Books only).</summary>
internal static class ChartOfAccountsEntity
{
    private static readonly HashSet<string> Assets = ["cash", "bank", "other_current_asset", "fixed_asset", "stock", "accounts_receivable", "other_asset"];
    private static readonly HashSet<string> Liabilities = ["other_current_liability", "credit_card", "long_term_liability", "accounts_payable", "other_liability"];

    public static EntityDefinition<Account> Definition { get; } = new()
    {
        EntityName = "Account",
        Collection = "chartofaccounts",
        ListKey = "chartofaccounts",
        DetailKey = "chart_of_account",
        ReportName = "Chart of Accounts",
        ScopeModule = "accountants",
        InInvoice = false,
        IdField = "account_id",
        Id = a => a.AccountId,
        Records = data => data.ChartOfAccounts,
        Replace = (data, records) => data with { ChartOfAccounts = records },
        Filters = new FilterCatalog<Account>()
            .Text("account_name", a => a.AccountName)
            .ModifiedSince("last_modified_time", a => a.LastModifiedTime)
            // showbalance only asks Zoho to compute balances; they are always present here.
            .Add("showbalance", (_, _) => _ => true),
        Sorts = new SortCatalog<Account>()
            .Text("account_name", a => a.AccountName)
            .Text("account_type", a => a.AccountType)
            .Text("account_code", a => a.AccountCode),
        DefaultSortColumn = "account_name",
        DefaultSortOrder = "A",
        Views = new ViewCatalog<Account>()
            .All("AccountType.All")
            .Add("AccountType.Active", a => a.IsActive)
            .Add("AccountType.Inactive", a => !a.IsActive)
            .Add("AccountType.Asset", a => Assets.Contains(a.AccountType))
            .Add("AccountType.Liability", a => Liabilities.Contains(a.AccountType))
            .Add("AccountType.Equity", a => a.AccountType == "equity")
            .Add("AccountType.Income", a => a.AccountType is "income" or "other_income")
            .Add("AccountType.Expense", a => a.AccountType is "expense" or "cost_of_goods_sold" or "other_expense"),
        DetailInfo = EmulatorJsonContext.Default.Account,
        DetailOnlyFields = ["currency_id", "currency_code", "description", "custom_fields", "closing_balance"],
    };
}
