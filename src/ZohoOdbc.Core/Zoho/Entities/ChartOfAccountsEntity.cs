using static ZohoOdbc.Core.Zoho.EntityColumns;

namespace ZohoOdbc.Core.Zoho.Entities;

/// <summary><c>GET /chartofaccounts</c> (reference §8 Chart of accounts; Zoho Books only).</summary>
internal static class ChartOfAccountsEntity
{
    public static EntityDefinition Definition { get; } = new(
        name: "chart_of_accounts",
        description: "The chart of accounts (Zoho Books /chartofaccounts).",
        listPath: "/chartofaccounts",
        listKey: "chartofaccounts",
        scopeModule: "accountants",
        detailKey: "chart_of_account",
        inInvoice: false,
        columns:
        [
            Id("account_id", "Zoho's id of the account.", nullable: false),
            Text("account_name", "Account name.", nullable: false, sortable: true),
            Text("account_code", "Account code.", size: 64),
            Text("account_type", "cash, bank, income, expense, accounts_receivable, ...", size: 64, sortable: true),
            Flag("is_active", "True for an active account.",
                nullable: false) with { ValueFilter = new ApiValueFilter("filter_by", new Dictionary<string, string> { ["1"] = "AccountType.Active", ["0"] = "AccountType.Inactive" }) },
            Flag("is_user_created", "True for an account the user created."),
            Flag("is_system_account", "True for an account Zoho created."),
            Flag("is_involved_in_transaction", "True when transactions use the account."),
            Money("current_balance", "Current balance."),
            Id("parent_account_id", "Id of the parent account."),
            Text("parent_account_name", "Name of the parent account."),
            Count("depth", "Depth in the account tree."),
            Count("child_count", "Number of sub-accounts."),
            Flag("has_attachment", "True when files are attached."),
            Time("created_time", "When the account was created."),
            Time("last_modified_time", "When the account was last changed.", filters: ApiFilterOperators.ModifiedSince),

            Id("currency_id", "Id of the account's currency.").Detail(),
            Text("currency_code", "ISO code of the account's currency.", size: 8).Detail(),
            LongText("description", "Description.").Detail(),
            Money("closing_balance", "Closing balance.").Detail(),
            JsonText("custom_fields", "The account's custom fields").Detail(),
        ]);
}
