using ZohoOdbc.Emulator.Data;
using static ZohoOdbc.Tests.Sql.Corpus;

namespace ZohoOdbc.Tests.Sql;

/// <summary>Joins of every kind between lists, with each side's filters pushed where the join allows it.</summary>
internal static partial class DifferentialCorpus
{
    private static CorpusCase[] Joins =>
    [
        new("SELECT c.contact_name, i.invoice_number FROM invoices i JOIN contacts c ON c.contact_id = i.customer_id WHERE i.total > 25000",
            d => d.Invoices.Where(i => i.Total > 25000).Join(d.Contacts, i => i.CustomerId, c => c.ContactId, (i, c) => Row(c.ContactName, i.InvoiceNumber)),
            d => Pages(d.Invoices.Where(i => i.Total > 25000)) + 1),
        new("SELECT c.contact_name FROM contacts c LEFT JOIN invoices i ON i.customer_id = c.contact_id WHERE i.invoice_id IS NULL",
            d => d.Contacts.Where(c => d.Invoices.All(i => i.CustomerId != c.ContactId)).Select(c => Row(c.ContactName)), d => 1 + Pages(d.Invoices)),
        new("SELECT c.contact_name, i.invoice_number FROM contacts c LEFT OUTER JOIN invoices i ON i.customer_id = c.contact_id AND i.status = 'void' WHERE c.contact_type = 'customer'",
            d => d.Contacts.Where(c => c.ContactType == "customer").SelectMany(c => d.Invoices.Any(i => i.CustomerId == c.ContactId && i.Status == "void")
                ? d.Invoices.Where(i => i.CustomerId == c.ContactId && i.Status == "void").Select(i => Row(c.ContactName, (object?)i.InvoiceNumber))
                : [Row(c.ContactName, null)]),
            d => 1 + Pages(d.Invoices.Where(i => i.Status == "void"))),
        new("SELECT c.contact_name, i.invoice_number FROM contacts c LEFT JOIN invoices i ON i.customer_id = c.contact_id AND c.contact_type = 'vendor'",
            d => d.Contacts.Select(c => Row(c.ContactName, null)), d => 1 + Pages(d.Invoices)),
        new("SELECT c.contact_name, i.invoice_number FROM contacts c LEFT JOIN invoices i ON i.customer_id = c.contact_id WHERE i.total > 28000",
            d => d.Invoices.Where(i => i.Total > 28000).Join(d.Contacts, i => i.CustomerId, c => c.ContactId, (i, c) => Row(c.ContactName, i.InvoiceNumber)),
            d => 1 + Pages(d.Invoices.Where(i => i.Total > 28000))),
        new("SELECT i.invoice_number, c.contact_type FROM contacts c RIGHT JOIN invoices i ON i.customer_id = c.contact_id AND c.status = 'inactive' WHERE i.status = 'overdue'",
            d => d.Invoices.Where(i => i.Status == "overdue").Select(i => Row(i.InvoiceNumber,
                d.Contacts.FirstOrDefault(c => c.ContactId == i.CustomerId && c.Status == "inactive")?.ContactType)),
            d => 1 + Pages(d.Invoices.Where(i => i.Status == "overdue"))),
        new("SELECT v.contact_name, b.bill_number FROM contacts v FULL OUTER JOIN bills b ON b.vendor_id = v.contact_id AND b.status = 'overdue' WHERE v.contact_type = 'vendor' OR v.contact_id IS NULL",
            d => d.Contacts.Where(c => c.ContactType == "vendor").SelectMany(v => d.Bills.Any(b => b.VendorId == v.ContactId && b.Status == "overdue")
                    ? d.Bills.Where(b => b.VendorId == v.ContactId && b.Status == "overdue").Select(b => Row(v.ContactName, (object?)b.BillNumber))
                    : [Row(v.ContactName, null)])
                .Concat(d.Bills.Where(b => !(b.Status == "overdue" && d.Contacts.Any(v => v.ContactId == b.VendorId))).Select(b => Row(null, b.BillNumber))),
            d => 1 + Pages(d.Bills)),
        new("SELECT c.currency_code, t.tax_name FROM currencies c CROSS JOIN taxes t",
            d => d.Currencies.SelectMany(c => d.Taxes.Select(t => Row(c.CurrencyCode, t.TaxName))), _ => 2),
        new("SELECT COUNT(*) FROM invoices a JOIN invoices b ON a.customer_id = b.customer_id AND a.total < b.total WHERE a.status = 'void' AND b.status = 'void'",
            d => One((long)d.Invoices.Where(a => a.Status == "void").Sum(a => d.Invoices.Count(b => b.Status == "void" && b.CustomerId == a.CustomerId && a.Total < b.Total))),
            d => 2 * Pages(d.Invoices.Where(i => i.Status == "void"))),
        new("SELECT c.contact_name, COUNT(*) FROM contacts c JOIN invoices i ON i.customer_id = c.contact_id AND i.status = 'draft' WHERE c.contact_type = 'customer' GROUP BY c.contact_name",
            d => d.Contacts.Where(c => c.ContactType == "customer").Select(c => (c, n: d.Invoices.Count(i => i.CustomerId == c.ContactId && i.Status == "draft")))
                .Where(x => x.n > 0).Select(x => Row(x.c.ContactName, (long)x.n)),
            d => 1 + Pages(d.Invoices.Where(i => i.Status == "draft"))),
        new("SELECT c.contact_name, i.invoice_number FROM {oj contacts c LEFT OUTER JOIN invoices i ON i.customer_id = c.contact_id} WHERE c.status = 'inactive' AND i.status = 'paid'",
            d => d.Contacts.Where(c => c.Status == "inactive").SelectMany(c => d.Invoices.Where(i => i.CustomerId == c.ContactId && i.Status == "paid").Select(i => Row(c.ContactName, i.InvoiceNumber))),
            d => 1 + Pages(d.Invoices.Where(i => i.Status == "paid"))),
        new("SELECT c.contact_name, e.estimate_number FROM contacts c, estimates e WHERE e.customer_id = c.contact_id AND e.status = 'expired'",
            d => d.Estimates.Where(e => e.Status == "expired").Join(d.Contacts, e => e.CustomerId, c => c.ContactId, (e, c) => Row(c.ContactName, e.EstimateNumber)),
            d => 1 + Pages(d.Estimates.Where(e => e.Status == "expired"))),
        new("SELECT i.invoice_number, cp.payment_number FROM invoices i JOIN customer_payments cp ON cp.customer_id = i.customer_id AND cp.date = i.last_payment_date WHERE i.status = 'paid' AND i.total > 24000",
            d => d.Invoices.Where(i => i.Status == "paid" && i.Total > 24000)
                .SelectMany(i => d.CustomerPayments.Where(p => p.CustomerId == i.CustomerId && p.Date == i.LastPaymentDate).Select(p => Row(i.InvoiceNumber, p.PaymentNumber))),
            d => Pages(d.Invoices.Where(i => i.Status == "paid" && i.Total > 24000)) + Pages(d.CustomerPayments)),
        new("SELECT x.contact_name, y.contact_name FROM contacts x JOIN contacts y ON x.company_name = y.company_name AND x.contact_id < y.contact_id WHERE x.company_name <> ''",
            d => d.Contacts.Where(x => x.CompanyName != "").SelectMany(x => d.Contacts.Where(y => Text.Equals(x.CompanyName, y.CompanyName) && string.CompareOrdinal(x.ContactId, y.ContactId) < 0)
                .Select(y => Row(x.ContactName, y.ContactName))), _ => 2),
        new("SELECT c.contact_name, i.invoice_number, e.estimate_number FROM contacts c JOIN invoices i ON i.customer_id = c.contact_id JOIN estimates e ON e.customer_id = c.contact_id " +
            "WHERE i.total > 27000 AND e.total > 20000",
            d => d.Invoices.Where(i => i.Total > 27000).SelectMany(i => d.Estimates.Where(e => e.Total > 20000 && e.CustomerId == i.CustomerId)
                .SelectMany(e => d.Contacts.Where(c => c.ContactId == i.CustomerId).Select(c => Row(c.ContactName, i.InvoiceNumber, e.EstimateNumber)))),
            d => 1 + Pages(d.Invoices.Where(i => i.Total > 27000)) + Pages(d.Estimates.Where(e => e.Total > 20000))),
        new("SELECT t.project_name, u.name, COUNT(*) FROM time_entries t JOIN users u ON u.user_id = t.user_id GROUP BY t.project_name, u.name",
            d => d.TimeEntries.Join(d.Users, t => t.UserId, u => u.UserId, (t, u) => (t.ProjectName, u.Name)).GroupBy(x => (x.ProjectName.ToUpperInvariant(), x.Name.ToUpperInvariant()))
                .Select(g => Row(g.First().ProjectName, g.First().Name, (long)g.Count())),
            d => Pages(d.TimeEntries) + 1),
    ];
}
