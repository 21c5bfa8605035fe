using ZohoOdbc.Emulator.Data;
using static ZohoOdbc.Tests.Sql.Corpus;

namespace ZohoOdbc.Tests.Sql;

/// <summary>TOP, OFFSET/FETCH and LIMIT: sorts Zoho applies, paging that stops early, and where it cannot.</summary>
internal static partial class DifferentialCorpus
{
    private static CorpusCase[] Ordering =>
    [
        new("SELECT TOP 5 invoice_number, total FROM invoices ORDER BY total DESC",
            d => d.Invoices.OrderByDescending(i => i.Total).Take(5).Select(i => Row(i.InvoiceNumber, i.Total)), _ => 1, Ordered: true),
        new("SELECT TOP 3 invoice_number FROM invoices WHERE status = 'paid' ORDER BY total",
            d => d.Invoices.Where(i => i.Status == "paid").OrderBy(i => i.Total).Take(3).Select(i => Row(i.InvoiceNumber)), _ => 1, Ordered: true),
        new("SELECT invoice_number FROM invoices ORDER BY total OFFSET 10 ROWS FETCH NEXT 5 ROWS ONLY",
            d => d.Invoices.OrderBy(i => i.Total).Skip(10).Take(5).Select(i => Row(i.InvoiceNumber)), _ => 1, Ordered: true),
        new("SELECT invoice_number, total FROM invoices ORDER BY total DESC LIMIT 5 OFFSET 2",
            d => d.Invoices.OrderByDescending(i => i.Total).Skip(2).Take(5).Select(i => Row(i.InvoiceNumber, i.Total)), _ => 1, Ordered: true),
        new("SELECT invoice_number FROM invoices ORDER BY total LIMIT 3",
            d => d.Invoices.OrderBy(i => i.Total).Take(3).Select(i => Row(i.InvoiceNumber)), _ => 1, Ordered: true),
        new("SELECT TOP 250 invoice_number FROM invoices ORDER BY total",
            d => d.Invoices.OrderBy(i => i.Total).Take(250).Select(i => Row(i.InvoiceNumber)), _ => 2, Ordered: true),
        new("SELECT TOP 10 invoice_number FROM invoices ORDER BY invoice_number",
            d => d.Invoices.OrderBy(i => i.InvoiceNumber, Text).Take(10).Select(i => Row(i.InvoiceNumber)), d => Pages(d.Invoices), Ordered: true),
        new("SELECT TOP 4 invoice_number, date FROM invoices WHERE total > 1000 ORDER BY balance DESC, total",
            d => d.Invoices.Where(i => i.Total > 1000).OrderByDescending(i => i.Balance).ThenBy(i => i.Total).Take(4).Select(i => Row(i.InvoiceNumber, i.Date)),
            d => Pages(d.Invoices.Where(i => i.Total > 1000)), Ordered: true),
        new("SELECT TOP 3 contact_name FROM contacts ORDER BY outstanding_receivable_amount DESC, contact_name",
            d => d.Contacts.OrderByDescending(c => c.OutstandingReceivableAmount).ThenBy(c => c.ContactName, Text).Take(3).Select(c => Row(c.ContactName)), _ => 1, Ordered: true),
        new("SELECT TOP 2 estimate_number, total FROM estimates ORDER BY total DESC",
            d => d.Estimates.OrderByDescending(e => e.Total).Take(2).Select(e => Row(e.EstimateNumber, e.Total)), _ => 1, Ordered: true),
        new("SELECT TOP 3 bill_number, balance FROM bills WHERE status = 'paid' ORDER BY date DESC, bill_number",
            d => d.Bills.Where(b => b.Status == "paid").OrderByDescending(b => b.Date).ThenBy(b => b.BillNumber, Text).Take(3).Select(b => Row(b.BillNumber, b.Balance)),
            d => Pages(d.Bills.Where(b => b.Status == "paid")), Ordered: true),
        new("SELECT TOP 0 * FROM invoices", _ => [], _ => 0),
        new("SELECT invoice_number, total FROM invoices WHERE total > 15000 ORDER BY 2 DESC, 1",
            d => d.Invoices.Where(i => i.Total > 15000).OrderByDescending(i => i.Total).Select(i => Row(i.InvoiceNumber, i.Total)),
            d => Pages(d.Invoices.Where(i => i.Total > 15000)), Ordered: true),
        new("SELECT invoice_number AS n, total AS t FROM invoices WHERE total < 300 ORDER BY t",
            d => d.Invoices.Where(i => i.Total < 300).OrderBy(i => i.Total).Select(i => Row(i.InvoiceNumber, i.Total)), d => Pages(d.Invoices.Where(i => i.Total < 300)), Ordered: true),
        new("SELECT customer_name, total FROM invoices WHERE total > 25000 ORDER BY customer_name DESC, total",
            d => d.Invoices.Where(i => i.Total > 25000).OrderByDescending(i => i.CustomerName, Text).ThenBy(i => i.Total).Select(i => Row(i.CustomerName, i.Total)),
            d => Pages(d.Invoices.Where(i => i.Total > 25000)), Ordered: true),
        new("SELECT date, COUNT(*) FROM invoices WHERE date < '2024-02-01' GROUP BY date ORDER BY date DESC",
            d => d.Invoices.Where(i => i.Date < new DateOnly(2024, 2, 1)).GroupBy(i => i.Date).OrderByDescending(g => g.Key).Select(g => Row(g.Key, (long)g.Count())),
            d => Pages(d.Invoices.Where(i => i.Date < new DateOnly(2024, 2, 1))), Ordered: true),
    ];
}
