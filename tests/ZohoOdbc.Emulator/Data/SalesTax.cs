namespace ZohoOdbc.Emulator.Data;

/// <summary>A tax rate applied to taxable goods of US customers.</summary>
public sealed record SalesTax(string TaxId, string TaxName, decimal TaxPercentage)
{
    public static SalesTax NewYork { get; } = new("460000000000201", "NY Sales Tax", 8.875m);
    public static SalesTax State { get; } = new("460000000000202", "State Sales Tax", 6.5m);
}
