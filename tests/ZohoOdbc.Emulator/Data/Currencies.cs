namespace ZohoOdbc.Emulator.Data;

/// <summary>
/// Currencies beyond USD, EUR and GBP. Each organization lists its own with rates to its base currency
/// (the organization profile); these instances carry the rate to USD and are re-based per organization.
/// </summary>
public static class Currencies
{
    public static Currency Cad { get; } = new("460000000000103", "CAD", "$", 0.7321m);
    public static Currency Jpy { get; } = new("460000000000105", "JPY", "¥", 0.006712m);
    public static Currency Inr { get; } = new("460000000000107", "INR", "₹", 0.01198m);
    public static Currency Aud { get; } = new("460000000000109", "AUD", "$", 0.6534m);
    public static Currency Cny { get; } = new("460000000000115", "CNY", "¥", 0.1379m);
    public static Currency Sar { get; } = new("460000000000117", "SAR", "﷼", 0.2666m);

    public static IReadOnlyList<Currency> AllToUsd { get; } = [Currency.Usd, Currency.Eur, Currency.Gbp, Cad, Jpy, Inr, Aud, Cny, Sar];

    /// <summary>The same currency with its rate expressed in <paramref name="baseCurrency"/> (4 decimals, as Zoho stores rates).</summary>
    public static Currency RebasedOn(Currency currency, Currency baseCurrency) =>
        currency.CurrencyCode == baseCurrency.CurrencyCode
            ? currency with { ExchangeRate = 1m }
            : currency with { ExchangeRate = Math.Round(currency.ExchangeRate / baseCurrency.ExchangeRate, 6, MidpointRounding.AwayFromZero) };

    public static string NameOf(string code) => code switch
    {
        "USD" => "United States Dollar",
        "EUR" => "Euro",
        "GBP" => "Pound Sterling",
        "CAD" => "Canadian Dollar",
        "JPY" => "Japanese Yen",
        "INR" => "Indian Rupee",
        "AUD" => "Australian Dollar",
        "CNY" => "Yuan Renminbi",
        "SAR" => "Saudi Riyal",
        _ => code,
    };
}
