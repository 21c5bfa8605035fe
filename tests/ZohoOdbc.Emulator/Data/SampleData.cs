using ZohoOdbc.Emulator.Data.Generation;
using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Data;

/// <summary>
/// Deterministic sample data for the emulated organization. Side-effect free: tests call
/// <see cref="Generate"/> with the emulator's arguments to compute expected query results.
/// </summary>
public static class SampleData
{
    /// <summary>The data set's "today": statuses (overdue, paid) and due_days are computed against it.</summary>
    public static readonly DateOnly BaseDate = new(2026, 1, 1);

    /// <summary>Earliest contact creation and invoice date.</summary>
    public static readonly DateOnly FirstDate = new(2024, 1, 1);

    /// <summary>Latest invoice date (invoices after <see cref="BaseDate"/> are drafts or sent).</summary>
    public static readonly DateOnly LastDate = new(2026, 10, 31);

    /// <summary>The first organization's fixed UTC offset used in every timestamp.</summary>
    public static readonly TimeSpan OrganizationOffset = TimeSpan.FromHours(-5);

    /// <summary>The first organization's data (<see cref="EmulatorCredentials.OrganizationId"/>), as the emulator serves it.</summary>
    public static Dataset Generate(int seed, int contacts, int invoices) =>
        Generate(OrganizationProfiles.Primary, seed, contacts, invoices);

    /// <summary>Any organization's data; the emulator generates each of its organizations this way.</summary>
    public static Dataset Generate(OrganizationProfile profile, int seed, int contacts, int invoices)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(contacts);
        ArgumentOutOfRangeException.ThrowIfNegative(invoices);
        if (invoices > 0 && contacts == 0)
        {
            throw new ArgumentException("Invoices need at least one contact to bill.", nameof(contacts));
        }

        var random = new Random(seed);
        var ids = new IdSequence(profile.FirstId);
        List<Contact> contactList = new ContactGenerator(random, ids, profile).Generate(contacts);
        List<Contact> customers = contactList.Where(c => c.ContactType == "customer").ToList();
        List<Invoice> invoiceList = new InvoiceGenerator(random, ids, customers, profile).Generate(invoices);
        return RelatedDataGenerator.Generate(profile, seed, ids, WithReceivables(contactList, invoiceList), invoiceList);
    }

    /// <summary>A timestamp in the first organization's offset, <paramref name="secondOfDay"/> seconds after midnight.</summary>
    public static DateTimeOffset At(DateOnly date, int secondOfDay) =>
        new(date.ToDateTime(TimeOnly.MinValue).AddSeconds(secondOfDay), OrganizationOffset);

    /// <summary>True for statuses whose balance is owed by the customer (draft and void are not).</summary>
    public static bool IsReceivable(Invoice invoice) => invoice.Status is "sent" or "overdue" or "partially_paid";

    /// <summary>Customers' outstanding receivables are the balances of their open invoices.</summary>
    private static List<Contact> WithReceivables(List<Contact> contacts, List<Invoice> invoices)
    {
        var owed = new Dictionary<string, (decimal Amount, decimal Bcy)>();
        foreach (Invoice invoice in invoices.Where(IsReceivable))
        {
            owed.TryGetValue(invoice.CustomerId, out var sum);
            owed[invoice.CustomerId] = (
                sum.Amount + invoice.Balance,
                sum.Bcy + Math.Round(invoice.Balance * invoice.ExchangeRate, 2, MidpointRounding.AwayFromZero));
        }

        return contacts
            .Select(c => owed.TryGetValue(c.ContactId, out var sum)
                ? c with { OutstandingReceivableAmount = sum.Amount, OutstandingReceivableAmountBcy = sum.Bcy }
                : c)
            .ToList();
    }
}
