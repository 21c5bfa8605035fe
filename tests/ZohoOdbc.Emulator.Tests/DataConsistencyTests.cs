using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Tests;

/// <summary>The generated data adds up, on the default organization (seed 42, 1000 contacts, 5000 invoices) and on every other one.</summary>
public sealed class DataConsistencyTests
{
    private static readonly Lazy<Dataset> Default = new(() => SampleData.Generate(42, 1000, 5000));

    public static TheoryData<string> Organizations() => new(OrganizationProfiles.All.Select(p => p.OrganizationId));

    private static Dataset DataOf(string organizationId)
    {
        if (organizationId == EmulatorCredentials.OrganizationId)
        {
            return Default.Value;
        }

        OrganizationProfile profile = OrganizationProfiles.All.Single(p => p.OrganizationId == organizationId);
        return SampleData.Generate(profile, 99, profile.DefaultContacts, profile.DefaultInvoices);
    }

    [Theory]
    [MemberData(nameof(Organizations))]
    public void Every_invoice_balance_is_total_minus_payments_and_credits_applied(string organizationId)
    {
        Dataset data = DataOf(organizationId);
        var paid = data.CustomerPayments.SelectMany(p => p.Invoices).GroupBy(i => i.InvoiceId).ToDictionary(g => g.Key, g => g.Sum(i => i.AmountApplied));
        var credited = data.CreditNotes.SelectMany(c => c.Invoices).GroupBy(i => i.InvoiceId).ToDictionary(g => g.Key, g => g.Sum(i => i.Amount));
        Assert.NotEmpty(paid);
        foreach (Invoice invoice in data.Invoices)
        {
            decimal payments = paid.GetValueOrDefault(invoice.InvoiceId);
            decimal credits = credited.GetValueOrDefault(invoice.InvoiceId);
            if (invoice.Status == "void")
            {
                // A void invoice owes nothing and has nothing applied.
                Assert.Equal((0m, 0m, 0m), (invoice.Balance, payments, credits));
                continue;
            }

            Assert.True(invoice.Balance == invoice.Total - payments - credits,
                $"{invoice.InvoiceNumber}: balance {invoice.Balance} != {invoice.Total} - {payments} - {credits}");
            Assert.Equal(payments, invoice.PaymentMade);
            Assert.Equal(credits, invoice.CreditsApplied);
            Assert.Equal(invoice.SubTotal + invoice.TaxTotal, invoice.Total);
            Assert.Equal(invoice.SubTotal, invoice.LineItems.Sum(l => l.ItemTotal));
        }

        Assert.Contains(data.Invoices, i => i.CreditsApplied > 0m);
    }

    [Theory]
    [MemberData(nameof(Organizations))]
    public void Documents_and_contacts_add_up(string organizationId)
    {
        Dataset data = DataOf(organizationId);
        foreach (CustomerPayment payment in data.CustomerPayments)
        {
            Assert.Equal(payment.Amount, payment.Invoices.Sum(i => i.AmountApplied) + payment.UnusedAmount);
        }

        foreach (CreditNote note in data.CreditNotes.Where(n => n.Status is "open" or "closed"))
        {
            Assert.Equal(note.Balance, note.Total - note.Invoices.Sum(i => i.Amount));
        }

        foreach (Bill bill in data.Bills.Where(b => b.Status != "void"))
        {
            Assert.Equal(bill.Balance, bill.Total - bill.Payments.Sum(p => p.Amount) - bill.VendorCredits.Sum(c => c.Amount));
        }

        foreach (Journal journal in data.Journals)
        {
            Assert.Equal(journal.LineItems.Where(l => l.DebitOrCredit == "debit").Sum(l => l.Amount), journal.LineItems.Where(l => l.DebitOrCredit == "credit").Sum(l => l.Amount));
        }

        foreach (Contact contact in data.Contacts)
        {
            Assert.Equal(data.Invoices.Where(i => i.CustomerId == contact.ContactId && SampleData.IsReceivable(i)).Sum(i => i.Balance), contact.OutstandingReceivableAmount);
            Assert.Equal(data.CreditNotes.Where(n => n.CustomerId == contact.ContactId && n.Status == "open").Sum(n => n.Balance), contact.UnusedCreditsReceivableAmount);
            Assert.Equal(data.Bills.Where(b => b.VendorId == contact.ContactId && b.Status is "open" or "overdue" or "partially_paid").Sum(b => b.Balance), contact.OutstandingPayableAmount);
        }

        foreach (BankAccount account in data.BankAccounts)
        {
            BankTransaction? last = data.BankTransactions.Where(t => t.AccountId == account.AccountId).OrderBy(t => t.Date).LastOrDefault();
            if (last is not null)
            {
                Assert.Equal(account.BankBalance, data.BankTransactions.Where(t => t.AccountId == account.AccountId).OrderBy(t => t.Date).ThenBy(t => t.TransactionId).Last().RunningBalance);
            }

            Assert.Equal(account.Balance, data.ChartOfAccounts.Single(a => a.AccountId == account.AccountId).CurrentBalance);
        }

        foreach (Project project in data.Projects)
        {
            int minutes = data.TimeEntries.Where(t => t.ProjectId == project.ProjectId).Sum(t => int.Parse(t.LogTime[..2]) * 60 + int.Parse(t.LogTime[3..]));
            Assert.Equal($"{minutes / 60:00}:{minutes % 60:00}", project.TotalHours);
        }
    }

    [Fact]
    public void The_default_organization_has_several_currencies_custom_fields_and_every_entity()
    {
        Dataset data = Default.Value;
        Assert.True(data.Currencies.Count >= 3);
        Assert.Contains(data.Invoices, i => i.CurrencyCode == "EUR" && i.ExchangeRate != 1m);
        Assert.All(data.Currencies.Where(c => !c.IsBaseCurrency), c =>
            Assert.Equal(c.ExchangeRate, data.ExchangeRates.Where(r => r.CurrencyId == c.CurrencyId).MaxBy(r => r.EffectiveDate)!.Rate));
        Assert.Contains(data.Contacts, c => c.CustomFieldHash.ContainsKey("cf_segment"));
        Assert.Contains(data.Invoices, i => i.CustomFields.Count > 0 && i.CustomFieldHash.ContainsKey(i.CustomFields[0].ApiName));
        Assert.All(data.Counts(), count => Assert.True(count.Value > 0, count.Key));
        Assert.Contains(data.Invoices, i => i.RecurringInvoiceId.Length > 0);
    }

    [Fact]
    public void Names_include_non_latin_scripts_and_organizations_live_in_every_data_centre()
    {
        Assert.Contains(DataOf(OrganizationProfiles.Japan.OrganizationId).Contacts, c => c.ContactName.Any(ch => ch is >= '\u3040' and <= '\u9fff'));
        Assert.Contains(DataOf(OrganizationProfiles.SaudiArabia.OrganizationId).Contacts, c => c.ContactName.Any(ch => ch is >= '\u0600' and <= '\u06ff'));
        Assert.Contains(DataOf(EmulatorCredentials.SecondOrganizationId).Contacts, c => c.ContactName.Any(ch => ch is >= '\uac00' and <= '\ud7af' or >= '\u0400' and <= '\u04ff'));
        Assert.Equal(DataCentre.All.Count, OrganizationProfiles.All.Select(p => p.DataCentre).Distinct().Count());
        Assert.Equal(0, DataOf(OrganizationProfiles.Japan.OrganizationId).Invoices.Sum(i => i.Total) % 1m);
    }

    [Fact]
    public void Generation_is_deterministic()
    {
        Dataset again = SampleData.Generate(42, 1000, 5000);
        Assert.Equal(Default.Value.Invoices.Select(i => (i.InvoiceId, i.Total, i.Balance)), again.Invoices.Select(i => (i.InvoiceId, i.Total, i.Balance)));
        Assert.Equal(Default.Value.CustomerPayments.Select(p => (p.PaymentId, p.Amount)), again.CustomerPayments.Select(p => (p.PaymentId, p.Amount)));
    }
}
