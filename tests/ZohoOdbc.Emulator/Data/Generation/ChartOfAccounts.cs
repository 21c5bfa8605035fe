namespace ZohoOdbc.Emulator.Data.Generation;

/// <summary>
/// The organization's accounts while data is generated: the chart (with its bank and card accounts) and a ledger
/// of base-currency postings from which current balances are computed at the end.
/// </summary>
internal sealed class ChartOfAccounts
{
    private static readonly HashSet<string> DebitNormal =
        ["cash", "bank", "other_current_asset", "fixed_asset", "stock", "accounts_receivable", "expense", "cost_of_goods_sold", "other_expense"];

    private readonly List<(string Name, string Code, string Type, string Parent, string Description)> definitions = [];
    private readonly Dictionary<string, string> idsByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, decimal> debits = new(StringComparer.Ordinal);

    public ChartOfAccounts(IdSequence ids, IReadOnlyList<(string Name, string Code, string Type, string Parent, string Description)> accounts)
    {
        foreach (var account in accounts)
        {
            definitions.Add(account);
            idsByName[account.Name] = ids.Next();
        }
    }

    public static readonly string[] ExpenseAccounts =
    [
        "Advertising And Marketing", "Office Supplies", "Rent Expense", "Travel Expense", "IT and Internet Expenses",
        "Telephone Expense", "Meals and Entertainment", "Automobile Expense", "Consultant Expense", "Bank Fees and Charges",
    ];

    public static IReadOnlyList<(string Name, string Code, string Type, string Parent, string Description)> Standard(string checking, string savings, string card) =>
    [
        (checking, "1000", "bank", "", "Main operating account"),
        (savings, "1010", "bank", "", "Reserve account"),
        (card, "2100", "credit_card", "", "Company credit card"),
        ("Petty Cash", "1050", "cash", "", "Cash on hand"),
        ("Undeposited Funds", "1060", "cash", "", "Payments received but not yet deposited"),
        ("Accounts Receivable", "1200", "accounts_receivable", "", "Amounts owed by customers"),
        ("Inventory Asset", "1300", "stock", "", "Goods held for sale"),
        ("Prepaid Expenses", "1400", "other_current_asset", "", "Expenses paid in advance"),
        ("Furniture and Equipment", "1500", "fixed_asset", "", "Office furniture and equipment"),
        ("Accumulated Depreciation", "1590", "fixed_asset", "", "Depreciation of furniture and equipment"),
        ("Accounts Payable", "2000", "accounts_payable", "", "Amounts owed to vendors"),
        ("Tax Payable", "2200", "other_current_liability", "", "Sales tax collected less tax paid"),
        ("Accrued Liabilities", "2300", "other_current_liability", "", "Expenses incurred not yet billed"),
        ("Long Term Loan", "2700", "long_term_liability", "", "Bank loan"),
        ("Owner's Equity", "3000", "equity", "", "Capital contributed by the owners"),
        ("Retained Earnings", "3100", "equity", "", "Accumulated earnings"),
        ("Opening Balance Offset", "3900", "equity", "", "Offset of opening balances"),
        ("Sales", "4000", "income", "", "Income from sales of goods and services"),
        ("General Income", "4100", "income", "", "Other operating income"),
        ("Interest Income", "4500", "other_income", "", "Interest earned on deposits"),
        ("Cost of Goods Sold", "5000", "cost_of_goods_sold", "", "Cost of goods bought for resale"),
        ("Advertising And Marketing", "6000", "expense", "", "Ads and campaigns"),
        ("Office Expenses", "6100", "expense", "", "Running the office"),
        ("Office Supplies", "6110", "expense", "Office Expenses", "Stationery and small equipment"),
        ("IT and Internet Expenses", "6120", "expense", "Office Expenses", "Software, hosting and connectivity"),
        ("Telephone Expense", "6130", "expense", "Office Expenses", "Phone lines"),
        ("Rent Expense", "6200", "expense", "", "Office rent"),
        ("Travel Expense", "6300", "expense", "", "Travel and lodging"),
        ("Meals and Entertainment", "6400", "expense", "", "Client meals"),
        ("Automobile Expense", "6500", "expense", "", "Fuel, mileage and repairs"),
        ("Consultant Expense", "6600", "expense", "", "Outside consultants"),
        ("Bank Fees and Charges", "6700", "expense", "", "Bank and card fees"),
        ("Depreciation Expense", "6800", "expense", "", "Depreciation of fixed assets"),
        ("Salaries and Employee Wages", "6900", "expense", "", "Payroll"),
        ("Exchange Gain or Loss", "7000", "other_expense", "", "Currency differences"),
    ];

    public string IdOf(string name) => idsByName[name];

    /// <summary>Records a base-currency posting: debit one account, credit another.</summary>
    public void Post(string debitAccount, string creditAccount, decimal amount)
    {
        debits[debitAccount] = debits.GetValueOrDefault(debitAccount) + amount;
        debits[creditAccount] = debits.GetValueOrDefault(creditAccount) - amount;
    }

    /// <summary>The balance in the account's normal direction (debit for assets and expenses, credit otherwise).</summary>
    public decimal BalanceOf(string name)
    {
        decimal net = debits.GetValueOrDefault(name);
        string type = definitions.First(d => d.Name == name).Type;
        return DebitNormal.Contains(type) ? net : -net;
    }

    public List<Account> Build(GenerationContext context)
    {
        DateTimeOffset created = context.At(context.Profile.Organization.AccountCreatedDate, 9 * 3600);
        Currency currency = context.Profile.BaseCurrency;
        return definitions.Select(d =>
        {
            decimal balance = BalanceOf(d.Name);
            return new Account
            {
                AccountId = idsByName[d.Name],
                AccountName = d.Name,
                AccountCode = d.Code,
                AccountType = d.Type,
                IsUserCreated = d.Type is "bank" or "credit_card",
                IsSystemAccount = d.Name is "Accounts Receivable" or "Accounts Payable" or "Undeposited Funds" or "Opening Balance Offset" or "Retained Earnings" or "Tax Payable",
                IsActive = true,
                IsInvolvedInTransaction = debits.ContainsKey(d.Name),
                CurrentBalance = balance,
                ClosingBalance = balance,
                ParentAccountId = d.Parent.Length > 0 ? idsByName[d.Parent] : "",
                ParentAccountName = d.Parent,
                Depth = d.Parent.Length > 0 ? 1 : 0,
                ChildCount = definitions.Count(c => c.Parent == d.Name),
                CreatedTime = created,
                LastModifiedTime = created,
                CurrencyId = currency.CurrencyId,
                CurrencyCode = currency.CurrencyCode,
                Description = d.Description,
            };
        }).ToList();
    }
}
