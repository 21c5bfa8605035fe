using ZohoOdbc.Emulator.Data;

namespace ZohoOdbc.Emulator.Tenancy;

/// <summary>
/// The organizations of the default emulator: the first one (US, sized on the command line), a second US one that
/// only the multi-organization user also sees, and one small organization in each other data centre.
/// </summary>
public static class OrganizationProfiles
{
    public static OrganizationProfile Primary { get; } = new()
    {
        Organization = Describe(EmulatorCredentials.OrganizationId, EmulatorCredentials.OrganizationName, "PROFESSIONAL",
            "America/New_York", Currency.Usd, "admin@emulated-trading.example", new DateOnly(2023, 6, 1), "U.S.A.", "New York", "NY 10001") with { IsDefaultOrg = true },
        DataCentre = DataCentre.Us,
        Offset = TimeSpan.FromHours(-5),
        BaseCurrency = Currency.Usd,
        Currencies = [Currency.Usd, Currency.Eur, Currency.Gbp, Currencies.Cad, Currencies.Jpy],
        ContactCurrencies = [(Currency.Usd, 80), (Currency.Eur, 12), (Currency.Gbp, 8)],
        RegionFor = SampleRegion.For,
        Names = SampleNames.Latin,
        TaxFor = city => city.StateCode == "NY" ? SalesTax.NewYork : SalesTax.State,
        Taxes = [SalesTax.NewYork, SalesTax.State],
        FirstId = 460_000_000_001_000,
        DefaultContacts = 1000,
        DefaultInvoices = 5000,
        Staff =
        [
            ("Emulator Admin", "admin@emulated-trading.example", "admin"),
            ("Alex Morgan", "alex.morgan@emulated-trading.example", "staff"),
            ("Priya Raman", "priya.raman@emulated-trading.example", "staff"),
            ("Jordan Lee", "jordan.lee@emulated-trading.example", "staff"),
            ("Sam Whitaker", "sam.whitaker@emulated-trading.example", "timesheetstaff"),
            ("田中 陽菜", "hina.tanaka@emulated-trading.example", "staff"),
            ("Zoë Ødegaard", "zoe.odegaard@emulated-trading.example", "accountant"),
        ],
    };

    /// <summary>The second organization of the multi-organization user (same DC as <see cref="Primary"/>): a Free plan, mixed scripts.</summary>
    public static OrganizationProfile Second { get; } = Small(
        EmulatorCredentials.SecondOrganizationId, "Emulated Studio 스튜디오", "FREE", DataCentre.Us, "America/Los_Angeles", -8 * 60,
        Currency.Usd, [(Currency.Usd, 70), (Currency.Eur, 15), (Currencies.Cny, 15)],
        currency => currency.CurrencyCode switch { "EUR" => SampleRegion.Europe, "CNY" => SampleRegionCatalog.China, _ => SampleRegion.UnitedStates },
        SampleNames.Mixed, new SalesTax("461000000000201", "CA Sales Tax", 7.25m), 1m, 2, 461_000_000_001_000,
        "studio@emulated-studio.example", "U.S.A.", "Los Angeles", "CA 90012") with { DefaultContacts = 40, DefaultInvoices = 150 };

    public static OrganizationProfile Europe { get; } = Small(
        "20081234567", "Emulierte Handels GmbH", "STANDARD", DataCentre.Eu, "Europe/Berlin", 60,
        Currency.Eur, [(Currency.Eur, 85), (Currency.Usd, 15)],
        currency => currency.CurrencyCode == "USD" ? SampleRegion.UnitedStates : SampleRegionCatalog.Germany,
        SampleNames.European, new SalesTax("207000000000201", "MwSt", 19m), 0.92m, 2, 207_000_000_001_000,
        "buchhaltung@emulierte-handels.example", "Germany", "Berlin", "10117");

    public static OrganizationProfile India { get; } = Small(
        "60021234567", "Emulated Exports Pvt Ltd", "PREMIUM", DataCentre.In, "Asia/Calcutta", 330,
        Currencies.Inr, [(Currencies.Inr, 85), (Currency.Usd, 15)],
        currency => currency.CurrencyCode == "USD" ? SampleRegion.UnitedStates : SampleRegionCatalog.India,
        SampleNames.Indian, new SalesTax("600000000000201", "GST18", 18m), 83m, 2, 600_000_000_001_000,
        "accounts@emulated-exports.example", "India", "Chennai", "600001");

    public static OrganizationProfile Australia { get; } = Small(
        "70031234567", "Emulated Trading Pty Ltd", "STANDARD", DataCentre.Au, "Australia/Sydney", 600,
        Currencies.Aud, [(Currencies.Aud, 85), (Currency.Usd, 15)],
        currency => currency.CurrencyCode == "USD" ? SampleRegion.UnitedStates : SampleRegionCatalog.Australia,
        SampleNames.Australian, new SalesTax("700000000000201", "GST", 10m), 1.5m, 2, 700_000_000_001_000,
        "accounts@emulated-trading.example.au", "Australia", "Sydney", "NSW 2000");

    public static OrganizationProfile Japan { get; } = Small(
        "80041234567", "エミュレート商事株式会社", "PROFESSIONAL", DataCentre.Jp, "Asia/Tokyo", 540,
        Currencies.Jpy, [(Currencies.Jpy, 85), (Currency.Usd, 15)],
        currency => currency.CurrencyCode == "USD" ? SampleRegion.UnitedStates : SampleRegionCatalog.Japan,
        SampleNames.Japanese, new SalesTax("800000000000201", "消費税", 10m), 150m, 0, 800_000_000_001_000,
        "keiri@emulate-shoji.example", "Japan", "東京都千代田区", "100-0005");

    public static OrganizationProfile Canada { get; } = Small(
        "90051234567", "Emulated Trading Canada Inc.", "STANDARD", DataCentre.Ca, "America/Toronto", -5 * 60,
        Currencies.Cad, [(Currencies.Cad, 85), (Currency.Usd, 15)],
        currency => currency.CurrencyCode == "USD" ? SampleRegion.UnitedStates : SampleRegionCatalog.Canada,
        SampleNames.Canadian, new SalesTax("900000000000201", "GST", 5m), 1.35m, 2, 900_000_000_001_000,
        "comptes@emulated-trading.example.ca", "Canada", "Toronto", "M5H 2N2");

    public static OrganizationProfile China { get; } = Small(
        "30061234567", "仿真贸易有限公司", "PROFESSIONAL", DataCentre.Cn, "Asia/Shanghai", 480,
        Currencies.Cny, [(Currencies.Cny, 85), (Currency.Usd, 15)],
        currency => currency.CurrencyCode == "USD" ? SampleRegion.UnitedStates : SampleRegionCatalog.China,
        SampleNames.Chinese, new SalesTax("300000000000201", "增值税", 13m), 7m, 2, 300_000_000_001_000,
        "caiwu@fangzhen-maoyi.example", "China", "上海市", "200001");

    public static OrganizationProfile SaudiArabia { get; } = Small(
        "40071234567", "شركة المحاكاة التجارية", "STANDARD", DataCentre.Sa, "Asia/Riyadh", 180,
        Currencies.Sar, [(Currencies.Sar, 85), (Currency.Usd, 15)],
        currency => currency.CurrencyCode == "USD" ? SampleRegion.UnitedStates : SampleRegionCatalog.SaudiArabia,
        SampleNames.Arabic, new SalesTax("400000000000201", "VAT", 15m), 3.75m, 2, 400_000_000_001_000,
        "accounts@almuhakah.example", "Saudi Arabia", "الرياض", "11564");

    /// <summary>Every organization of the default emulator, the primary first.</summary>
    public static IReadOnlyList<OrganizationProfile> All { get; } = [Primary, Second, Europe, India, Australia, Japan, Canada, China, SaudiArabia];

    /// <summary>The small organization living in <paramref name="dataCentre"/> (for US: the primary).</summary>
    public static OrganizationProfile In(DataCentre dataCentre) => All.First(p => p.DataCentre == dataCentre);

    private static OrganizationProfile Small(
        string id, string name, string plan, DataCentre dataCentre, string timeZone, int offsetMinutes,
        Currency baseCurrency, IReadOnlyList<(Currency Currency, int Weight)> contactCurrencies,
        Func<Currency, SampleRegion> regionFor, SampleNames names, SalesTax tax, decimal priceScale, int precision, long firstId,
        string email, string country, string city, string zip)
    {
        Currency rebasedBase = Currencies.RebasedOn(baseCurrency, baseCurrency);
        var currencies = new List<Currency> { rebasedBase };
        foreach (var (currency, _) in contactCurrencies)
        {
            if (currency.CurrencyCode != baseCurrency.CurrencyCode)
            {
                currencies.Add(Currencies.RebasedOn(currency, baseCurrency));
            }
        }

        string adminName = names.FirstNames[0] + (names.Separator.Length == 0 ? "" : " ") + names.LastNames[0];
        return new OrganizationProfile
        {
            Organization = Describe(id, name, plan, timeZone, rebasedBase, email, new DateOnly(2023, 9, 1), country, city, zip)
                with { PricePrecision = precision, IsDefaultOrg = id != EmulatorCredentials.SecondOrganizationId },
            DataCentre = dataCentre,
            Offset = TimeSpan.FromMinutes(offsetMinutes),
            BaseCurrency = rebasedBase,
            Currencies = currencies,
            ContactCurrencies = contactCurrencies.Select(c => (currencies.First(r => r.CurrencyCode == c.Currency.CurrencyCode), c.Weight)).ToList(),
            RegionFor = currency => regionFor(currency),
            Names = names,
            TaxFor = _ => tax,
            Taxes = [tax],
            PriceScale = priceScale,
            PricePrecision = precision,
            FirstId = firstId,
            Staff = [(adminName, email, "admin"), (names.FirstNames[1] + (names.Separator.Length == 0 ? "" : " ") + names.LastNames[1], "staff." + email, "staff")],
        };
    }

    private static Organization Describe(
        string id, string name, string plan, string timeZone, Currency currency, string email, DateOnly created, string country, string city, string zip) => new()
    {
        OrganizationId = id,
        Name = name,
        ContactName = "Emulator Admin",
        Email = email,
        IsDefaultOrg = false,
        PlanType = ZohoPlan.PlanType(plan),
        TaxGroupEnabled = true,
        ZiMigrationStatus = 0,
        PlanName = plan,
        PlanPeriod = "Monthly",
        LanguageCode = "en",
        FiscalYearStartMonth = 0,
        AccountCreatedDate = created,
        AccountCreatedDateFormatted = created.ToString("dd MMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
        TimeZone = timeZone,
        IsOrgActive = true,
        CurrencyId = currency.CurrencyId,
        CurrencyCode = currency.CurrencyCode,
        CurrencySymbol = currency.CurrencySymbol,
        CurrencyFormat = currency.CurrencyCode == "JPY" ? "###,##0" : "###,##0.00",
        PricePrecision = 2,
        OrgAddress = $"{city} {zip}, {country}",
        Address = new OrganizationAddress { StreetAddress1 = "1 Emulator Plaza", City = city, Country = country, Zip = zip },
        Phone = "",
        Website = "https://" + email[(email.IndexOf('@') + 1)..],
        CompanyIdValue = id[..5] + "-" + id[5..],
    };
}
