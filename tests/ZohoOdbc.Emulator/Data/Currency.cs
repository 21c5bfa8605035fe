namespace ZohoOdbc.Emulator.Data;

/// <summary>A currency of the organization with its fixed rate to the base currency (USD).</summary>
public sealed record Currency(string CurrencyId, string CurrencyCode, string CurrencySymbol, decimal ExchangeRate)
{
    public static Currency Usd { get; } = new("460000000000097", "USD", "$", 1m);
    public static Currency Eur { get; } = new("460000000000099", "EUR", "€", 1.0842m);
    public static Currency Gbp { get; } = new("460000000000101", "GBP", "£", 1.2635m);

    public static IReadOnlyList<Currency> All { get; } = [Usd, Eur, Gbp];
}
