using System.Globalization;

namespace ZohoOdbc.Emulator.Data.Generation;

/// <summary>Estimates and sales orders for customers that existed on the document date.</summary>
internal sealed class QuoteGenerator(GenerationContext context)
{
    public List<Estimate> Estimates(int count)
    {
        Random random = context.Random("estimates");
        var lines = new DocumentLines(context, random);
        var dates = Dates(random, count);
        var estimates = new List<Estimate>(count);
        for (int i = 0; i < dates.Count; i++)
        {
            DateOnly date = dates[i];
            Contact customer = context.CustomerOn(random, date);
            Currency currency = context.CurrencyOf(customer);
            DocumentLines.Priced priced = lines.Sales(customer, currency);
            DateOnly expiry = date.AddDays(30);
            string status = date >= context.Today
                ? random.PickWeighted([("draft", 40), ("sent", 60)])
                : random.PickWeighted([("draft", 5), ("sent", 15), ("accepted", 25), ("declined", 10), ("invoiced", 45)]);
            if (status == "sent" && expiry < context.Today)
            {
                status = "expired";
            }

            DateTimeOffset created = context.At(date, 8 * 3600 + random.Next(10 * 3600));
            bool emailed = status != "draft" && random.Chance(0.85);
            DateTimeOffset? viewed = emailed && random.Chance(0.5) ? Earlier(created.AddHours(random.Next(1, 96))) : null;
            DateOnly? decided = status is "accepted" or "declined" or "invoiced" ? GenerationContext.Between(random, date, Min(expiry, context.Today.AddDays(-1))) : null;
            Salesperson? salesperson = random.Chance(0.6) ? random.Pick(Salesperson.All) : null;
            estimates.Add(new Estimate
            {
                EstimateId = context.Ids.Next(),
                EstimateNumber = "EST-" + (i + 1).ToString("000000", CultureInfo.InvariantCulture),
                Status = status,
                Date = date,
                ExpiryDate = expiry,
                CustomerId = customer.ContactId,
                CustomerName = customer.ContactName,
                CompanyName = customer.CompanyName,
                ReferenceNumber = random.Chance(0.3) ? "RFQ-" + random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture) : "",
                CurrencyId = currency.CurrencyId,
                CurrencyCode = currency.CurrencyCode,
                CurrencySymbol = currency.CurrencySymbol,
                ExchangeRate = currency.ExchangeRate,
                Total = priced.Total,
                CreatedTime = created,
                LastModifiedTime = decided is { } d ? Later(created, context.At(d, 15 * 3600)) : created.AddMinutes(random.Next(1, 300)),
                AcceptedDate = status is "accepted" or "invoiced" ? decided : null,
                DeclinedDate = status == "declined" ? decided : null,
                IsViewedByClient = viewed is not null,
                ClientViewedTime = viewed,
                IsEmailed = emailed,
                SalespersonId = salesperson?.SalespersonId ?? "",
                SalespersonName = salesperson?.SalespersonName ?? "",
                ContactPersonsAssociated = [ContactPersonReference.From(customer.ContactPersons[0])],
                LineItems = priced.Lines,
                SubTotal = priced.SubTotal,
                TaxTotal = priced.TaxTotal,
                Taxes = priced.Taxes,
                PricePrecision = context.Profile.PricePrecision,
                BillingAddress = customer.BillingAddress,
                ShippingAddress = customer.ShippingAddress,
                TemplateId = "460000000000112",
                TemplateName = "Standard Estimate",
                Notes = "Looking forward to your business.",
                Terms = "Valid for 30 days.",
            });
        }

        return estimates;
    }

    public List<SalesOrder> SalesOrders(int count)
    {
        Random random = context.Random("salesorders");
        var lines = new DocumentLines(context, random);
        var dates = Dates(random, count);
        var orders = new List<SalesOrder>(count);
        for (int i = 0; i < dates.Count; i++)
        {
            DateOnly date = dates[i];
            Contact customer = context.CustomerOn(random, date);
            Currency currency = context.CurrencyOf(customer);
            DocumentLines.Priced priced = lines.Sales(customer, currency);
            int shipmentDays = random.Next(3, 22);
            string status = date >= context.Today
                ? random.PickWeighted([("draft", 40), ("open", 60)])
                : random.PickWeighted([("draft", 4), ("open", 16), ("invoiced", 55), ("partially_invoiced", 10), ("void", 5), ("closed", 10)]);
            decimal invoiced = status switch
            {
                "invoiced" or "closed" => priced.Total,
                "partially_invoiced" => context.Round(priced.Total * (0.2m + 0.6m * (decimal)random.NextDouble())),
                _ => 0m,
            };
            string paid = invoiced == 0m ? "unpaid" : status == "closed" || (invoiced == priced.Total && random.Chance(0.7)) ? "paid" : random.Chance(0.5) ? "partially_paid" : "unpaid";
            DateTimeOffset created = context.At(date, 8 * 3600 + random.Next(10 * 3600));
            Salesperson? salesperson = random.Chance(0.6) ? random.Pick(Salesperson.All) : null;
            orders.Add(new SalesOrder
            {
                SalesorderId = context.Ids.Next(),
                CustomerName = customer.ContactName,
                CustomerId = customer.ContactId,
                Status = status,
                SalesorderNumber = "SO-" + (i + 1).ToString("000000", CultureInfo.InvariantCulture),
                ReferenceNumber = random.Chance(0.5) ? "PO-" + random.Next(10000, 99999).ToString(CultureInfo.InvariantCulture) : "",
                Date = date,
                ShipmentDate = date.AddDays(shipmentDays),
                ShipmentDays = shipmentDays,
                CurrencyId = currency.CurrencyId,
                CurrencyCode = currency.CurrencyCode,
                Total = priced.Total,
                SubTotal = priced.SubTotal,
                BcyTotal = context.Bcy(priced.Total, currency.ExchangeRate),
                CreatedTime = created,
                LastModifiedTime = created.AddMinutes(random.Next(1, 60 * 24 * 20)),
                IsEmailed = status != "draft" && random.Chance(0.8),
                DeliveryDate = date.AddDays(shipmentDays + random.Next(1, 6)),
                InvoicedStatus = invoiced == 0m ? "not_invoiced" : invoiced == priced.Total ? "invoiced" : "partially_invoiced",
                PaidStatus = paid,
                OrderStatus = status,
                TotalInvoicedAmount = invoiced,
                SalespersonId = salesperson?.SalespersonId ?? "",
                SalespersonName = salesperson?.SalespersonName ?? "",
                ContactPersonsAssociated = [ContactPersonReference.From(customer.ContactPersons[0])],
                ExchangeRate = currency.ExchangeRate,
                LineItems = priced.Lines,
                TaxTotal = priced.TaxTotal,
                Taxes = priced.Taxes,
                PricePrecision = context.Profile.PricePrecision,
                BillingAddress = customer.BillingAddress,
                ShippingAddress = customer.ShippingAddress,
                DeliveryMethod = random.Pick(["Courier", "Freight", "Pickup", ""]),
                Notes = "Thank you for your order.",
                TemplateId = "460000000000113",
                TemplateName = "Standard Sales Order",
            });
        }

        return orders;
    }

    private List<DateOnly> Dates(Random random, int count)
    {
        if (context.Customers.Count == 0)
        {
            return [];
        }

        DateOnly first = DateOnly.FromDateTime(context.Customers[0].CreatedTime.DateTime);
        var dates = new List<DateOnly>(count);
        for (int i = 0; i < count; i++)
        {
            dates.Add(GenerationContext.Between(random, first, SampleData.LastDate));
        }

        dates.Sort();
        return dates;
    }

    private DateTimeOffset Earlier(DateTimeOffset value) =>
        value < context.At(context.Today, 0) ? value : context.At(context.Today, 0).AddMinutes(-1);

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
