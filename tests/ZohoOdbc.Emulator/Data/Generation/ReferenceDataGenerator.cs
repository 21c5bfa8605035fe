using System.Globalization;
using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Data.Generation;

/// <summary>Items, taxes, currencies with their rate history, and users: the settings every document refers to.</summary>
internal static class ReferenceDataGenerator
{
    /// <summary>Extra items beyond <see cref="CatalogItem.All"/> (never on generated invoices): inventory and non-Latin names.</summary>
    private static readonly (string Name, string Description, decimal Rate, string Unit, string Sku)[] ExtraItems =
    [
        ("抹茶ラテ (Matcha Latte Mix)", "Case of 24 sachets", 36m, "case", "FD-MATCHA-21"),
        ("Кофе в зёрнах (Coffee Beans)", "1 kg bag, medium roast", 24.5m, "bag", "FD-COFFEE-22"),
        ("Café Crème Pods", "Box of 50", 19.9m, "box", "FD-PODS-23"),
        ("Ergonomic Footrest", "Adjustable angle", 39m, "pcs", "FUR-FOOT-24"),
        ("Whiteboard 120×90", "Magnetic, aluminium frame", 129m, "pcs", "OFF-WB-25"),
        ("Legacy Fax Machine", "Discontinued model", 210m, "pcs", "IT-FAX-26"),
    ];

    public static List<Item> Items(OrganizationProfile profile, IdSequence ids, ChartOfAccounts chart, Random random)
    {
        SalesTax tax = profile.Taxes[0];
        DateTimeOffset created = profile.At(profile.Organization.AccountCreatedDate, 10 * 3600);
        var items = new List<Item>();
        foreach (CatalogItem item in CatalogItem.All)
        {
            items.Add(Describe(item.ItemId, item.Name, item.Description, item.Rate, item.Unit, item.Sku, item.ProductType, "active"));
        }

        foreach (var (name, description, rate, unit, sku) in ExtraItems)
        {
            items.Add(Describe(ids.Next(), name, description, rate, unit, sku, "goods", sku == "IT-FAX-26" ? "inactive" : "active"));
        }

        return items;

        Item Describe(string id, string name, string description, decimal usdRate, string unit, string sku, string productType, string status)
        {
            bool goods = productType == "goods";
            decimal rate = profile.Round(usdRate * profile.PriceScale);
            return new Item
            {
                ItemId = id,
                Name = name,
                Status = status,
                Description = description,
                Rate = rate,
                Unit = unit,
                TaxId = goods ? tax.TaxId : "",
                TaxName = goods ? tax.TaxName : "",
                TaxPercentage = goods ? tax.TaxPercentage : 0m,
                TaxType = goods ? "tax" : "",
                Sku = sku,
                ProductType = productType,
                ItemType = goods ? "inventory" : "sales",
                AccountId = chart.IdOf("Sales"),
                AccountName = "Sales",
                PurchaseAccountId = goods ? chart.IdOf("Cost of Goods Sold") : "",
                PurchaseAccountName = goods ? "Cost of Goods Sold" : "",
                PurchaseRate = goods ? profile.Round(rate * 0.6m) : 0m,
                PurchaseDescription = goods ? description : "",
                StockOnHand = goods ? random.Next(0, 400) : null,
                IsTaxable = goods,
                CreatedTime = created,
                LastModifiedTime = created.AddDays(random.Next(0, 400)),
            };
        }
    }

    public static List<Tax> Taxes(OrganizationProfile profile, ChartOfAccounts chart) =>
        profile.Taxes.Select((t, i) => new Tax
        {
            TaxId = t.TaxId,
            TaxName = t.TaxName,
            TaxPercentage = t.TaxPercentage,
            IsValueAdded = profile.DataCentre != DataCentre.Us,
            IsDefaultTax = i == 0,
            TaxAccountId = chart.IdOf("Tax Payable"),
            PurchaseTaxAccountId = chart.IdOf("Tax Payable"),
            Country = profile.Organization.Address.Country,
            CountryCode = profile.DataCentre.Code,
        }).ToList();

    /// <summary>The currencies with their current rate, and for each foreign one a monthly rate history ending at that rate.</summary>
    public static (List<OrganizationCurrency> Currencies, List<ExchangeRate> Rates) Currencies(OrganizationProfile profile, IdSequence ids, Random random)
    {
        var currencies = new List<OrganizationCurrency>();
        var rates = new List<ExchangeRate>();
        DateOnly firstMonth = new(SampleData.FirstDate.Year, SampleData.FirstDate.Month, 1);
        int months = (SampleData.BaseDate.Year - firstMonth.Year) * 12 + SampleData.BaseDate.Month - firstMonth.Month;
        foreach (Currency currency in profile.Currencies)
        {
            bool isBase = currency.CurrencyCode == profile.BaseCurrency.CurrencyCode;
            int precision = currency.CurrencyCode == "JPY" ? 0 : 2;
            currencies.Add(new OrganizationCurrency
            {
                CurrencyId = currency.CurrencyId,
                CurrencyCode = currency.CurrencyCode,
                CurrencyName = ZohoOdbc.Emulator.Data.Currencies.NameOf(currency.CurrencyCode),
                CurrencySymbol = currency.CurrencySymbol,
                PricePrecision = precision,
                CurrencyFormat = precision == 0 ? "###,##0" : "###,##0.00",
                IsBaseCurrency = isBase,
                ExchangeRate = currency.ExchangeRate,
                EffectiveDate = isBase ? null : SampleData.BaseDate,
            });
            if (isBase)
            {
                continue;
            }

            // A random walk backwards from today's rate: the latest entry is exactly the rate documents use.
            decimal rate = currency.ExchangeRate;
            var history = new List<(DateOnly Date, decimal Rate)>();
            for (int m = months; m >= 0; m--)
            {
                history.Add((firstMonth.AddMonths(m), rate));
                rate = Math.Round(rate * (1m + (decimal)(random.NextDouble() - 0.5) * 0.03m), 6, MidpointRounding.AwayFromZero);
            }

            history.Reverse();
            foreach (var (date, value) in history)
            {
                rates.Add(new ExchangeRate
                {
                    ExchangeRateId = ids.Next(),
                    CurrencyId = currency.CurrencyId,
                    CurrencyCode = currency.CurrencyCode,
                    EffectiveDate = date,
                    Rate = value,
                });
            }
        }

        return (currencies, rates);
    }

    public static List<OrganizationUser> Users(OrganizationProfile profile, IdSequence ids, Random random) =>
        profile.Staff.Select((staff, i) => new OrganizationUser
        {
            UserId = ids.Next(),
            RoleId = "46000000000" + (1000 + i).ToString(CultureInfo.InvariantCulture),
            Name = staff.Name,
            Email = staff.Email,
            UserRole = staff.Role,
            Status = i == profile.Staff.Count - 1 && i > 1 ? "invited" : "active",
            IsCurrentUser = i == 0,
            UserType = "zoho",
            EmailIds = [new UserEmail(staff.Email, true)],
            CostRate = profile.Round((40 + random.Next(0, 60)) * profile.PriceScale),
            IsEmployee = staff.Role != "accountant",
            CreatedTime = profile.At(profile.Organization.AccountCreatedDate.AddDays(i * 17), 9 * 3600 + i * 600),
        }).ToList();
}
