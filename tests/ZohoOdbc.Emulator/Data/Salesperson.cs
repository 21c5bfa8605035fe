namespace ZohoOdbc.Emulator.Data;

public sealed record Salesperson(string SalespersonId, string SalespersonName)
{
    public static IReadOnlyList<Salesperson> All { get; } =
    [
        new("460000000000401", "Alex Morgan"),
        new("460000000000402", "Priya Raman"),
        new("460000000000403", "Jordan Lee"),
        new("460000000000404", "Sam Whitaker"),
    ];
}
