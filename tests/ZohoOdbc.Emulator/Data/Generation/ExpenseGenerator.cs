using System.Globalization;

namespace ZohoOdbc.Emulator.Data.Generation;

/// <summary>Expenses booked to expense accounts, paid through the bank, the company card or petty cash; some billable to customers.</summary>
internal sealed class ExpenseGenerator(GenerationContext context)
{
    private readonly Random random = context.Random("expenses");

    public List<Expense> Generate(int count, IReadOnlyList<Project> projects)
    {
        var expenses = new List<Expense>(count);
        SalesTax tax = context.Profile.Taxes[0];
        Currency baseCurrency = context.Profile.BaseCurrency;
        var dates = Enumerable.Range(0, count).Select(_ => context.PastDate(random)).Order().ToList();
        foreach (DateOnly date in dates)
        {
            string account = random.Pick(ChartOfAccounts.ExpenseAccounts);
            string paidThrough = random.PickWeighted([(RelatedDataGenerator.CheckingAccount, 50), (RelatedDataGenerator.CardAccount, 40), ("Petty Cash", 10)]);
            Contact? vendor = context.Vendors.Count > 0 && random.Chance(0.5) ? random.Pick(context.Vendors) : null;
            bool billable = context.Customers.Count > 0 && random.Chance(0.2);
            Contact? customer = billable ? random.Pick(context.Customers) : null;
            Project? project = billable && projects.Count > 0 && random.Chance(0.3) ? random.Pick(projects) : null;
            if (project is not null)
            {
                customer = context.Customers.First(c => c.ContactId == project.CustomerId);
            }

            bool taxed = random.Chance(0.4);
            decimal amount = context.Round((5 + random.Next(0, 995) + random.Next(0, 100) / 100m) * context.Profile.PriceScale);
            decimal taxAmount = taxed ? context.Round(amount * tax.TaxPercentage / 100m) : 0m;
            string status = billable ? (date < context.Today.AddDays(-60) && random.Chance(0.6) ? "invoiced" : "unbilled") : random.Chance(0.05) ? "reimbursed" : "nonbillable";
            DateTimeOffset created = context.At(date, 12 * 3600 + random.Next(8 * 3600));
            expenses.Add(new Expense
            {
                ExpenseId = context.Ids.Next(),
                Date = date,
                AccountName = account,
                Description = random.Pick(["Team lunch", "Taxi to client", "Printer toner", "Software subscription", "Conference ticket", "Fuel", "Hotel", "Domain renewal", "Courier"]),
                CurrencyId = baseCurrency.CurrencyId,
                CurrencyCode = baseCurrency.CurrencyCode,
                BcyTotal = amount + taxAmount,
                BcyTotalWithoutTax = amount,
                Total = amount + taxAmount,
                TotalWithoutTax = amount,
                IsBillable = billable,
                ReferenceNumber = random.Chance(0.4) ? "RCPT-" + random.Next(1000, 99999).ToString(CultureInfo.InvariantCulture) : "",
                CustomerId = customer?.ContactId ?? "",
                CustomerName = customer?.ContactName ?? "",
                Status = status,
                CreatedTime = created,
                LastModifiedTime = created.AddMinutes(random.Next(0, 2000)),
                ExpenseReceiptName = random.Chance(0.5) ? "receipt.jpg" : "",
                VendorId = vendor?.ContactId ?? "",
                VendorName = vendor?.ContactName ?? "",
                PaidThroughAccountId = context.Chart.IdOf(paidThrough),
                PaidThroughAccountName = paidThrough,
                ExchangeRate = 1m,
                IsPersonal = status == "reimbursed",
                TaxAmount = taxAmount,
                AccountId = context.Chart.IdOf(account),
                TaxId = taxed ? tax.TaxId : "",
                TaxName = taxed ? tax.TaxName : "",
                TaxPercentage = taxed ? tax.TaxPercentage : 0m,
                SubTotal = amount,
                Amount = amount + taxAmount,
                ProjectId = project?.ProjectId ?? "",
                ProjectName = project?.ProjectName ?? "",
            });
        }

        return expenses;
    }
}
