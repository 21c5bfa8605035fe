using System.Globalization;
using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Data;

/// <summary>
/// Builds invoices in date order (so invoice numbers and ids follow the date), billed to customers
/// that existed on the invoice date, with line items priced in the customer's currency.
/// </summary>
internal sealed class InvoiceGenerator(Random random, IdSequence ids, IReadOnlyList<Contact> customers, OrganizationProfile profile)
{
    private const string TemplateId = "460000000000111";
    private const string TemplateName = "Standard Template";

    private readonly HashSet<decimal> usedTotals = [];
    private readonly int[] customerCreatedDays = customers.Select(c => DateOnly.FromDateTime(c.CreatedTime.DateTime).DayNumber).ToArray();

    public List<Invoice> Generate(int count)
    {
        int span = SampleData.LastDate.DayNumber - SampleData.FirstDate.DayNumber + 1;
        var moments = new List<DateTimeOffset>(count);
        for (int i = 0; i < count; i++)
        {
            moments.Add(profile.At(SampleData.FirstDate.AddDays(random.Next(span)), 8 * 3600 + random.Next(11 * 3600)));
        }

        moments.Sort();

        var invoices = new List<Invoice>(count);
        for (int i = 0; i < count; i++)
        {
            invoices.Add(Create(i + 1, moments[i]));
        }

        return invoices;
    }

    private Invoice Create(int number, DateTimeOffset created)
    {
        DateOnly date = DateOnly.FromDateTime(created.DateTime);
        Contact customer = PickCustomer(date);
        Currency currency = profile.CurrencyById(customer.CurrencyId);
        string invoiceId = ids.Next();

        var lines = DrawLines(customer, currency);
        Pricing pricing = Price(lines, currency, profile);
        while (!usedTotals.Add(pricing.Total))
        {
            // Keep every total distinct so ORDER BY total is unambiguous: nudge the first line by a cent.
            lines[0] = lines[0] with { Rate = lines[0].Rate + profile.Unit };
            pricing = Price(lines, currency, profile);
        }

        DateOnly today = SampleData.BaseDate;
        DateOnly dueDate = date.AddDays(customer.PaymentTerms);
        string status = DrawStatus(date, dueDate);
        decimal total = pricing.Total;
        decimal balance = status switch
        {
            "paid" or "void" => 0m,
            "partially_paid" => Math.Clamp(profile.Round(total * (0.15m + 0.7m * (decimal)random.NextDouble())), profile.Unit, total - profile.Unit),
            _ => total,
        };

        bool isPast = date <= today;
        DateTimeOffset todayStart = profile.At(today, 0);
        DateTimeOffset modified = created.AddMinutes(random.Next(1, 120));

        bool isEmailed = status != "draft" && random.Chance(status == "void" ? 0.7 : 0.9);
        DateTimeOffset? sentTime = isEmailed ? created.AddMinutes(random.Next(5, 240)) : null;
        modified = Later(modified, sentTime);

        DateTimeOffset? viewedTime = null;
        if (sentTime is { } sent && isPast && status != "void" && random.Chance(status == "paid" ? 0.8 : 0.6))
        {
            viewedTime = Earlier(sent.AddMinutes(random.Next(60, 5 * 24 * 60)), todayStart.AddMinutes(-1));
            modified = Later(modified, viewedTime);
        }

        DateOnly? lastPaymentDate = null;
        if (status is "paid" or "partially_paid")
        {
            int latest = Math.Min(date.DayNumber + customer.PaymentTerms + 25, today.DayNumber - 1);
            lastPaymentDate = DateOnly.FromDayNumber(random.Next(date.DayNumber, Math.Max(date.DayNumber, latest) + 1));
            modified = Later(modified, profile.At(lastPaymentDate.Value, 9 * 3600 + random.Next(9 * 3600)));
        }

        int remindersSent = 0;
        DateOnly? lastReminder = null;
        if (status == "overdue")
        {
            remindersSent = random.Next(4);
            if (remindersSent > 0)
            {
                lastReminder = DateOnly.FromDayNumber(Math.Min(dueDate.DayNumber + 7 * remindersSent, today.DayNumber - 1));
                modified = Later(modified, profile.At(lastReminder.Value, 7 * 3600));
            }
        }

        if (status == "void")
        {
            DateTimeOffset voided = created.AddDays(random.Next(1, 30));
            modified = Later(modified, isPast ? Earlier(voided, todayStart.AddMinutes(-1)) : voided);
        }

        DateOnly? paymentExpected = status is "sent" or "overdue" or "partially_paid" && random.Chance(0.1)
            ? dueDate.AddDays(random.Next(31))
            : null;

        Salesperson? salesperson = random.Chance(0.7) ? random.Pick(Salesperson.All) : null;
        ContactPerson primary = customer.ContactPersons[0];

        return new Invoice
        {
            InvoiceId = invoiceId,
            InvoiceNumber = "INV-" + number.ToString("000000", CultureInfo.InvariantCulture),
            Status = status,
            Date = date,
            DueDate = dueDate,
            DueDays = DescribeDueDays(status, dueDate, today),
            CustomerId = customer.ContactId,
            CustomerName = customer.ContactName,
            CompanyName = customer.CompanyName,
            Email = customer.Email,
            Phone = customer.Phone,
            CurrencyId = currency.CurrencyId,
            CurrencyCode = currency.CurrencyCode,
            CurrencySymbol = currency.CurrencySymbol,
            ExchangeRate = currency.ExchangeRate,
            ReferenceNumber = random.Chance(0.45) ? "PO-" + random.Next(10000, 100000).ToString(CultureInfo.InvariantCulture) : "",
            PaymentTerms = customer.PaymentTerms,
            PaymentTermsLabel = customer.PaymentTermsLabel,
            ContactPersonsAssociated = [ContactPersonReference.From(primary)],
            LineItems = pricing.Lines,
            SubTotal = pricing.SubTotal,
            TaxTotal = pricing.TaxTotal,
            Total = total,
            Taxes = pricing.Taxes,
            Balance = balance,
            PaymentMade = status is "paid" or "partially_paid" ? total - balance : 0m,
            SalespersonId = salesperson?.SalespersonId ?? "",
            SalespersonName = salesperson?.SalespersonName ?? "",
            IsEmailed = isEmailed,
            IsViewedByClient = viewedTime is not null,
            ClientViewedTime = viewedTime,
            RemindersSent = remindersSent,
            LastReminderSentDate = lastReminder,
            PaymentExpectedDate = paymentExpected,
            LastPaymentDate = lastPaymentDate,
            BillingAddress = customer.BillingAddress,
            ShippingAddress = customer.ShippingAddress,
            Notes = "Thank you for your business.",
            Terms = $"Payment is due within {customer.PaymentTerms} days of the invoice date.",
            TemplateId = TemplateId,
            TemplateName = TemplateName,
            CreatedTime = created,
            LastModifiedTime = modified,
        };
    }

    /// <summary>Older customers get more invoices; only customers created on or before the date qualify.</summary>
    private Contact PickCustomer(DateOnly date)
    {
        int eligible = UpperBound(customerCreatedDays, date.DayNumber);
        int index = (int)(eligible * Math.Pow(random.NextDouble(), 1.4));
        return customers[Math.Clamp(index, 0, eligible - 1)];
    }

    private string DrawStatus(DateOnly date, DateOnly dueDate)
    {
        DateOnly today = SampleData.BaseDate;
        if (date > today)
        {
            // Dated after the data set's "today": not yet settled.
            return random.Chance(0.35) ? "draft" : "sent";
        }

        double roll = random.NextDouble();
        if (roll < 0.04)
        {
            return "draft";
        }

        if (roll < 0.07)
        {
            return "void";
        }

        int age = today.DayNumber - date.DayNumber;
        double paidShare = age > 90 ? 0.86 : age > 30 ? 0.6 : 0.3;
        double settle = random.NextDouble();
        if (settle < paidShare)
        {
            return "paid";
        }

        if (settle < paidShare + 0.07)
        {
            return "partially_paid";
        }

        return dueDate < today ? "overdue" : "sent";
    }

    private List<LineItem> DrawLines(Contact customer, Currency currency)
    {
        int count = random.PickWeighted([(1, 30), (2, 30), (3, 20), (4, 12), (5, 8)]);
        var lines = new List<LineItem>(count);
        for (int order = 1; order <= count; order++)
        {
            CatalogItem item = random.Pick(CatalogItem.All);
            decimal quantity = item.IsHourly
                ? random.Next(2, 81) / 2m
                : item.ProductType == "goods" ? random.Next(1, 41) : random.Next(1, 13);
            bool taxed = customer.IsTaxable && item.ProductType == "goods";
            lines.Add(new LineItem
            {
                LineItemId = ids.Next(),
                ItemId = item.ItemId,
                Name = item.Name,
                Description = item.Description,
                ItemOrder = order,
                Rate = profile.Round(item.Rate * profile.PriceScale / currency.ExchangeRate),
                BcyRate = 0m,
                Quantity = quantity,
                Unit = item.Unit,
                TaxId = taxed ? customer.TaxId : "",
                TaxName = taxed ? customer.TaxName : "",
                TaxType = taxed ? "tax" : "",
                TaxPercentage = taxed ? customer.TaxPercentage : 0m,
                ItemTotal = 0m,
                ProductType = item.ProductType,
                Sku = item.Sku,
            });
        }

        return lines;
    }

    /// <summary>Derives each line's totals from rate and quantity, then the invoice's taxes and totals.</summary>
    private static Pricing Price(IReadOnlyList<LineItem> lines, Currency currency, OrganizationProfile profile)
    {
        var priced = new List<LineItem>(lines.Count);
        var taxes = new List<InvoiceTax>();
        decimal subTotal = 0m;
        foreach (LineItem line in lines)
        {
            LineItem withTotals = line with
            {
                ItemTotal = profile.Round(line.Rate * line.Quantity),
                BcyRate = profile.Round(line.Rate * currency.ExchangeRate),
            };
            priced.Add(withTotals);
            subTotal += withTotals.ItemTotal;
        }

        foreach (LineItem line in priced)
        {
            if (line.TaxName.Length > 0 && !taxes.Exists(t => t.TaxName == line.TaxName))
            {
                decimal taxable = priced.Where(l => l.TaxName == line.TaxName).Sum(l => l.ItemTotal);
                taxes.Add(new InvoiceTax(line.TaxName, profile.Round(taxable * line.TaxPercentage / 100m)));
            }
        }

        decimal taxTotal = taxes.Sum(t => t.TaxAmount);
        return new Pricing(priced.ToArray(), subTotal, taxTotal, subTotal + taxTotal, taxes);
    }

    private static string DescribeDueDays(string status, DateOnly dueDate, DateOnly today)
    {
        if (status is "paid" or "void")
        {
            return "";
        }

        int days = dueDate.DayNumber - today.DayNumber;
        return days switch
        {
            > 0 => $"Due in {days} day(s)",
            0 => "Due Today",
            _ => $"Overdue by {-days} day(s)",
        };
    }

    private static int UpperBound(int[] sorted, int value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            int mid = (low + high) / 2;
            if (sorted[mid] <= value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset? b) => b is { } other && other > a ? other : a;

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private sealed record Pricing(LineItem[] Lines, decimal SubTotal, decimal TaxTotal, decimal Total, List<InvoiceTax> Taxes);
}
