namespace ZohoOdbc.Emulator.Data;

/// <summary>A currency of the organization (GET /settings/currencies) with its current rate to the base currency.</summary>
public sealed record OrganizationCurrency
{
    public required string CurrencyId { get; init; }
    public required string CurrencyCode { get; init; }
    public required string CurrencyName { get; init; }
    public required string CurrencySymbol { get; init; }
    public required int PricePrecision { get; init; }
    public required string CurrencyFormat { get; init; }
    public required bool IsBaseCurrency { get; init; }
    public required decimal ExchangeRate { get; init; }
    public DateOnly? EffectiveDate { get; init; }
}
