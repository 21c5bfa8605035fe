using ZohoOdbc.Emulator.Data;
using static ZohoOdbc.Tests.Sql.Corpus;

namespace ZohoOdbc.Tests.Sql;

/// <summary>Subqueries (IN, EXISTS, scalar, correlated, derived tables), CTEs and set operations.</summary>
internal static partial class DifferentialCorpus
{
    private static CorpusCase[] Subqueries =>
    [
        new("SELECT c.contact_name, (SELECT COUNT(*) FROM invoices i WHERE i.customer_id = c.contact_id) FROM contacts c WHERE c.status = 'inactive'",
            d => d.Contacts.Where(c => c.Status == "inactive").Select(c => Row(c.ContactName, (long)d.Invoices.Count(i => i.CustomerId == c.ContactId))),
            d => 1 + Pages(d.Invoices)),
        new("SELECT contact_name FROM contacts c WHERE EXISTS (SELECT 1 FROM invoices i WHERE i.customer_id = c.contact_id AND i.status = 'overdue')",
            d => d.Contacts.Where(c => d.Invoices.Any(i => i.CustomerId == c.ContactId && i.Status == "overdue")).Select(c => Row(c.ContactName)),
            d => 1 + Pages(d.Invoices.Where(i => i.Status == "overdue"))),
        new("SELECT contact_name FROM contacts c WHERE c.contact_type = 'customer' AND NOT EXISTS (SELECT * FROM invoices i WHERE i.customer_id = c.contact_id AND i.date >= '2026-01-01')",
            d => d.Contacts.Where(c => c.ContactType == "customer" && !d.Invoices.Any(i => i.CustomerId == c.ContactId && i.Date >= new DateOnly(2026, 1, 1))).Select(c => Row(c.ContactName)),
            d => 1 + Pages(d.Invoices.Where(i => i.Date >= new DateOnly(2026, 1, 1)))),
        new("SELECT invoice_number FROM invoices WHERE customer_id IN (SELECT contact_id FROM contacts WHERE status = 'inactive')",
            d => d.Invoices.Where(i => d.Contacts.Any(c => c.Status == "inactive" && c.ContactId == i.CustomerId)).Select(i => Row(i.InvoiceNumber)),
            d => 1 + d.Contacts.Where(c => c.Status == "inactive").Sum(c => Pages(d.Invoices.Where(i => i.CustomerId == c.ContactId)))),
        new("SELECT COUNT(*) FROM invoices WHERE customer_id NOT IN (SELECT contact_id FROM contacts WHERE status = 'active')",
            d => One((long)d.Invoices.Count(i => !d.Contacts.Any(c => c.Status == "active" && c.ContactId == i.CustomerId))), d => 1 + Pages(d.Invoices)),
        new("SELECT invoice_number, total FROM invoices WHERE total > (SELECT AVG(total) * 3 FROM invoices)",
            d => d.Invoices.Where(i => i.Total > Average(d.Invoices.Select(x => x.Total))!.Value * 3).Select(i => Row(i.InvoiceNumber, i.Total)),
            d => Pages(d.Invoices) + Pages(d.Invoices.Where(i => i.Total > Average(d.Invoices.Select(x => x.Total))!.Value * 3))),
        new("SELECT s, n FROM (SELECT status AS s, COUNT(*) AS n FROM invoices GROUP BY status) AS t WHERE n > 20",
            d => d.Invoices.GroupBy(i => i.Status).Where(g => g.Count() > 20).Select(g => Row(g.Key, (long)g.Count())), d => Pages(d.Invoices)),
        new("SELECT t.customer_id, t.total FROM (SELECT customer_id, SUM(total) total FROM invoices GROUP BY customer_id) t(customer_id, total) WHERE t.total > 250000",
            d => d.Invoices.GroupBy(i => i.CustomerId).Where(g => g.Sum(i => i.Total) > 250000).Select(g => Row(g.Key, Sum(g.Select(i => i.Total)))), d => Pages(d.Invoices)),
        new("WITH totals AS (SELECT customer_id, SUM(total) AS t FROM invoices GROUP BY customer_id) SELECT COUNT(*) FROM totals a JOIN totals b ON a.t < b.t",
            d =>
            {
                var totals = d.Invoices.GroupBy(i => i.CustomerId).Select(g => g.Sum(i => i.Total)).ToList();
                return One((long)totals.Sum(a => totals.Count(b => a < b)));
            },
            d => Pages(d.Invoices)),
        new("WITH paid AS (SELECT * FROM invoices WHERE status = 'paid'), big AS (SELECT * FROM paid WHERE total > 20000) SELECT COUNT(*), MIN(total) FROM big",
            d => One((long)d.Invoices.Count(i => i.Status == "paid" && i.Total > 20000), d.Invoices.Where(i => i.Status == "paid" && i.Total > 20000).Min(i => (decimal?)i.Total)),
            d => Pages(d.Invoices.Where(i => i.Status == "paid"))),
        new("SELECT invoice_number FROM invoices o WHERE total > (SELECT AVG(total) FROM invoices i WHERE i.customer_id = o.customer_id) * 2",
            d => d.Invoices.Where(o => o.Total > Average(d.Invoices.Where(i => i.CustomerId == o.CustomerId).Select(i => i.Total))!.Value * 2).Select(o => Row(o.InvoiceNumber)),
            d => 2 * Pages(d.Invoices)),
        new("SELECT invoice_number FROM invoices WHERE customer_id = ANY (SELECT contact_id FROM contacts WHERE contact_name LIKE 'Cres%')",
            d => d.Invoices.Where(i => i.CustomerName.StartsWith("Cres", StringComparison.OrdinalIgnoreCase)).Select(i => Row(i.InvoiceNumber)),
            d => 1 + d.Contacts.Where(c => c.ContactName.StartsWith("Cres", StringComparison.OrdinalIgnoreCase)).Sum(c => Pages(d.Invoices.Where(i => i.CustomerId == c.ContactId)))),
        new("SELECT COUNT(*) FROM contacts WHERE contact_id <> ALL (SELECT customer_id FROM invoices)",
            d => One((long)d.Contacts.Count(c => d.Invoices.All(i => i.CustomerId != c.ContactId))), d => 1 + Pages(d.Invoices)),
        new("SELECT (SELECT MAX(total) FROM invoices) - (SELECT MIN(total) FROM invoices)",
            d => One(d.Invoices.Max(i => i.Total) - d.Invoices.Min(i => i.Total)), d => 2 * Pages(d.Invoices)),
        new("SELECT invoice_number FROM invoices WHERE total = (SELECT MAX(total) FROM invoices WHERE status = 'draft')",
            d => d.Invoices.Where(i => i.Total == d.Invoices.Where(x => x.Status == "draft").Max(x => x.Total)).Select(i => Row(i.InvoiceNumber)),
            d => Pages(d.Invoices.Where(i => i.Status == "draft")) + 1),
        new("SELECT x.n FROM (SELECT TOP 5 invoice_number n, total FROM invoices ORDER BY total) x ORDER BY x.n DESC",
            d => d.Invoices.OrderBy(i => i.Total).Take(5).OrderByDescending(i => i.InvoiceNumber, Text).Select(i => Row(i.InvoiceNumber)), d => Pages(d.Invoices), Ordered: true),
        new("select \"_\".\"invoice_number\" from (select \"invoice_id\", \"invoice_number\", \"status\", \"total\" from \"zoho\".\"books\".\"invoices\") \"_\" " +
            "where \"_\".\"status\" = 'paid' and \"_\".\"total\" > 20000",
            d => Numbers(d.Invoices.Where(i => i.Status == "paid" && i.Total > 20000)), d => Pages(d.Invoices.Where(i => i.Status == "paid" && i.Total > 20000))),
        new("SELECT t.n FROM (SELECT x.invoice_number AS n, x.date AS d FROM (SELECT * FROM invoices) x) t WHERE t.d >= '2026-06-01' AND t.n LIKE 'INV%'",
            d => Numbers(d.Invoices.Where(i => i.Date >= new DateOnly(2026, 6, 1))),
            d => Pages(d.Invoices.Where(i => i.Date >= new DateOnly(2026, 6, 1)))),
        new("SELECT g.n FROM (SELECT status, COUNT(*) n FROM invoices GROUP BY status) g WHERE g.status = 'paid'",
            d => One((long)d.Invoices.Count(i => i.Status == "paid")), d => Pages(d.Invoices)),
        new("SELECT c.contact_name, i.invoice_number FROM contacts c LEFT JOIN (SELECT invoice_number, customer_id, status FROM invoices) i ON i.customer_id = c.contact_id AND i.status = 'void' " +
            "WHERE c.status = 'inactive'",
            d => d.Contacts.Where(c => c.Status == "inactive").SelectMany(c => d.Invoices.Any(i => i.CustomerId == c.ContactId && i.Status == "void")
                ? d.Invoices.Where(i => i.CustomerId == c.ContactId && i.Status == "void").Select(i => Row(c.ContactName, (object?)i.InvoiceNumber))
                : [Row(c.ContactName, null)]),
            d => 1 + Pages(d.Invoices.Where(i => i.Status == "void"))),
        new("SELECT v.code, v.label FROM (VALUES ('paid', 'Paid'), ('void', 'Cancelled')) v(code, label) WHERE EXISTS (SELECT 1 FROM invoices i WHERE i.status = v.code)",
            d => new[] { ("paid", "Paid"), ("void", "Cancelled") }.Where(v => d.Invoices.Any(i => i.Status == v.Item1)).Select(v => Row(v.Item1, v.Item2)), d => Pages(d.Invoices)),
    ];

    private static CorpusCase[] SetOperations =>
    [
        new("SELECT customer_name FROM invoices WHERE total > 27000 UNION SELECT customer_name FROM estimates WHERE total > 20000",
            d => d.Invoices.Where(i => i.Total > 27000).Select(i => i.CustomerName).Concat(d.Estimates.Where(e => e.Total > 20000).Select(e => e.CustomerName)).Distinct(Text).Select(n => Row(n)),
            d => Pages(d.Invoices.Where(i => i.Total > 27000)) + Pages(d.Estimates.Where(e => e.Total > 20000))),
        new("SELECT COUNT(*) FROM (SELECT customer_id FROM invoices WHERE status = 'void' UNION ALL SELECT customer_id FROM estimates WHERE status = 'expired') u",
            d => One((long)(d.Invoices.Count(i => i.Status == "void") + d.Estimates.Count(e => e.Status == "expired"))),
            d => Pages(d.Invoices.Where(i => i.Status == "void")) + Pages(d.Estimates.Where(e => e.Status == "expired"))),
        new("SELECT customer_id FROM invoices WHERE status = 'overdue' INTERSECT SELECT customer_id FROM estimates WHERE status = 'accepted'",
            d => d.Invoices.Where(i => i.Status == "overdue").Select(i => i.CustomerId).Intersect(d.Estimates.Where(e => e.Status == "accepted").Select(e => e.CustomerId)).Select(c => Row(c)),
            d => Pages(d.Invoices.Where(i => i.Status == "overdue")) + Pages(d.Estimates.Where(e => e.Status == "accepted"))),
        new("SELECT contact_id FROM contacts WHERE contact_type = 'customer' EXCEPT SELECT customer_id FROM invoices WHERE date >= '2026-01-01'",
            d => d.Contacts.Where(c => c.ContactType == "customer").Select(c => c.ContactId).Except(d.Invoices.Where(i => i.Date >= new DateOnly(2026, 1, 1)).Select(i => i.CustomerId)).Select(c => Row(c)),
            d => 1 + Pages(d.Invoices.Where(i => i.Date >= new DateOnly(2026, 1, 1)))),
        new("SELECT 'invoice' AS kind, invoice_number AS number, total FROM invoices WHERE total > 28000 UNION ALL SELECT 'estimate', estimate_number, total FROM estimates WHERE total > 25000 ORDER BY total DESC",
            d => d.Invoices.Where(i => i.Total > 28000).Select(i => ("invoice", i.InvoiceNumber, i.Total)).Concat(d.Estimates.Where(e => e.Total > 25000).Select(e => ("estimate", e.EstimateNumber, e.Total)))
                .OrderByDescending(x => x.Item3).Select(x => Row(x.Item1, x.Item2, x.Item3)),
            d => Pages(d.Invoices.Where(i => i.Total > 28000)) + Pages(d.Estimates.Where(e => e.Total > 25000)), Ordered: true),
        new("SELECT status FROM invoices WHERE total > 20000 UNION SELECT status FROM estimates INTERSECT SELECT status FROM salesorders",
            d => d.Invoices.Where(i => i.Total > 20000).Select(i => i.Status)
                .Union(d.Estimates.Select(e => e.Status).Intersect(d.SalesOrders.Select(s => s.Status), Text), Text).Select(s => Row(s)),
            d => Pages(d.Invoices.Where(i => i.Total > 20000)) + Pages(d.Estimates) + Pages(d.SalesOrders)),
        new("SELECT total FROM invoices WHERE status = 'void' UNION SELECT amount FROM customer_payments WHERE amount > 20000",
            d => d.Invoices.Where(i => i.Status == "void").Select(i => i.Total).Union(d.CustomerPayments.Where(p => p.Amount > 20000).Select(p => p.Amount)).Select(t => Row(t)),
            d => Pages(d.Invoices.Where(i => i.Status == "void")) + Pages(d.CustomerPayments.Where(p => p.Amount > 20000))),
    ];
}
