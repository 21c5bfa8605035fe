using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>GET /banktransactions and /banktransactions/{id} (banking scope; Books only).</summary>
internal static class BankTransactionsEntity
{
    private static readonly string[] Statuses = ["uncategorized", "manually_added", "matched", "excluded", "categorized"];

    public static EntityDefinition<BankTransaction> Definition { get; } = new()
    {
        EntityName = "Transaction",
        Collection = "banktransactions",
        ListKey = "banktransactions",
        DetailKey = "banktransaction",
        ReportName = "Bank Transactions",
        ScopeModule = "banking",
        InInvoice = false,
        IdField = "transaction_id",
        Id = t => t.TransactionId,
        Records = data => data.BankTransactions,
        Replace = (data, records) => data with { BankTransactions = records },
        Filters = new FilterCatalog<BankTransaction>()
            .Id("account_id", t => t.AccountId)
            .Add("transaction_type", (value, _) => t => t.TransactionType.Equals(value, StringComparison.OrdinalIgnoreCase))
            .Date("date", t => t.Date)
            .NumberWithRange("amount", t => t.Amount)
            .Choice("status", StatusChoices())
            .Choice("transaction_status", StatusChoices())
            .Text("reference_number", t => t.ReferenceNumber)
            .Add("search_text", (text, _) => t =>
                t.Payee.Contains(text, StringComparison.OrdinalIgnoreCase)
                || t.Description.Contains(text, StringComparison.OrdinalIgnoreCase)
                || t.ReferenceNumber.Contains(text, StringComparison.OrdinalIgnoreCase)),
        Sorts = new SortCatalog<BankTransaction>()
            .Date("date", t => t.Date)
            .Number("amount", t => t.Amount),
        DefaultSortColumn = "date",
        Views = new ViewCatalog<BankTransaction>()
            .All("Status.All")
            .Add("Status.Uncategorized", t => t.Status == "uncategorized")
            .Add("Status.Categorized", t => t.Status == "categorized")
            .Add("Status.ManuallyAdded", t => t.Status == "manually_added")
            .Add("Status.Excluded", t => t.Status == "excluded")
            .Add("Status.Matched", t => t.Status == "matched"),
        DetailInfo = EmulatorJsonContext.Default.BankTransaction,
        DetailOnlyFields =
        [
            "from_account_id", "from_account_name", "to_account_id", "to_account_name", "payment_mode", "exchange_rate", "customer_name",
            "vendor_id", "vendor_name", "bank_charges", "sub_total", "total", "bcy_total",
        ],
    };

    /// <summary>status / transaction_status: All or one of the statuses.</summary>
    private static Dictionary<string, Func<BankTransaction, bool>> StatusChoices()
    {
        var choices = Statuses.ToDictionary(s => s, s => (Func<BankTransaction, bool>)(t => t.Status == s), StringComparer.OrdinalIgnoreCase);
        choices["All"] = _ => true;
        return choices;
    }
}
