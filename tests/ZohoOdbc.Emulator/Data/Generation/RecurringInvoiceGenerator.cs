namespace ZohoOdbc.Emulator.Data.Generation;

/// <summary>
/// Recurring invoice profiles, each made from an existing invoice (its first child, which then carries the profile's
/// id): same customer, lines and currency; monthly from that invoice's date.
/// </summary>
internal sealed class RecurringInvoiceGenerator(GenerationContext context)
{
    private readonly Random random = context.Random("recurring");

    public (List<Invoice> Invoices, List<RecurringInvoice> Profiles) Generate(List<Invoice> invoices)
    {
        int count = Math.Min(invoices.Count / 100, Math.Max(0, context.Customers.Count / 5));
        var chosen = new SortedSet<int>();
        for (int attempt = 0; attempt < count * 4 && chosen.Count < count; attempt++)
        {
            int index = random.Next(invoices.Count);
            if (invoices[index].Status is not ("draft" or "void") && invoices[index].Date < context.Today)
            {
                chosen.Add(index);
            }
        }

        var profiles = new List<RecurringInvoice>(chosen.Count);
        var updated = invoices.ToList();
        foreach (int index in chosen)
        {
            Invoice first = invoices[index];
            string status = random.PickWeighted([("active", 70), ("stopped", 20), ("expired", 10)]);
            DateOnly? end = status == "expired" ? first.Date.AddMonths(random.Next(2, 10)) : status == "active" && random.Chance(0.3) ? first.Date.AddYears(2) : null;
            DateOnly lastSent = first.Date;
            while (lastSent.AddMonths(1) < context.Today && (end is null || lastSent.AddMonths(1) <= end))
            {
                lastSent = lastSent.AddMonths(1);
            }

            string id = context.Ids.Next();
            DateTimeOffset created = first.CreatedTime.AddMinutes(-random.Next(5, 60));
            profiles.Add(new RecurringInvoice
            {
                RecurringInvoiceId = id,
                RecurrenceName = $"Monthly {first.LineItems[0].Name} for {first.CustomerName}",
                CustomerName = first.CustomerName,
                CustomerId = first.CustomerId,
                Status = status,
                RecurrenceFrequency = "months",
                RepeatEvery = 1,
                CurrencyId = first.CurrencyId,
                CurrencyCode = first.CurrencyCode,
                StartDate = first.Date,
                EndDate = end,
                LastSentDate = lastSent,
                NextInvoiceDate = status == "active" ? lastSent.AddMonths(1) : null,
                Total = first.Total,
                BillingAddress = first.BillingAddress,
                ShippingAddress = first.ShippingAddress,
                CreatedTime = created,
                LastModifiedTime = status == "active" ? created : created.AddDays(random.Next(30, 200)),
                ReferenceNumber = first.ReferenceNumber,
                ContactPersonsAssociated = first.ContactPersonsAssociated,
                LineItems = first.LineItems,
                SubTotal = first.SubTotal,
                TaxTotal = first.TaxTotal,
                PaidInvoicesTotal = first.Total - first.Balance,
                UnpaidInvoicesBalance = SampleData.IsReceivable(first) ? first.Balance : 0m,
            });
            updated[index] = first with { RecurringInvoiceId = id };
        }

        return (updated, profiles);
    }
}
