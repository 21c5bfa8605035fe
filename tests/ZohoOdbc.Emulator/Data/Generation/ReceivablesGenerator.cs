using System.Globalization;

namespace ZohoOdbc.Emulator.Data.Generation;

/// <summary>
/// Customer payments and credit notes that account for what each invoice shows as paid: for every invoice,
/// balance = total - payments applied - credits applied (void invoices have balance 0 and nothing applied).
/// Some paid amounts are settled partly by a credit note, which moves that part from payment_made to
/// credits_applied; open credit notes become the customer's unused credits.
/// </summary>
internal sealed class ReceivablesGenerator(GenerationContext context)
{
    private static readonly (string Mode, int Weight)[] PaymentModes =
        [("banktransfer", 40), ("check", 20), ("creditcard", 20), ("cash", 5), ("bankremittance", 10), ("others", 5)];

    private readonly Random random = context.Random("receivables");

    public sealed record Result(List<Invoice> Invoices, List<CustomerPayment> Payments, List<CreditNote> CreditNotes, List<Contact> Contacts);

    public Result Generate(IReadOnlyList<Invoice> invoices)
    {
        var contactsById = context.Contacts.ToDictionary(c => c.ContactId, StringComparer.Ordinal);
        var updated = new List<Invoice>(invoices.Count);
        var payments = new List<(Invoice Invoice, DateOnly Date, decimal Amount)>();
        var credits = new List<PendingCredit>();

        foreach (Invoice invoice in invoices)
        {
            decimal paid = invoice.Total - invoice.Balance;
            if (invoice.Status is not ("paid" or "partially_paid") || paid <= 0m || invoice.LastPaymentDate is not { } lastPayment)
            {
                updated.Add(invoice);
                continue;
            }

            decimal credit = 0m;
            if (random.Chance(0.06) && paid >= 10m * context.Profile.Unit * 100m)
            {
                credit = context.Round(paid * (0.1m + 0.4m * (decimal)random.NextDouble()));
                DateOnly creditDate = GenerationContext.Between(random, invoice.Date, lastPayment);
                decimal extra = random.Chance(0.3) ? context.Round(credit * (decimal)random.NextDouble() * 0.5m) : 0m;
                credits.Add(new PendingCredit(contactsById[invoice.CustomerId], invoice, creditDate, credit + extra, credit));
            }

            decimal toPay = paid - credit;
            if (invoice.Status == "paid" && toPay > 2m * context.Profile.Unit && random.Chance(0.2))
            {
                decimal first = context.Round(toPay * (0.3m + 0.4m * (decimal)random.NextDouble()));
                payments.Add((invoice, GenerationContext.Between(random, invoice.Date, lastPayment.AddDays(-1)), first));
                payments.Add((invoice, lastPayment, toPay - first));
            }
            else
            {
                payments.Add((invoice, lastPayment, toPay));
            }

            updated.Add(invoice with { PaymentMade = toPay, CreditsApplied = credit });
        }

        // Credits nobody has used yet, and a few void or draft ones.
        int standalone = Math.Max(0, invoices.Count / 400);
        for (int i = 0; i < standalone && context.Customers.Count > 0; i++)
        {
            Contact customer = random.Pick(context.Customers);
            credits.Add(new PendingCredit(customer, null, context.PastDate(random), context.Round((20 + random.Next(0, 480)) * context.Profile.PriceScale), 0m,
                random.Pick(["open", "open", "void", "draft"])));
        }

        var invoicesById = updated.ToDictionary(i => i.InvoiceId, StringComparer.Ordinal);
        List<CustomerPayment> paymentRecords = BuildPayments(payments, contactsById, invoicesById);
        List<CreditNote> creditNotes = BuildCreditNotes(credits);
        return new Result(updated, paymentRecords, creditNotes, WithUnusedCredits(context.Contacts, creditNotes));
    }

    private List<CustomerPayment> BuildPayments(List<(Invoice Invoice, DateOnly Date, decimal Amount)> pending,
        Dictionary<string, Contact> contacts, Dictionary<string, Invoice> invoices)
    {
        var ordered = pending.Select((p, index) => (p.Invoice, p.Date, p.Amount, Index: index))
            .OrderBy(p => p.Date).ThenBy(p => p.Index).ToList();
        var records = new List<CustomerPayment>(ordered.Count);
        string checking = context.Chart.IdOf(RelatedDataGenerator.CheckingAccount);
        int number = 0;
        foreach (var (source, date, amount, _) in ordered)
        {
            Invoice invoice = invoices[source.InvoiceId];
            Contact customer = contacts[invoice.CustomerId];
            string mode = random.PickWeighted(PaymentModes);
            DateTimeOffset created = context.At(date, 9 * 3600 + random.Next(9 * 3600));
            string paymentId = context.Ids.Next();
            records.Add(new CustomerPayment
            {
                PaymentId = paymentId,
                PaymentNumber = (++number).ToString(CultureInfo.InvariantCulture),
                InvoiceNumbers = invoice.InvoiceNumber,
                Date = date,
                PaymentMode = mode,
                Amount = amount,
                BcyAmount = context.Bcy(amount, invoice.ExchangeRate),
                CustomerId = customer.ContactId,
                CustomerName = customer.ContactName,
                ReferenceNumber = mode == "check" ? "CHK-" + random.Next(1000, 99999).ToString(CultureInfo.InvariantCulture) : "",
                Description = "Payment for " + invoice.InvoiceNumber,
                AccountId = checking,
                AccountName = RelatedDataGenerator.CheckingAccount,
                UnusedAmount = 0m,
                CreatedTime = created,
                LastModifiedTime = created.AddMinutes(random.Next(0, 90)),
                Invoices = [new PaymentInvoice(invoice.InvoiceId, invoice.InvoiceNumber, invoice.Date, invoice.Total, amount, invoice.Balance)],
                CurrencyCode = invoice.CurrencyCode,
                CurrencySymbol = invoice.CurrencySymbol,
                ExchangeRate = invoice.ExchangeRate,
                Email = customer.Email,
            });
        }

        return records;
    }

    private List<CreditNote> BuildCreditNotes(List<PendingCredit> pending)
    {
        var notes = new List<CreditNote>(pending.Count);
        int number = 0;
        foreach (PendingCredit credit in pending.OrderBy(c => c.Date).ThenBy(c => c.Customer.ContactId, StringComparer.Ordinal))
        {
            Currency currency = context.CurrencyOf(credit.Customer);
            var lines = new DocumentLines(context, random).Single(
                credit.Invoice is null ? "Service credit" : "Credit for " + credit.Invoice.InvoiceNumber,
                random.Pick(["Returned goods", "Service level credit", "Pricing adjustment", "Damaged in transit"]),
                credit.Total, null, null, currency);
            string status = credit.Status ?? (credit.Applied == credit.Total ? "closed" : "open");
            decimal balance = status is "void" or "draft" ? (status == "draft" ? credit.Total : 0m) : credit.Total - credit.Applied;
            DateTimeOffset created = context.At(credit.Date, 10 * 3600 + random.Next(6 * 3600));
            notes.Add(new CreditNote
            {
                CreditnoteId = context.Ids.Next(),
                CreditnoteNumber = "CN-" + (++number).ToString("00000", CultureInfo.InvariantCulture),
                Status = status,
                ReferenceNumber = credit.Invoice?.InvoiceNumber ?? "",
                Date = credit.Date,
                Total = credit.Total,
                Balance = balance,
                CustomerId = credit.Customer.ContactId,
                CustomerName = credit.Customer.ContactName,
                CurrencyId = currency.CurrencyId,
                CurrencyCode = currency.CurrencyCode,
                CreatedTime = created,
                LastModifiedTime = created.AddMinutes(random.Next(1, 600)),
                IsEmailed = status != "draft" && random.Chance(0.7),
                ExchangeRate = currency.ExchangeRate,
                ContactPersonsAssociated = [ContactPersonReference.From(credit.Customer.ContactPersons[0])],
                LineItems = lines.Lines,
                Invoices = credit.Invoice is null || credit.Applied == 0m
                    ? []
                    : [new CreditNoteInvoice(credit.Invoice.InvoiceId, credit.Invoice.InvoiceNumber, credit.Date, credit.Applied)],
                SubTotal = lines.SubTotal,
                TaxTotal = lines.TaxTotal,
                Taxes = lines.Taxes,
                BillingAddress = credit.Customer.BillingAddress,
                ShippingAddress = credit.Customer.ShippingAddress,
                Notes = "Credit issued.",
            });
        }

        return notes;
    }

    /// <summary>Customers' unused credits are the balances of their open credit notes.</summary>
    private List<Contact> WithUnusedCredits(IReadOnlyList<Contact> contacts, List<CreditNote> notes)
    {
        var unused = new Dictionary<string, (decimal Amount, decimal Bcy)>(StringComparer.Ordinal);
        foreach (CreditNote note in notes.Where(n => n.Status == "open"))
        {
            unused.TryGetValue(note.CustomerId, out var sum);
            unused[note.CustomerId] = (sum.Amount + note.Balance, sum.Bcy + context.Bcy(note.Balance, note.ExchangeRate));
        }

        return contacts.Select(c => unused.TryGetValue(c.ContactId, out var sum)
            ? c with { UnusedCreditsReceivableAmount = sum.Amount, UnusedCreditsReceivableAmountBcy = sum.Bcy }
            : c).ToList();
    }

    private sealed record PendingCredit(Contact Customer, Invoice? Invoice, DateOnly Date, decimal Total, decimal Applied, string? Status = null);
}
