using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Data.Generation;

/// <summary>
/// Everything an organization has besides its contacts and invoices, generated from them and consistent with them,
/// each kind from its own random stream. Sizes follow the invoice count (estimates 30 %, sales orders, bills,
/// expenses and time entries 20 %, purchase orders 10 %).
/// </summary>
internal static class RelatedDataGenerator
{
    public const string CheckingAccount = "Business Checking";
    public const string SavingsAccount = "Business Savings";
    public const string CardAccount = "Corporate Card";

    public static Dataset Generate(OrganizationProfile profile, int seed, IdSequence ids, IReadOnlyList<Contact> contacts, IReadOnlyList<Invoice> invoices)
    {
        var chart = new ChartOfAccounts(ids, ChartOfAccounts.Standard(CheckingAccount, SavingsAccount, CardAccount));
        var items = ReferenceDataGenerator.Items(profile, ids, chart, SeedStreams.For(seed, "items"));
        var users = ReferenceDataGenerator.Users(profile, ids, SeedStreams.For(seed, "users"));
        var context = new GenerationContext(profile, ids, seed, contacts) { Chart = chart, Items = items, Users = users };
        var (currencies, rates) = ReferenceDataGenerator.Currencies(profile, ids, context.Random("currencies"));
        var taxes = ReferenceDataGenerator.Taxes(profile, chart);

        ReceivablesGenerator.Result receivables = new ReceivablesGenerator(context).Generate(invoices);
        var (withRecurring, recurring) = new RecurringInvoiceGenerator(context).Generate(receivables.Invoices);
        var quotes = new QuoteGenerator(context);
        List<Estimate> estimates = quotes.Estimates(invoices.Count * 3 / 10);
        List<SalesOrder> salesOrders = quotes.SalesOrders(invoices.Count / 5);
        PayablesGenerator.Result payables = new PayablesGenerator(context).Generate(invoices.Count / 10, invoices.Count / 5, receivables.Contacts);
        int projectCount = context.Customers.Count == 0 ? 0 : Math.Clamp(context.Customers.Count / 40, 1, 200);
        var (projects, timeEntries) = new ProjectGenerator(context).Generate(projectCount, invoices.Count / 5, withRecurring);
        List<Expense> expenses = new ExpenseGenerator(context).Generate(invoices.Count / 5, projects);

        decimal opening = profile.Round(25000m * profile.PriceScale);
        chart.Post(CheckingAccount, "Opening Balance Offset", opening);
        chart.Post("Furniture and Equipment", "Owner's Equity", profile.Round(30000m * profile.PriceScale));
        Ledger.PostSales(context, withRecurring, receivables.Payments, receivables.CreditNotes);
        Ledger.PostPurchases(context, payables.Bills, payables.Payments, payables.Credits, expenses);
        var (transactions, bankAccounts) = new BankingGenerator(context).Generate(receivables.Payments, payables.Payments, expenses, opening);
        List<Journal> journals = new JournalGenerator(context).Generate(invoices.Count / 250);

        var customFields = new CustomFieldGenerator(context);
        return new Dataset(customFields.Contacts(payables.Contacts), customFields.Invoices(withRecurring))
        {
            Estimates = estimates,
            SalesOrders = salesOrders,
            CreditNotes = receivables.CreditNotes,
            CustomerPayments = receivables.Payments,
            RecurringInvoices = recurring,
            Bills = payables.Bills,
            VendorCredits = payables.Credits,
            PurchaseOrders = payables.PurchaseOrders,
            VendorPayments = payables.Payments,
            Expenses = expenses,
            Items = items,
            ChartOfAccounts = chart.Build(context),
            Journals = journals,
            BankAccounts = bankAccounts,
            BankTransactions = transactions,
            Currencies = currencies,
            ExchangeRates = rates,
            Taxes = taxes,
            Users = users,
            Projects = projects,
            TimeEntries = timeEntries,
        };
    }
}
