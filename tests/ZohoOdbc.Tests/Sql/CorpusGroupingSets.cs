using ZohoOdbc.Emulator.Data;
using static ZohoOdbc.Tests.Sql.Corpus;

namespace ZohoOdbc.Tests.Sql;

/// <summary>
/// GROUP BY ROLLUP, CUBE and GROUPING SETS with GROUPING(): the answer is the union of one LINQ grouping per set, with
/// NULL for the columns a set aggregates over (computed here set by set, not through the engine's rewrite).
/// </summary>
internal static partial class DifferentialCorpus
{
    /// <summary>Rows of <paramref name="invoices"/> grouped by the keys a set keeps (null keys for the others), as (keys, rows).</summary>
    private static IEnumerable<(string?[] Keys, Invoice[] Rows)> GroupedBy(IEnumerable<Invoice> invoices, bool[] kept, params Func<Invoice, string>[] keys) =>
        invoices.GroupBy(i => string.Join("\u0001", keys.Select((k, n) => kept[n] ? k(i).ToLowerInvariant() : "")))
            .Select(g => (keys.Select((k, n) => kept[n] ? k(g.First()) : null).ToArray(), g.ToArray()));

    /// <summary>The grand total row of GROUP BY (): one row even over no rows.</summary>
    private static IEnumerable<(string?[] Keys, Invoice[] Rows)> GrandTotal(IEnumerable<Invoice> invoices, int keyCount) =>
        [(new string?[keyCount], invoices.ToArray())];

    private static CorpusCase[] GroupingSetCases =>
    [
        new("SELECT status, COUNT(*), SUM(total) FROM invoices GROUP BY ROLLUP(status)",
            d => GroupedBy(d.Invoices, [true], i => i.Status).Concat(GrandTotal(d.Invoices, 1))
                .Select(g => Row(g.Keys[0], (long)g.Rows.Length, Sum(g.Rows.Select(i => i.Total)))),
            d => Pages(d.Invoices)),
        new("SELECT customer_name, status, COUNT(*) AS n, GROUPING(customer_name) AS gc, GROUPING(status) AS gs FROM invoices WHERE total > 10000 " +
            "GROUP BY CUBE(customer_name, status)",
            d =>
            {
                var rows = d.Invoices.Where(i => i.Total > 10000).ToArray();
                return new[] { new[] { true, true }, [true, false], [false, true] }
                    .SelectMany(kept => GroupedBy(rows, kept, i => i.CustomerName, i => i.Status).Select(g => (g.Keys, g.Rows, Kept: kept)))
                    .Concat(GrandTotal(rows, 2).Select(g => (g.Keys, g.Rows, Kept: new[] { false, false })))
                    .Select(g => Row(g.Keys[0], g.Keys[1], (long)g.Rows.Length, g.Kept[0] ? 0L : 1L, g.Kept[1] ? 0L : 1L));
            },
            d => Pages(d.Invoices.Where(i => i.Total > 10000))),
        new("SELECT status, currency_code, COUNT(*), MAX(balance) FROM invoices GROUP BY GROUPING SETS ((status, currency_code), status, ())",
            d => GroupedBy(d.Invoices, [true, true], i => i.Status, i => i.CurrencyCode)
                .Concat(GroupedBy(d.Invoices, [true, false], i => i.Status, i => i.CurrencyCode))
                .Concat(GrandTotal(d.Invoices, 2))
                .Select(g => Row(g.Keys[0], g.Keys[1], (long)g.Rows.Length, g.Rows.Max(i => i.Balance))),
            d => Pages(d.Invoices)),
        new("SELECT status, COUNT(*) AS n FROM invoices GROUP BY ROLLUP(status) ORDER BY n DESC, status",
            d => GroupedBy(d.Invoices, [true], i => i.Status).Concat(GrandTotal(d.Invoices, 1))
                .OrderByDescending(g => g.Rows.Length).ThenBy(g => g.Keys[0], Text).Select(g => Row(g.Keys[0], (long)g.Rows.Length)),
            d => Pages(d.Invoices), Ordered: true),
        new("SELECT status, currency_code, COUNT(*) FROM invoices WHERE status = 'paid' GROUP BY status, ROLLUP(currency_code)",
            d =>
            {
                var rows = d.Invoices.Where(i => i.Status == "paid").ToArray();
                return GroupedBy(rows, [true, true], i => i.Status, i => i.CurrencyCode).Concat(GroupedBy(rows, [true, false], i => i.Status, i => i.CurrencyCode))
                    .Select(g => Row(g.Keys[0], g.Keys[1], (long)g.Rows.Length));
            },
            d => Pages(d.Invoices.Where(i => i.Status == "paid"))),
        new("SELECT COUNT(*), SUM(total) FROM invoices WHERE total < 0 GROUP BY ROLLUP(status)",
            _ => [Row(0L, null)], d => Pages(d.Invoices.Where(i => i.Total < 0))),
    ];
}
