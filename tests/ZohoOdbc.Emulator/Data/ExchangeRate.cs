namespace ZohoOdbc.Emulator.Data;

/// <summary>One rate of a currency to the base currency from its effective date on.</summary>
public sealed record ExchangeRate
{
    public required string ExchangeRateId { get; init; }
    public required string CurrencyId { get; init; }
    public required string CurrencyCode { get; init; }
    public required DateOnly EffectiveDate { get; init; }
    public required decimal Rate { get; init; }
}
