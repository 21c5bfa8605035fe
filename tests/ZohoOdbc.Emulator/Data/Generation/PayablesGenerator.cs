using System.Globalization;

namespace ZohoOdbc.Emulator.Data.Generation;

/// <summary>
/// The purchase side: purchase orders, bills (some made from billed orders), vendor payments and vendor credits,
/// with balance = total - payments - vendor credits applied on every bill, and vendors' outstanding payables equal
/// to their open bills' balances.
/// </summary>
internal sealed class PayablesGenerator(GenerationContext context)
{
    private readonly Random random = context.Random("payables");

    public sealed record Result(List<PurchaseOrder> PurchaseOrders, List<Bill> Bills, List<VendorPayment> Payments, List<VendorCredit> Credits, List<Contact> Contacts);

    public Result Generate(int orderCount, int billCount, IReadOnlyList<Contact> contacts)
    {
        if (context.Vendors.Count == 0)
        {
            return new Result([], [], [], [], contacts.ToList());
        }

        var lines = new DocumentLines(context, random);
        SalesTax tax = context.Profile.Taxes[0];
        var orders = new List<PurchaseOrder>(orderCount);
        var pendingBills = new List<(Contact Vendor, DateOnly Date, DocumentLines.Priced Lines, string? OrderId)>();

        var orderDates = Enumerable.Range(0, orderCount).Select(_ => context.PastDate(random)).Order().ToList();
        for (int i = 0; i < orderDates.Count; i++)
        {
            DateOnly date = orderDates[i];
            Contact vendor = random.Pick(context.Vendors);
            Currency currency = context.CurrencyOf(vendor);
            DocumentLines.Priced priced = lines.Purchase(currency, random.Chance(0.5) ? tax : null);
            string status = random.PickWeighted([("draft", 10), ("open", 25), ("billed", 55), ("cancelled", 10)]);
            string id = context.Ids.Next();
            DateTimeOffset created = context.At(date, 8 * 3600 + random.Next(9 * 3600));
            orders.Add(new PurchaseOrder
            {
                PurchaseorderId = id,
                VendorId = vendor.ContactId,
                VendorName = vendor.ContactName,
                Status = status,
                PurchaseorderNumber = "PO-" + (i + 1).ToString("00000", CultureInfo.InvariantCulture),
                ReferenceNumber = random.Chance(0.3) ? "Q-" + random.Next(100, 999).ToString(CultureInfo.InvariantCulture) : "",
                Date = date,
                DeliveryDate = date.AddDays(random.Next(5, 30)),
                CurrencyId = currency.CurrencyId,
                CurrencyCode = currency.CurrencyCode,
                PricePrecision = context.Profile.PricePrecision,
                Total = priced.Total,
                CreatedTime = created,
                LastModifiedTime = created.AddDays(random.Next(0, 20)),
                BilledStatus = status == "billed" ? "billed" : "yet_to_be_billed",
                OrderStatus = status == "cancelled" ? "cancelled" : status == "draft" ? "draft" : status == "billed" ? "closed" : "open",
                QuantityYetToReceive = status is "open" ? priced.Lines.Sum(l => l.Quantity) : 0m,
                ExpectedDeliveryDate = date.AddDays(random.Next(5, 30)),
                ExchangeRate = currency.ExchangeRate,
                LineItems = priced.Lines,
                SubTotal = priced.SubTotal,
                TaxTotal = priced.TaxTotal,
                Taxes = priced.Taxes,
                BillingAddress = vendor.BillingAddress,
                DeliveryAddress = new PostalAddress
                {
                    Address = "1 Emulator Plaza",
                    City = context.Profile.Organization.Address.City,
                    State = "",
                    Zip = context.Profile.Organization.Address.Zip,
                    Country = context.Profile.Organization.Address.Country,
                },
                ShipVia = random.Pick(["Courier", "Freight", "Post"]),
                Attention = vendor.FirstName,
                TemplateId = "460000000000114",
                TemplateName = "Standard Purchase Order",
            });
            if (status == "billed")
            {
                pendingBills.Add((vendor, GenerationContext.Between(random, date.AddDays(3), context.Today.AddDays(-1)), priced, id));
            }
        }

        while (pendingBills.Count < billCount)
        {
            Contact vendor = random.Pick(context.Vendors);
            pendingBills.Add((vendor, context.PastDate(random), lines.Purchase(context.CurrencyOf(vendor), random.Chance(0.4) ? tax : null), null));
        }

        return Settle(orders, pendingBills.OrderBy(b => b.Date).ToList(), lines, contacts);
    }

    private Result Settle(List<PurchaseOrder> orders, List<(Contact Vendor, DateOnly Date, DocumentLines.Priced Lines, string? OrderId)> pending,
        DocumentLines lines, IReadOnlyList<Contact> contacts)
    {
        var bills = new List<Bill>(pending.Count);
        var payments = new List<VendorPayment>();
        var credits = new List<VendorCredit>();
        string checking = RelatedDataGenerator.CheckingAccount;
        for (int i = 0; i < pending.Count; i++)
        {
            var (vendor, date, priced, orderId) = pending[i];
            Currency currency = context.CurrencyOf(vendor);
            DateOnly due = date.AddDays(vendor.PaymentTerms);
            int age = context.Today.DayNumber - date.DayNumber;
            double roll = random.NextDouble();
            string status = roll < 0.03 ? "void"
                : roll < (age > 60 ? 0.88 : age > 20 ? 0.6 : 0.25) ? "paid"
                : roll < (age > 60 ? 0.94 : age > 20 ? 0.7 : 0.35) ? "partially_paid"
                : due < context.Today ? "overdue" : "open";
            string billId = context.Ids.Next();
            string billNumber = "BILL-" + (i + 1).ToString("00000", CultureInfo.InvariantCulture);
            decimal paid = status switch
            {
                "paid" => priced.Total,
                "partially_paid" => Math.Clamp(context.Round(priced.Total * (0.2m + 0.6m * (decimal)random.NextDouble())), context.Profile.Unit, priced.Total - context.Profile.Unit),
                _ => 0m,
            };

            var billPayments = new List<BillPayment>();
            var billCredits = new List<BillVendorCredit>();
            decimal credit = 0m;
            if (paid > 0m && random.Chance(0.05) && paid > 20m * context.Profile.Unit * 100m / 2m)
            {
                credit = context.Round(paid * (0.1m + 0.3m * (decimal)random.NextDouble()));
                DateOnly creditDate = GenerationContext.Between(random, date, context.Today.AddDays(-1));
                VendorCredit vendorCredit = Credit(vendor, currency, creditDate, credit, lines, (billId, billNumber), credits.Count + 1);
                credits.Add(vendorCredit);
                billCredits.Add(new BillVendorCredit(vendorCredit.VendorCreditId, vendorCredit.VendorCreditNumber, creditDate, credit));
            }

            decimal toPay = paid - credit;
            if (toPay > 0m)
            {
                DateOnly paidOn = GenerationContext.Between(random, date, Min(due.AddDays(10), context.Today.AddDays(-1)));
                string paymentId = context.Ids.Next();
                string billPaymentId = context.Ids.Next();
                string number = (payments.Count + 1).ToString(CultureInfo.InvariantCulture);
                string mode = random.PickWeighted([("banktransfer", 60), ("check", 30), ("creditcard", 10)]);
                DateTimeOffset created = context.At(paidOn, 10 * 3600 + random.Next(6 * 3600));
                payments.Add(new VendorPayment
                {
                    PaymentId = paymentId,
                    VendorId = vendor.ContactId,
                    VendorName = vendor.ContactName,
                    BillNumbers = billNumber,
                    PaymentMode = mode,
                    PaymentNumber = number,
                    Description = "Payment of " + billNumber,
                    Date = paidOn,
                    ReferenceNumber = mode == "check" ? "CHK-" + random.Next(1000, 99999).ToString(CultureInfo.InvariantCulture) : "",
                    ExchangeRate = currency.ExchangeRate,
                    Amount = toPay,
                    BcyAmount = context.Bcy(toPay, currency.ExchangeRate),
                    PaidThroughAccountId = context.Chart.IdOf(checking),
                    PaidThroughAccountName = checking,
                    Balance = 0m,
                    BcyBalance = 0m,
                    CreatedTime = created,
                    LastModifiedTime = created,
                    IsPaidViaPrintCheck = mode == "check" && random.Chance(0.5),
                    CurrencyId = currency.CurrencyId,
                    CurrencyCode = currency.CurrencyCode,
                    BillingAddress = vendor.BillingAddress,
                    Bills = [new VendorPaymentBill(billPaymentId, billId, billNumber, date, priced.Total, priced.Total - paid, toPay)],
                });
                billPayments.Add(new BillPayment(paymentId, billPaymentId, number, paidOn, mode, toPay));
            }

            DateTimeOffset billCreated = context.At(date, 9 * 3600 + random.Next(8 * 3600));
            DateTimeOffset modified = billPayments.Count > 0 ? Later(billCreated, context.At(billPayments[0].Date, 17 * 3600)) : billCreated.AddMinutes(random.Next(1, 300));
            bills.Add(new Bill
            {
                BillId = billId,
                VendorId = vendor.ContactId,
                VendorName = vendor.ContactName,
                Status = status,
                BillNumber = billNumber,
                ReferenceNumber = "INV-" + random.Next(10000, 99999).ToString(CultureInfo.InvariantCulture),
                Date = date,
                DueDate = due,
                DueDays = GenerationContext.DueDays(status is "paid" or "void", due, context.Today),
                CurrencyId = currency.CurrencyId,
                CurrencyCode = currency.CurrencyCode,
                PricePrecision = context.Profile.PricePrecision,
                ExchangeRate = currency.ExchangeRate,
                Total = priced.Total,
                Balance = status == "void" ? 0m : priced.Total - paid,
                CreatedTime = billCreated,
                LastModifiedTime = modified,
                HasAttachment = random.Chance(0.4),
                PurchaseorderIds = orderId is null ? [] : [orderId],
                PaymentTerms = vendor.PaymentTerms,
                PaymentTermsLabel = vendor.PaymentTermsLabel,
                CurrencySymbol = currency.CurrencySymbol,
                LineItems = priced.Lines,
                SubTotal = priced.SubTotal,
                TaxTotal = priced.TaxTotal,
                Taxes = priced.Taxes,
                PaymentMade = toPay,
                VendorCreditsApplied = credit,
                BillingAddress = vendor.BillingAddress,
                Payments = billPayments,
                VendorCredits = billCredits,
            });
        }

        // A few credits not applied yet.
        for (int i = 0; i < Math.Max(1, pending.Count / 200); i++)
        {
            Contact vendor = random.Pick(context.Vendors);
            credits.Add(Credit(vendor, context.CurrencyOf(vendor), context.PastDate(random),
                context.Round((30 + random.Next(0, 300)) * context.Profile.PriceScale), lines, null, credits.Count + 1));
        }

        return new Result(orders, bills, payments, credits.OrderBy(c => c.Date).ToList(), WithPayables(contacts, bills));
    }

    private VendorCredit Credit(Contact vendor, Currency currency, DateOnly date, decimal amount, DocumentLines lines, (string Id, string Number)? bill, int number)
    {
        string account = random.Pick(ChartOfAccounts.ExpenseAccounts);
        DocumentLines.Priced priced = lines.Single("Vendor credit", "Refund for returned goods or unused service", amount, context.Chart.IdOf(account), account, currency);
        DateTimeOffset created = context.At(date, 11 * 3600);
        return new VendorCredit
        {
            VendorCreditId = context.Ids.Next(),
            VendorCreditNumber = "DN-" + number.ToString("00000", CultureInfo.InvariantCulture),
            Status = bill is null ? "open" : "closed",
            ReferenceNumber = bill?.Number ?? "",
            Date = date,
            Total = amount,
            Balance = bill is null ? amount : 0m,
            VendorId = vendor.ContactId,
            VendorName = vendor.ContactName,
            CurrencyId = currency.CurrencyId,
            CurrencyCode = currency.CurrencyCode,
            CreatedTime = created,
            LastModifiedTime = created,
            ExchangeRate = currency.ExchangeRate,
            LineItems = priced.Lines,
            SubTotal = priced.SubTotal,
            TaxTotal = priced.TaxTotal,
            TotalCreditsUsed = bill is null ? 0m : amount,
            BillsCredited = bill is { } b ? [new BillCredited(b.Id, b.Number, date, amount)] : [],
        };
    }

    private List<Contact> WithPayables(IReadOnlyList<Contact> contacts, List<Bill> bills)
    {
        var owed = new Dictionary<string, (decimal Amount, decimal Bcy)>(StringComparer.Ordinal);
        foreach (Bill bill in bills.Where(b => b.Status is "open" or "overdue" or "partially_paid"))
        {
            owed.TryGetValue(bill.VendorId, out var sum);
            owed[bill.VendorId] = (sum.Amount + bill.Balance, sum.Bcy + context.Bcy(bill.Balance, bill.ExchangeRate));
        }

        return contacts.Select(c => owed.TryGetValue(c.ContactId, out var sum)
            ? c with { OutstandingPayableAmount = sum.Amount, OutstandingPayableAmountBcy = sum.Bcy }
            : c).ToList();
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
