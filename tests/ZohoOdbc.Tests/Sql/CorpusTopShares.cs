using ZohoOdbc.Emulator.Data;
using static ZohoOdbc.Tests.Sql.Corpus;

namespace ZohoOdbc.Tests.Sql;

/// <summary>
/// TOP n WITH TIES and TOP n PERCENT: every row is loaded (the cut depends on all of them), then the first n by the
/// ORDER BY and every row tied with the n-th, or the first CEILING(rows * n / 100). Ties come back in no set order, so
/// those answers compare as sets.
/// </summary>
internal static partial class DifferentialCorpus
{
    /// <summary>The first <paramref name="n"/> of <paramref name="sorted"/> and every later row whose key equals the n-th's.</summary>
    private static IEnumerable<T> WithTies<T, TKey>(IReadOnlyList<T> sorted, int n, Func<T, TKey> key, IEqualityComparer<TKey>? comparer = null)
    {
        if (n == 0 || sorted.Count == 0) return [];
        var last = key(sorted[Math.Min(n, sorted.Count) - 1]);
        comparer ??= EqualityComparer<TKey>.Default;
        return sorted.Take(n).Concat(sorted.Skip(n).TakeWhile(r => comparer.Equals(key(r), last)));
    }

    private static int PercentOf(int rows, int percent) => (rows * percent + 99) / 100;

    private static CorpusCase[] TopShares =>
    [
        new("SELECT TOP 3 WITH TIES invoice_number, status FROM invoices ORDER BY status",
            d => WithTies(d.Invoices.OrderBy(i => i.Status, Text).ToList(), 3, i => i.Status, Text).Select(i => Row(i.InvoiceNumber, i.Status)),
            d => Pages(d.Invoices)),
        new("SELECT TOP 5 WITH TIES customer_name, COUNT(*) AS n FROM invoices GROUP BY customer_name ORDER BY COUNT(*) DESC",
            d => WithTies(d.Invoices.GroupBy(i => i.CustomerName, Text).Select(g => (Name: g.Key, Count: (long)g.Count())).OrderByDescending(g => g.Count).ToList(), 5, g => g.Count)
                .Select(g => Row(g.Name, g.Count)),
            d => Pages(d.Invoices)),
        new("SELECT TOP 2 WITH TIES invoice_number, total FROM invoices ORDER BY total DESC, invoice_number",
            d => d.Invoices.OrderByDescending(i => i.Total).ThenBy(i => i.InvoiceNumber, Text).Take(2).Select(i => Row(i.InvoiceNumber, i.Total)),
            d => Pages(d.Invoices), Ordered: true),
        new("SELECT TOP 10 PERCENT invoice_number, total FROM invoices ORDER BY total DESC, invoice_number",
            d => d.Invoices.OrderByDescending(i => i.Total).ThenBy(i => i.InvoiceNumber, Text).Take(PercentOf(d.Invoices.Count, 10)).Select(i => Row(i.InvoiceNumber, i.Total)),
            d => Pages(d.Invoices), Ordered: true),
        new("SELECT TOP 50 PERCENT bill_number FROM bills WHERE status = 'paid' ORDER BY date, bill_number",
            d => d.Bills.Where(b => b.Status == "paid").OrderBy(b => b.Date).ThenBy(b => b.BillNumber, Text)
                .Take(PercentOf(d.Bills.Count(b => b.Status == "paid"), 50)).Select(b => Row(b.BillNumber)),
            d => Pages(d.Bills.Where(b => b.Status == "paid")), Ordered: true),
        new("SELECT TOP 1 PERCENT WITH TIES invoice_number, date FROM invoices ORDER BY date",
            d => WithTies(d.Invoices.OrderBy(i => i.Date).ToList(), PercentOf(d.Invoices.Count, 1), i => i.Date).Select(i => Row(i.InvoiceNumber, i.Date)),
            d => Pages(d.Invoices)),
        new("SELECT TOP 100 PERCENT status FROM invoices",
            d => d.Invoices.Select(i => Row(i.Status)), d => Pages(d.Invoices)),
        new("SELECT TOP 0 PERCENT status FROM invoices", _ => [], d => Pages(d.Invoices)),
    ];
}
