namespace ZohoOdbc.Emulator.Data;

public sealed record OpeningBalance
{
    public string LocationId { get; init; } = "";
    public string LocationName { get; init; } = "";
    public required decimal ExchangeRate { get; init; }
    public required decimal OpeningBalanceAmount { get; init; }
}
