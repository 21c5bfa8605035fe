using System.Globalization;

namespace ZohoOdbc.Emulator.Data.Generation;

/// <summary>Manual journals: monthly depreciation, quarterly payroll accruals and a few reclassifications; every one balances.</summary>
internal sealed class JournalGenerator(GenerationContext context)
{
    private readonly Random random = context.Random("journals");

    public List<Journal> Generate(int reclassifications)
    {
        var pending = new List<(DateOnly Date, string Notes, string Debit, string Credit, decimal Amount, string Type)>();
        decimal scale = context.Profile.PriceScale;
        for (DateOnly month = new(SampleData.FirstDate.Year, SampleData.FirstDate.Month, 1); month < context.Today; month = month.AddMonths(1))
        {
            DateOnly endOfMonth = month.AddMonths(1).AddDays(-1);
            pending.Add((endOfMonth, "Monthly depreciation", "Depreciation Expense", "Accumulated Depreciation", context.Round(250m * scale), "accrual"));
            if (month.Month % 3 == 0)
            {
                pending.Add((endOfMonth, "Payroll accrual", "Salaries and Employee Wages", "Accrued Liabilities", context.Round((8000 + random.Next(0, 4000)) * scale), "accrual"));
            }
        }

        for (int i = 0; i < reclassifications; i++)
        {
            string from = random.Pick(ChartOfAccounts.ExpenseAccounts), to = random.Pick(ChartOfAccounts.ExpenseAccounts);
            if (from != to)
            {
                pending.Add((context.PastDate(random), $"Reclassify from {from} to {to}", to, from, context.Round((20 + random.Next(0, 500)) * scale), "both"));
            }
        }

        pending.Sort((a, b) => a.Date.CompareTo(b.Date));
        Currency currency = context.Profile.BaseCurrency;
        string author = context.Users[0].Name;
        var journals = new List<Journal>(pending.Count);
        for (int i = 0; i < pending.Count; i++)
        {
            var (date, notes, debit, credit, amount, type) = pending[i];
            bool draft = date > context.Today.AddDays(-20) && random.Chance(0.5);
            if (!draft)
            {
                context.Chart.Post(debit, credit, amount);
            }

            DateTimeOffset created = context.At(date.AddDays(random.Next(0, 3)), 16 * 3600 + random.Next(3600));
            journals.Add(new Journal
            {
                JournalId = context.Ids.Next(),
                JournalDate = date,
                EntryNumber = (i + 1).ToString(CultureInfo.InvariantCulture),
                ReferenceNumber = random.Chance(0.3) ? "ADJ-" + (i + 1).ToString("0000", CultureInfo.InvariantCulture) : "",
                CurrencyId = currency.CurrencyId,
                Notes = notes,
                JournalType = type,
                Total = amount,
                BcyTotal = amount,
                Status = draft ? "draft" : "published",
                CreatedByName = author,
                CurrencyCode = currency.CurrencyCode,
                ExchangeRate = 1m,
                LineItems =
                [
                    new JournalLine(context.Ids.Next(), context.Chart.IdOf(debit), debit, "", "", notes, "debit", amount, amount),
                    new JournalLine(context.Ids.Next(), context.Chart.IdOf(credit), credit, "", "", notes, "credit", amount, amount),
                ],
                LineItemTotal = amount,
                CreatedTime = created,
                LastModifiedTime = created.AddMinutes(random.Next(0, 600)),
            });
        }

        return journals;
    }
}
