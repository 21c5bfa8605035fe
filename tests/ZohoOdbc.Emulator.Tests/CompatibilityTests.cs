using System.Security.Cryptography;
using System.Text;
using ZohoOdbc.Emulator.Data;

namespace ZohoOdbc.Emulator.Tests;

/// <summary>What the other suites rely on: command line, credentials, and the first organization's generated values.</summary>
public sealed class CompatibilityTests
{
    [Fact]
    public void Command_line_keeps_its_options_and_defaults()
    {
        EmulatorOptions defaults = EmulatorOptions.Parse([]);
        Assert.Equal((0, 42, 1000, 5000, 3600.0), (defaults.Port, defaults.Seed, defaults.Contacts, defaults.Invoices, defaults.TokenLifetime.TotalSeconds));
        Assert.False(defaults.TokenLimit || defaults.RateLimit || defaults.DailyLimit || defaults.ConcurrencyLimit || defaults.ExitOnStdinClose);

        EmulatorOptions options = EmulatorOptions.Parse(["--port", "0", "--seed=7", "--contacts", "10", "--invoices", "20", "--token-lifetime", "60",
            "--exit-on-stdin-close", "--token-limit", "--limits"]);
        Assert.Equal((7, 10, 20, 60.0), (options.Seed, options.Contacts, options.Invoices, options.TokenLifetime.TotalSeconds));
        Assert.True(options.ExitOnStdinClose && options.TokenLimit && options.RateLimit && options.DailyLimit && options.ConcurrencyLimit);

        Assert.Throws<ArgumentException>(() => EmulatorOptions.Parse(["--limits=yes"]));
        Assert.Throws<ArgumentException>(() => EmulatorOptions.Parse(["--bogus"]));
    }

    [Fact]
    public void Fixed_credentials_are_unchanged()
    {
        Assert.Equal("1000.EMULATORCLIENT", EmulatorCredentials.ClientId);
        Assert.Equal("emulator-secret", EmulatorCredentials.ClientSecret);
        Assert.Equal("1000.emulator.refresh", EmulatorCredentials.RefreshToken);
        Assert.Equal("60001234567", EmulatorCredentials.OrganizationId);
    }

    /// <summary>
    /// The first organization's contacts and invoices for seed 42 / 1000 / 5000 hash to the value they had when the
    /// emulator's first cut was committed: other suites compute expected rows from them.
    /// </summary>
    [Fact]
    public void The_first_organizations_contacts_and_invoices_keep_their_values()
    {
        Dataset data = SampleData.Generate(42, 1000, 5000);
        var text = new StringBuilder();
        foreach (Contact c in data.Contacts)
        {
            text.AppendLine(string.Join("|", c.ContactId, c.ContactName, c.CompanyName, c.ContactType, c.CustomerSubType, c.Status, c.PaymentTerms,
                c.CurrencyCode, c.OutstandingReceivableAmount, c.OutstandingReceivableAmountBcy, c.FirstName, c.LastName, c.Email, c.Phone, c.Mobile,
                c.Website, c.PortalStatus, c.CreatedTime.ToString("O"), c.LastModifiedTime.ToString("O"), c.CreditLimit, c.TaxName,
                c.BillingAddress.Address, c.BillingAddress.Zip, c.ContactPersons.Count, c.Notes));
        }

        foreach (Invoice i in data.Invoices)
        {
            text.AppendLine(string.Join("|", i.InvoiceId, i.InvoiceNumber, i.Status, i.Date, i.DueDate, i.DueDays, i.CustomerId, i.CustomerName,
                i.CurrencyCode, i.ExchangeRate, i.ReferenceNumber, i.SubTotal, i.TaxTotal, i.Total, i.Balance, i.IsEmailed, i.IsViewedByClient,
                i.ClientViewedTime?.ToString("O"), i.RemindersSent, i.LastReminderSentDate, i.PaymentExpectedDate, i.LastPaymentDate, i.SalespersonName,
                i.CreatedTime.ToString("O"), i.LastModifiedTime.ToString("O"),
                string.Join(",", i.LineItems.Select(l => $"{l.LineItemId}:{l.ItemId}:{l.Rate}:{l.Quantity}:{l.ItemTotal}:{l.TaxName}"))));
        }

        Assert.Equal("68f51547fd86c928e404bb1c31e2876b", Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text.ToString().Replace("\r\n", "\n")))));
    }
}
