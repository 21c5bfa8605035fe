using ZohoOdbc.Emulator.Data;

namespace ZohoOdbc.Driver.Tests;

/// <summary>What the emulator holds, computed from the same generator and seed it runs with.</summary>
internal static class ExpectedData
{
    private static readonly Lazy<Dataset> Data = new(() => SampleData.Generate(42, 1000, 5000));

    public static Dataset Dataset => Data.Value;

    /// <summary>SELECT TOP 5 invoice_number, customer_name, total FROM invoices ORDER BY total DESC.</summary>
    public static IReadOnlyList<(string Number, string Customer, decimal Total)> Top5ByTotal() =>
        Dataset.Invoices.OrderByDescending(i => i.Total).Take(5)
            .Select(i => (i.InvoiceNumber, i.CustomerName, i.Total)).ToList();
}
