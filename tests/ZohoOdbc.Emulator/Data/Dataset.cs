namespace ZohoOdbc.Emulator.Data;

/// <summary>
/// All records of one organization at one moment. Immutable: edits produce a new dataset. Contacts and invoices
/// come from the seed's first draws, so their values stay the same whatever else is generated.
/// </summary>
public sealed record Dataset(IReadOnlyList<Contact> Contacts, IReadOnlyList<Invoice> Invoices)
{
    public IReadOnlyList<Estimate> Estimates { get; init; } = [];
    public IReadOnlyList<SalesOrder> SalesOrders { get; init; } = [];
    public IReadOnlyList<CreditNote> CreditNotes { get; init; } = [];
    public IReadOnlyList<CustomerPayment> CustomerPayments { get; init; } = [];
    public IReadOnlyList<RecurringInvoice> RecurringInvoices { get; init; } = [];
    public IReadOnlyList<Bill> Bills { get; init; } = [];
    public IReadOnlyList<VendorCredit> VendorCredits { get; init; } = [];
    public IReadOnlyList<PurchaseOrder> PurchaseOrders { get; init; } = [];
    public IReadOnlyList<VendorPayment> VendorPayments { get; init; } = [];
    public IReadOnlyList<Expense> Expenses { get; init; } = [];
    public IReadOnlyList<Item> Items { get; init; } = [];
    public IReadOnlyList<Account> ChartOfAccounts { get; init; } = [];
    public IReadOnlyList<Journal> Journals { get; init; } = [];
    public IReadOnlyList<BankAccount> BankAccounts { get; init; } = [];
    public IReadOnlyList<BankTransaction> BankTransactions { get; init; } = [];
    public IReadOnlyList<OrganizationCurrency> Currencies { get; init; } = [];
    public IReadOnlyList<ExchangeRate> ExchangeRates { get; init; } = [];
    public IReadOnlyList<Tax> Taxes { get; init; } = [];
    public IReadOnlyList<OrganizationUser> Users { get; init; } = [];
    public IReadOnlyList<Project> Projects { get; init; } = [];
    public IReadOnlyList<TimeEntry> TimeEntries { get; init; } = [];

    /// <summary>How many records each collection holds (GET /__emulator/info).</summary>
    public IReadOnlyDictionary<string, int> Counts() => new Dictionary<string, int>
    {
        ["contacts"] = Contacts.Count,
        ["invoices"] = Invoices.Count,
        ["estimates"] = Estimates.Count,
        ["salesorders"] = SalesOrders.Count,
        ["creditnotes"] = CreditNotes.Count,
        ["customerpayments"] = CustomerPayments.Count,
        ["recurringinvoices"] = RecurringInvoices.Count,
        ["bills"] = Bills.Count,
        ["vendorcredits"] = VendorCredits.Count,
        ["purchaseorders"] = PurchaseOrders.Count,
        ["vendorpayments"] = VendorPayments.Count,
        ["expenses"] = Expenses.Count,
        ["items"] = Items.Count,
        ["chartofaccounts"] = ChartOfAccounts.Count,
        ["journals"] = Journals.Count,
        ["bankaccounts"] = BankAccounts.Count,
        ["banktransactions"] = BankTransactions.Count,
        ["currencies"] = Currencies.Count,
        ["exchangerates"] = ExchangeRates.Count,
        ["taxes"] = Taxes.Count,
        ["users"] = Users.Count,
        ["projects"] = Projects.Count,
        ["timeentries"] = TimeEntries.Count,
    };
}
