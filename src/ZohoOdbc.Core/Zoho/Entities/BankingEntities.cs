using static ZohoOdbc.Core.Zoho.EntityColumns;

namespace ZohoOdbc.Core.Zoho.Entities;

/// <summary><c>GET /bankaccounts</c> and <c>/banktransactions</c> (reference §8 Bank accounts, Bank transactions; Zoho Books only).</summary>
internal static class BankingEntities
{
    public static EntityDefinition Accounts { get; } = new(
        name: "bank_accounts",
        description: "Bank and credit card accounts (Zoho Books /bankaccounts).",
        listPath: "/bankaccounts",
        listKey: "bankaccounts",
        scopeModule: "banking",
        detailKey: "bankaccount",
        inInvoice: false,
        columns:
        [
            Id("account_id", "Zoho's id of the account.", nullable: false),
            Text("account_name", "Account name.", nullable: false, sortable: true),
            Text("account_code", "Account code.", size: 64, sortable: true),
            Text("account_type", "bank or credit_card.", size: 32, sortable: true),
            Text("account_number", "Account number (masked).", size: 64),
            Id("currency_id", "Id of the currency."),
            Text("currency_code", "ISO code of the currency.", size: 8),
            Flag("is_active", "True for an active account.",
                nullable: false) with { ValueFilter = new ApiValueFilter("filter_by", new Dictionary<string, string> { ["1"] = "Status.Active", ["0"] = "Status.Inactive" }) },
            Money("balance", "Balance in Zoho."),
            Money("bank_balance", "Balance at the bank."),
            Money("bcy_balance", "Balance in the base currency."),
            Count("uncategorized_transactions", "Transactions not categorized yet."),
            Count("total_unprinted_checks", "Cheques not printed yet."),
            Text("bank_name", "Bank name."),
            Text("routing_number", "Routing number.", size: 64),
            Flag("is_primary_account", "True for the primary account."),
            Flag("is_paypal_account", "True for a PayPal account."),

            Text("currency_symbol", "Symbol of the currency.", size: 8).Detail(),
            Flag("is_feeds_subscribed", "True when bank feeds are subscribed.").Detail(),
            Flag("is_feeds_active", "True when bank feeds are active.").Detail(),
            LongText("description", "Description.").Detail(),
            Date("feeds_last_refresh_date", "When the feeds last refreshed.").Detail(),
        ]);

    public static EntityDefinition Transactions { get; } = new(
        name: "bank_transactions",
        description: "Bank transactions (Zoho Books /banktransactions).",
        listPath: "/banktransactions",
        listKey: "banktransactions",
        scopeModule: "banking",
        detailKey: "banktransaction",
        inInvoice: false,
        columns:
        [
            Id("transaction_id", "Zoho's id of the transaction.", nullable: false),
            Date("date", "Transaction date.", nullable: false, filters: ApiFilterOperators.Start | ApiFilterOperators.End, sortable: true),
            Money("amount", "Amount.", nullable: false, filters: ApiFilterOperators.Start | ApiFilterOperators.End),
            Text("transaction_type", "deposit, refund, transfer_fund, card_payment, expense, ...", size: 64, filters: ApiFilterOperators.Equals),
            Text("status", "uncategorized, manually_added, matched, excluded or categorized.", size: 32,
                valueFilter: ApiValueFilter.Same("status", "uncategorized", "manually_added", "matched", "excluded", "categorized")),
            Text("source", "Where the transaction came from.", size: 64),
            Id("account_id", "Id of the bank account (bank_accounts.account_id).", filters: ApiFilterOperators.Equals),
            Text("account_name", "Name of the bank account."),
            Text("account_type", "Type of the bank account.", size: 32),
            Id("customer_id", "Id of the customer."),
            Text("payee", "Payee."),
            LongText("description", "Description."),
            Id("currency_id", "Id of the currency."),
            Text("currency_code", "ISO code of the currency.", size: 8),
            Text("debit_or_credit", "debit or credit.", size: 16),
            Text("offset_account_name", "The other account of the transaction."),
            Text("reference_number", "Reference.", filters: ApiFilterOperators.Equals),
            Id("imported_transaction_id", "Id of the imported statement line."),
            Flag("is_rule_exist", "True when a bank rule matches it."),
            Money("running_balance", "Running balance."),
            Text("reconcile_status", "Reconciliation status.", size: 32),

            Id("from_account_id", "Id of the account the money came from.").Detail(),
            Text("from_account_name", "Name of the account the money came from.").Detail(),
            Id("to_account_id", "Id of the account the money went to.").Detail(),
            Text("to_account_name", "Name of the account the money went to.").Detail(),
            Text("payment_mode", "How it was paid.", size: 64).Detail(),
            Rate("exchange_rate", "Rate to the base currency.").Detail(),
            Text("customer_name", "Name of the customer.").Detail(),
            Id("vendor_id", "Id of the vendor.").Detail(),
            Text("vendor_name", "Name of the vendor.").Detail(),
            Money("bank_charges", "Bank charges.").Detail(),
            Money("sub_total", "Subtotal.").Detail(),
            Money("total", "Total.").Detail(),
            Money("bcy_total", "Total in the base currency.").Detail(),
        ]);
}
