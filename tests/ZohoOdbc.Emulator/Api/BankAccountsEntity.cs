using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>GET /bankaccounts and /bankaccounts/{id} (banking scope; Books only).</summary>
internal static class BankAccountsEntity
{
    public static EntityDefinition<BankAccount> Definition { get; } = new()
    {
        EntityName = "Bank Account",
        Collection = "bankaccounts",
        ListKey = "bankaccounts",
        DetailKey = "bankaccount",
        ReportName = "Bank Accounts",
        ScopeModule = "banking",
        InInvoice = false,
        IdField = "account_id",
        Id = a => a.AccountId,
        Records = data => data.BankAccounts,
        Replace = (data, records) => data with { BankAccounts = records },
        Filters = new FilterCatalog<BankAccount>(),
        Sorts = new SortCatalog<BankAccount>()
            .Text("account_name", a => a.AccountName)
            .Text("account_type", a => a.AccountType)
            .Text("account_code", a => a.AccountCode),
        DefaultSortColumn = "account_name",
        DefaultSortOrder = "A",
        Views = new ViewCatalog<BankAccount>()
            .All("Status.All")
            .Add("Status.Active", a => a.IsActive)
            .Add("Status.Inactive", a => !a.IsActive),
        DetailInfo = EmulatorJsonContext.Default.BankAccount,
        DetailOnlyFields = ["currency_symbol", "is_feeds_subscribed", "is_feeds_active", "description", "feeds_last_refresh_date"],
    };
}
