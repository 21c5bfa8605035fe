using ZohoOdbc.Emulator.Data;
using static ZohoOdbc.Tests.Sql.Corpus;

namespace ZohoOdbc.Tests.Sql;

/// <summary>Window functions: ranking, running totals, LAG/LEAD, NTILE, partitioned aggregates.</summary>
internal static partial class DifferentialCorpus
{
    private static IEnumerable<Invoice> Large(Dataset d) => d.Invoices.Where(i => i.Total > 20000);

    private static CorpusCase[] Windows =>
    [
        new("SELECT customer_id, invoice_number FROM (SELECT customer_id, invoice_number, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY total DESC) AS rn FROM invoices) t WHERE rn = 1",
            d => d.Invoices.GroupBy(i => i.CustomerId).Select(g => g.OrderByDescending(i => i.Total).First()).Select(i => Row(i.CustomerId, i.InvoiceNumber)), d => Pages(d.Invoices)),
        new("SELECT invoice_number, RANK() OVER (ORDER BY total DESC), DENSE_RANK() OVER (ORDER BY status) FROM invoices WHERE total > 20000",
            d => Large(d).Select(i => Row(i.InvoiceNumber, (long)(Large(d).Count(x => x.Total > i.Total) + 1),
                (long)(Large(d).Select(x => x.Status).Distinct().Count(s => string.CompareOrdinal(s, i.Status) < 0) + 1))),
            d => Pages(Large(d))),
        new("SELECT invoice_number, SUM(total) OVER (PARTITION BY customer_id ORDER BY total ROWS UNBOUNDED PRECEDING) FROM invoices WHERE total > 20000",
            d => Large(d).Select(i => Row(i.InvoiceNumber, (decimal?)Large(d).Where(x => x.CustomerId == i.CustomerId && x.Total <= i.Total).Sum(x => x.Total))),
            d => Pages(Large(d))),
        new("SELECT invoice_number, LAG(total) OVER (ORDER BY total), LEAD(total, 2, 0) OVER (ORDER BY total) FROM invoices WHERE total > 20000",
            d =>
            {
                var sorted = Large(d).OrderBy(i => i.Total).ToList();
                return sorted.Select((i, n) => Row(i.InvoiceNumber, n > 0 ? sorted[n - 1].Total : null, n + 2 < sorted.Count ? sorted[n + 2].Total : 0m));
            },
            d => Pages(Large(d))),
        new("SELECT invoice_number, NTILE(4) OVER (ORDER BY total) FROM invoices WHERE total > 20000",
            d =>
            {
                var sorted = Large(d).OrderBy(i => i.Total).ToList();
                int size = sorted.Count / 4, extra = sorted.Count % 4;
                var tiles = new List<object?[]>();
                var position = 0;
                for (var tile = 1; tile <= 4; tile++)
                    for (var k = 0; k < size + (tile <= extra ? 1 : 0); k++) tiles.Add(Row(sorted[position++].InvoiceNumber, (long)tile));
                return tiles;
            },
            d => Pages(Large(d))),
        new("SELECT DISTINCT customer_id, FIRST_VALUE(invoice_number) OVER (PARTITION BY customer_id ORDER BY total) FROM invoices WHERE status = 'paid'",
            d => d.Invoices.Where(i => i.Status == "paid").GroupBy(i => i.CustomerId).Select(g => Row(g.Key, g.OrderBy(i => i.Total).First().InvoiceNumber)),
            d => Pages(d.Invoices.Where(i => i.Status == "paid"))),
        new("SELECT invoice_number, COUNT(*) OVER (), AVG(total) OVER (PARTITION BY status) FROM invoices WHERE total > 20000",
            d => Large(d).Select(i => Row(i.InvoiceNumber, (long)Large(d).Count(), Average(Large(d).Where(x => x.Status == i.Status).Select(x => x.Total)))),
            d => Pages(Large(d))),
        new("SELECT status, SUM(SUM(total)) OVER (ORDER BY status) FROM invoices GROUP BY status",
            d => d.Invoices.GroupBy(i => i.Status).Select(g => Row(g.Key, (decimal?)d.Invoices.Where(i => string.CompareOrdinal(i.Status, g.Key) <= 0).Sum(i => i.Total))),
            d => Pages(d.Invoices)),
        new("SELECT TOP 5 invoice_number, PERCENT_RANK() OVER (ORDER BY total) FROM invoices WHERE total > 20000 ORDER BY total",
            d =>
            {
                var sorted = Large(d).OrderBy(i => i.Total).ToList();
                return sorted.Take(5).Select((i, n) => Row(i.InvoiceNumber, sorted.Count == 1 ? 0.0 : (double)n / (sorted.Count - 1)));
            },
            d => Pages(Large(d)), Ordered: true),
    ];
}
