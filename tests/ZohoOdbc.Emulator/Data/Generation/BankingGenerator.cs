using System.Globalization;

namespace ZohoOdbc.Emulator.Data.Generation;

/// <summary>
/// Bank transactions for every payment received or made through the checking account and every expense paid from
/// the bank or the card, plus interest, transfers, card repayments, an owner contribution and unmatched feed lines.
/// Each account's running balance starts at its opening balance; the book balance leaves out uncategorised and
/// excluded lines, the bank balance leaves out only excluded ones.
/// </summary>
internal sealed class BankingGenerator(GenerationContext context)
{
    private readonly Random random = context.Random("banking");
    private readonly List<Pending> pending = [];

    public (List<BankTransaction> Transactions, List<BankAccount> Accounts) Generate(
        IReadOnlyList<CustomerPayment> payments, IReadOnlyList<VendorPayment> vendorPayments, IReadOnlyList<Expense> expenses, decimal openingBalance)
    {
        string checking = RelatedDataGenerator.CheckingAccount, savings = RelatedDataGenerator.SavingsAccount, card = RelatedDataGenerator.CardAccount;
        foreach (CustomerPayment payment in payments)
        {
            Add(checking, payment.Date, payment.BcyAmount, "debit", "customer_payment", payment.CustomerId, payment.CustomerName, "Accounts Receivable",
                payment.Description, payment.ReferenceNumber, random.Chance(0.25) ? "matched" : "categorized", payment.PaymentMode);
        }

        foreach (VendorPayment payment in vendorPayments)
        {
            Add(checking, payment.Date, payment.BcyAmount, "credit", "vendor_payment", payment.VendorId, payment.VendorName, "Accounts Payable",
                payment.Description, payment.ReferenceNumber, random.Chance(0.25) ? "matched" : "categorized", payment.PaymentMode);
        }

        foreach (Expense expense in expenses.Where(e => e.PaidThroughAccountName == checking || e.PaidThroughAccountName == card))
        {
            Add(expense.PaidThroughAccountName, expense.Date, expense.BcyTotal, "credit", "expense", "", expense.VendorName, expense.AccountName,
                expense.Description, expense.ReferenceNumber, "categorized", "");
        }

        decimal scale = context.Profile.PriceScale;
        Add(checking, SampleData.FirstDate, context.Round(10000m * scale), "debit", "owner_contribution", "", "", "Owner's Equity", "Capital contribution", "", "manually_added", "");
        context.Chart.Post(checking, "Owner's Equity", context.Round(10000m * scale));
        for (DateOnly month = new(SampleData.FirstDate.Year, SampleData.FirstDate.Month, 28); month < context.Today; month = month.AddMonths(1))
        {
            decimal interest = context.Round((5 + random.Next(0, 40)) * scale);
            Add(savings, month, interest, "debit", "interest_income", "", "", "Interest Income", "Monthly interest", "", "categorized", "");
            context.Chart.Post(savings, "Interest Income", interest);

            // The card is paid off in full each month: the charges of that month.
            DateOnly monthStart = new(month.Year, month.Month, 1);
            decimal repayment = pending.Where(p => p.Account == card && p.Direction == "credit" && p.Date >= monthStart && p.Date <= month).Sum(p => p.Amount);
            if (repayment == 0m)
            {
                repayment = context.Round((50 + random.Next(0, 100)) * scale);
            }

            Add(card, month, repayment, "debit", "card_payment", "", "", checking, "Card repayment", "", "categorized", "");
            Add(checking, month, repayment, "credit", "card_payment", "", "", card, "Card repayment", "", "categorized", "");
            context.Chart.Post(card, checking, repayment);

            if (month.Month % 3 == 0)
            {
                decimal transfer = context.Round((1000 + random.Next(0, 4000)) * scale);
                Add(savings, month, transfer, "debit", "transfer_fund", "", "", checking, "Transfer to savings", "", "categorized", "");
                Add(checking, month, transfer, "credit", "transfer_fund", "", "", savings, "Transfer to savings", "", "categorized", "");
                context.Chart.Post(savings, checking, transfer);
            }
        }

        // Feed lines nobody has categorised yet (and a few excluded duplicates).
        int feed = Math.Max(3, payments.Count / 100);
        for (int i = 0; i < feed; i++)
        {
            bool moneyIn = random.Chance(0.3);
            Add(checking, GenerationContext.Between(random, context.Today.AddDays(-60), context.Today.AddDays(-1)),
                context.Round((10 + random.Next(0, 490)) * scale), moneyIn ? "debit" : "credit", moneyIn ? "deposit" : "expense", "",
                random.Pick(["ACME BANK FEE", "STRIPE PAYOUT", "UNKNOWN TRANSFER", "CARD REFUND", "ATM WITHDRAWAL"]), "", "Imported from bank feed",
                "", i % 7 == 6 ? "excluded" : "uncategorized", "", source: "feed");
        }

        return Build(openingBalance);
    }

    private void Add(string account, DateOnly date, decimal amount, string direction, string type, string customerId, string payee, string offset,
        string description, string reference, string status, string paymentMode, string source = "user") =>
        pending.Add(new Pending(account, date, amount, direction, type, customerId, payee, offset, description, reference, status, paymentMode, source));

    private (List<BankTransaction>, List<BankAccount>) Build(decimal openingBalance)
    {
        Currency currency = context.Profile.BaseCurrency;
        var transactions = new List<BankTransaction>(pending.Count);
        var accounts = new List<BankAccount>();
        foreach (var (name, type, opening, number, isPrimary) in new[]
        {
            (RelatedDataGenerator.CheckingAccount, "bank", openingBalance, "4321", true),
            (RelatedDataGenerator.SavingsAccount, "bank", 0m, "8765", false),
            (RelatedDataGenerator.CardAccount, "credit_card", 0m, "1111", false),
        })
        {
            // For a card, "credit" is a charge (more owed) and "debit" a repayment.
            int sign = type == "credit_card" ? -1 : 1;
            decimal running = opening;
            int uncategorized = 0;
            foreach (Pending line in pending.Where(p => p.Account == name).OrderBy(p => p.Date))
            {
                decimal signed = (line.Direction == "debit" ? 1 : -1) * sign * line.Amount;
                if (line.Status != "excluded")
                {
                    running += signed;
                }

                if (line.Status == "uncategorized")
                {
                    uncategorized++;
                }

                transactions.Add(new BankTransaction
                {
                    TransactionId = context.Ids.Next(),
                    Date = line.Date,
                    Amount = line.Amount,
                    TransactionType = line.Type,
                    Status = line.Status,
                    Source = line.Source,
                    AccountId = context.Chart.IdOf(name),
                    AccountName = name,
                    AccountType = type,
                    CustomerId = line.CustomerId,
                    Payee = line.Payee,
                    Description = line.Description,
                    CurrencyId = currency.CurrencyId,
                    CurrencyCode = currency.CurrencyCode,
                    DebitOrCredit = line.Direction,
                    OffsetAccountName = line.Offset,
                    ReferenceNumber = line.Reference,
                    ImportedTransactionId = line.Source == "feed" ? context.Ids.Next() : "",
                    RunningBalance = running,
                    ReconcileStatus = line.Date < context.Today.AddDays(-45) && line.Status != "uncategorized" ? "reconciled" : "unreconciled",
                    FromAccountId = line.Direction == "credit" ? context.Chart.IdOf(name) : "",
                    FromAccountName = line.Direction == "credit" ? name : "",
                    ToAccountId = line.Direction == "debit" ? context.Chart.IdOf(name) : "",
                    ToAccountName = line.Direction == "debit" ? name : "",
                    PaymentMode = line.PaymentMode,
                    CustomerName = line.CustomerId.Length > 0 ? line.Payee : "",
                    VendorName = line.Type == "vendor_payment" ? line.Payee : "",
                    SubTotal = line.Amount,
                    Total = line.Amount,
                    BcyTotal = line.Amount,
                });
            }

            decimal book = context.Chart.BalanceOf(name);
            accounts.Add(new BankAccount
            {
                AccountId = context.Chart.IdOf(name),
                AccountName = name,
                AccountCode = type == "credit_card" ? "2100" : isPrimary ? "1000" : "1010",
                CurrencyId = currency.CurrencyId,
                CurrencyCode = currency.CurrencyCode,
                AccountType = type,
                AccountNumber = "XXXX" + number,
                UncategorizedTransactions = uncategorized,
                IsActive = true,
                Balance = book,
                BankBalance = running,
                BcyBalance = book,
                BankName = type == "credit_card" ? "Emulated Card Services" : "Emulated Bank",
                RoutingNumber = type == "credit_card" ? "" : "021000021",
                IsPrimaryAccount = isPrimary,
                CurrencySymbol = currency.CurrencySymbol,
                IsFeedsSubscribed = isPrimary,
                IsFeedsActive = isPrimary,
                Description = isPrimary ? "Main operating account" : type == "credit_card" ? "Company credit card" : "Reserve account",
                FeedsLastRefreshDate = isPrimary ? context.Today.AddDays(-1) : null,
            });
        }

        return (transactions.OrderBy(t => t.Date).ThenBy(t => t.TransactionId, StringComparer.Ordinal).ToList(), accounts);
    }

    private sealed record Pending(string Account, DateOnly Date, decimal Amount, string Direction, string Type, string CustomerId, string Payee,
        string Offset, string Description, string Reference, string Status, string PaymentMode, string Source);
}
