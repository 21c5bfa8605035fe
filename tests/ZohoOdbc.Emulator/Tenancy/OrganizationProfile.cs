using ZohoOdbc.Emulator.Data;

namespace ZohoOdbc.Emulator.Tenancy;

/// <summary>
/// Who an organization is and how its sample data looks: data centre, time zone offset, currencies with rates to
/// the base currency, where its contacts live and what they are called, its tax, and its price level.
/// </summary>
public sealed record OrganizationProfile
{
    /// <summary>The record GET /organizations returns.</summary>
    public required Organization Organization { get; init; }

    public required DataCentre DataCentre { get; init; }

    /// <summary>The fixed UTC offset of every timestamp (Zoho writes them in the organization's time zone).</summary>
    public required TimeSpan Offset { get; init; }

    public required Currency BaseCurrency { get; init; }

    /// <summary>The organization's currencies, base first, each with its rate to the base currency.</summary>
    public required IReadOnlyList<Currency> Currencies { get; init; }

    /// <summary>The currencies contacts trade in, with relative weights.</summary>
    public required IReadOnlyList<(Currency Currency, int Weight)> ContactCurrencies { get; init; }

    public required Func<Currency, SampleRegion> RegionFor { get; init; }

    public required SampleNames Names { get; init; }

    /// <summary>The tax on taxable goods sold to a customer in <c>city</c>.</summary>
    public required Func<SampleCity, SalesTax> TaxFor { get; init; }

    /// <summary>Every tax of the organization (GET /settings/taxes).</summary>
    public required IReadOnlyList<SalesTax> Taxes { get; init; }

    /// <summary>Catalog prices are in US dollars; this turns them into the base currency's price level.</summary>
    public decimal PriceScale { get; init; } = 1m;

    /// <summary>Decimals of amounts (0 for yen).</summary>
    public int PricePrecision { get; init; } = 2;

    /// <summary>The first generated id (15 digits).</summary>
    public required long FirstId { get; init; }

    /// <summary>Sizes used for organizations whose size is not given on the command line.</summary>
    public int DefaultContacts { get; init; } = 24;

    public int DefaultInvoices { get; init; } = 80;

    /// <summary>The organization's GET /users, the first being its administrator.</summary>
    public IReadOnlyList<(string Name, string Email, string Role)> Staff { get; init; } = [];

    public string OrganizationId => Organization.OrganizationId;

    /// <summary>A timestamp in the organization's offset, <paramref name="secondOfDay"/> seconds after midnight.</summary>
    public DateTimeOffset At(DateOnly date, int secondOfDay) =>
        new(date.ToDateTime(TimeOnly.MinValue).AddSeconds(secondOfDay), Offset);

    public decimal Round(decimal value) => Math.Round(value, PricePrecision, MidpointRounding.AwayFromZero);

    /// <summary>The smallest amount step (0.01, or 1 for yen).</summary>
    public decimal Unit => PricePrecision == 0 ? 1m : 0.01m;

    public Currency CurrencyById(string currencyId) => Currencies.First(c => c.CurrencyId == currencyId);
}
