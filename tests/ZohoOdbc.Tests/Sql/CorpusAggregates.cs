using ZohoOdbc.Emulator.Data;
using static ZohoOdbc.Tests.Sql.Corpus;

namespace ZohoOdbc.Tests.Sql;

/// <summary>Aggregates, GROUP BY, HAVING and DISTINCT, with SQL Server's exact decimal results.</summary>
internal static partial class DifferentialCorpus
{
    private static CorpusCase[] Aggregates =>
    [
        new("SELECT COUNT(*), SUM(total), AVG(total), MIN(total), MAX(total) FROM invoices",
            d => One((long)d.Invoices.Count, Sum(d.Invoices.Select(i => i.Total)), Average(d.Invoices.Select(i => i.Total)), d.Invoices.Min(i => i.Total), d.Invoices.Max(i => i.Total)),
            d => Pages(d.Invoices)),
        new("SELECT status, COUNT(*), SUM(balance) FROM invoices GROUP BY status",
            d => d.Invoices.GroupBy(i => i.Status).Select(g => Row(g.Key, (long)g.Count(), Sum(g.Select(i => i.Balance)))), d => Pages(d.Invoices)),
        new("SELECT customer_name, SUM(total) FROM invoices GROUP BY customer_name HAVING SUM(total) > 200000",
            d => d.Invoices.GroupBy(i => i.CustomerName, Text).Where(g => g.Sum(i => i.Total) > 200000).Select(g => Row(g.First().CustomerName, Sum(g.Select(i => i.Total)))),
            d => Pages(d.Invoices)),
        new("SELECT COUNT(DISTINCT customer_id), COUNT(DISTINCT currency_code) FROM invoices WHERE status = 'paid'",
            d => One((long)d.Invoices.Where(i => i.Status == "paid").Select(i => i.CustomerId).Distinct().Count(),
                (long)d.Invoices.Where(i => i.Status == "paid").Select(i => i.CurrencyCode).Distinct(Text).Count()),
            d => Pages(d.Invoices.Where(i => i.Status == "paid"))),
        new("SELECT AVG(balance) FROM invoices WHERE balance > 0",
            d => One(Average(d.Invoices.Where(i => i.Balance > 0).Select(i => i.Balance))), d => Pages(d.Invoices.Where(i => i.Balance > 0))),
        new("SELECT YEAR(date), MONTH(date), COUNT(*), SUM(total) FROM invoices WHERE date < '2024-07-01' GROUP BY YEAR(date), MONTH(date) ORDER BY 1, 2",
            d => d.Invoices.Where(i => i.Date < new DateOnly(2024, 7, 1)).GroupBy(i => (i.Date.Year, i.Date.Month)).OrderBy(g => g.Key)
                .Select(g => Row((long)g.Key.Year, (long)g.Key.Month, (long)g.Count(), Sum(g.Select(i => i.Total)))),
            d => Pages(d.Invoices.Where(i => i.Date < new DateOnly(2024, 7, 1))), Ordered: true),
        new("SELECT SUM(CASE WHEN status = 'paid' THEN total ELSE 0 END), SUM(CASE WHEN status <> 'paid' THEN total END) FROM invoices",
            d => One(Sum(d.Invoices.Select(i => i.Status == "paid" ? i.Total : 0m)), Sum(d.Invoices.Where(i => i.Status != "paid").Select(i => i.Total))), d => Pages(d.Invoices)),
        new("SELECT currency_code, SUM(total * exchange_rate) FROM invoices GROUP BY currency_code",
            d => d.Invoices.GroupBy(i => i.CurrencyCode).Select(g => Row(g.Key, Sum(g.Select(i => i.Total * i.ExchangeRate)))), d => Pages(d.Invoices)),
        new("SELECT STRING_AGG(invoice_number, ',') WITHIN GROUP (ORDER BY invoice_number) FROM invoices WHERE total > 27000",
            d => One(string.Join(",", d.Invoices.Where(i => i.Total > 27000).Select(i => i.InvoiceNumber).OrderBy(n => n, Text))),
            d => Pages(d.Invoices.Where(i => i.Total > 27000))),
        new("SELECT MIN(contact_name), MAX(contact_name) FROM contacts",
            d => One(d.Contacts.Select(c => c.ContactName).Min(Text), d.Contacts.Select(c => c.ContactName).Max(Text)), _ => 1),
        new("SELECT COUNT(*), COUNT(last_payment_date), COUNT(client_viewed_time) FROM invoices",
            d => One((long)d.Invoices.Count, (long)d.Invoices.Count(i => i.LastPaymentDate is not null), (long)d.Invoices.Count(i => i.ClientViewedTime is not null)),
            d => Pages(d.Invoices)),
        new("SELECT AVG(payment_terms), SUM(payment_terms), AVG(CAST(payment_terms AS DECIMAL(10,2))) FROM contacts",
            d => One((long)(d.Contacts.Sum(c => c.PaymentTerms) / d.Contacts.Count), (long)d.Contacts.Sum(c => c.PaymentTerms),
                Average(d.Contacts.Select(c => (decimal)c.PaymentTerms))), _ => 1),
        new("SELECT SUM(quantity), AVG(quantity), MAX(rate) FROM invoice_line_items WHERE invoice_id IN (SELECT invoice_id FROM invoices WHERE status = 'void')",
            d => One(Sum(d.Invoices.Where(i => i.Status == "void").SelectMany(i => i.LineItems).Select(l => l.Quantity)),
                Average(d.Invoices.Where(i => i.Status == "void").SelectMany(i => i.LineItems).Select(l => l.Quantity), 4),
                d.Invoices.Where(i => i.Status == "void").SelectMany(i => i.LineItems).Max(l => (decimal?)l.Rate)),
            d => Pages(d.Invoices.Where(i => i.Status == "void")) + d.Invoices.Count(i => i.Status == "void")),
        new("SELECT DISTINCT status FROM invoices",
            d => d.Invoices.Select(i => i.Status).Distinct().Select(s => Row(s)), d => Pages(d.Invoices)),
        new("SELECT DISTINCT currency_code, status FROM invoices WHERE currency_code <> 'USD' ORDER BY currency_code, status",
            d => d.Invoices.Where(i => i.CurrencyCode != "USD").Select(i => (i.CurrencyCode, i.Status)).Distinct().OrderBy(x => x.CurrencyCode, Text).ThenBy(x => x.Status, Text)
                .Select(x => Row(x.CurrencyCode, x.Status)),
            d => Pages(d.Invoices), Ordered: true),
        new("SELECT TOP 3 customer_name, COUNT(*) AS n FROM invoices GROUP BY customer_name ORDER BY n DESC, customer_name",
            d => d.Invoices.GroupBy(i => i.CustomerName, Text).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, Text).Take(3).Select(g => Row(g.First().CustomerName, (long)g.Count())),
            d => Pages(d.Invoices), Ordered: true),
        new("SELECT customer_id FROM invoices GROUP BY customer_id HAVING COUNT(*) > 15 AND MIN(total) < 1000",
            d => d.Invoices.GroupBy(i => i.CustomerId).Where(g => g.Count() > 15 && g.Min(i => i.Total) < 1000).Select(g => Row(g.Key)), d => Pages(d.Invoices)),
        new("SELECT COUNT(*), SUM(total), AVG(total), MAX(date) FROM invoices WHERE total < 0",
            _ => One(0L, null, null, null), _ => 1),
        new("SELECT status, COUNT(*) FROM invoices WHERE 1 = 0 GROUP BY status", _ => [], _ => 0),
        new("SELECT SUM(outstanding_receivable_amount), SUM(outstanding_receivable_amount_bcy) FROM contacts WHERE contact_type = 'customer'",
            d => One(Sum(d.Contacts.Where(c => c.ContactType == "customer").Select(c => c.OutstandingReceivableAmount)),
                Sum(d.Contacts.Where(c => c.ContactType == "customer").Select(c => c.OutstandingReceivableAmountBcy))), _ => 1),
        new("SELECT salesperson_name, COUNT(*), SUM(total) FROM invoices WHERE salesperson_name <> '' GROUP BY salesperson_name ORDER BY SUM(total) DESC",
            d => d.Invoices.Where(i => i.SalespersonName != "").GroupBy(i => i.SalespersonName, Text).OrderByDescending(g => g.Sum(i => i.Total))
                .Select(g => Row(g.First().SalespersonName, (long)g.Count(), Sum(g.Select(i => i.Total)))),
            d => Pages(d.Invoices), Ordered: true),
        new("SELECT account_name, COUNT(*), SUM(bcy_total), AVG(bcy_total) FROM expenses GROUP BY account_name",
            d => d.Expenses.GroupBy(e => e.AccountName, Text).Select(g => Row(g.First().AccountName, (long)g.Count(), Sum(g.Select(e => e.BcyTotal)), Average(g.Select(e => e.BcyTotal)))),
            d => Pages(d.Expenses)),
        new("SELECT vendor_name, SUM(balance) FROM bills WHERE status IN ('open', 'overdue') GROUP BY vendor_name",
            d => d.Bills.Where(b => b.Status is "open" or "overdue").GroupBy(b => b.VendorName, Text).Select(g => Row(g.First().VendorName, Sum(g.Select(b => b.Balance)))),
            d => Pages(d.Bills.Where(b => b.Status == "open")) + Pages(d.Bills.Where(b => b.Status == "overdue"))),
    ];
}
