using ZohoOdbc.Emulator.Data;
using static ZohoOdbc.Tests.Sql.Corpus;

namespace ZohoOdbc.Tests.Sql;

/// <summary>Filters of every pushdown kind on invoices and contacts, and the conditions that stay local.</summary>
internal static partial class DifferentialCorpus
{
    private static IEnumerable<object?[]> Numbers(IEnumerable<Invoice> invoices) => invoices.Select(i => Row(i.InvoiceNumber));

    private static CorpusCase InvoiceNumbers(string where, Func<Invoice, bool> test, Func<Dataset, int> calls) =>
        new($"SELECT invoice_number FROM invoices WHERE {where}", d => Numbers(d.Invoices.Where(test)), calls);

    private static readonly DateTimeOffset June2026AtUtcPlus14 = new(2026, 6, 1, 0, 0, 0, TimeSpan.FromHours(14));

    private static CorpusCase[] Filters =>
    [
        InvoiceNumbers("status = 'paid'", i => i.Status == "paid", d => Pages(d.Invoices.Where(i => i.Status == "paid"))),
        InvoiceNumbers("status = 'PAID'", i => i.Status == "paid", d => Pages(d.Invoices.Where(i => i.Status == "paid"))),
        InvoiceNumbers("'overdue' = status", i => i.Status == "overdue", d => Pages(d.Invoices.Where(i => i.Status == "overdue"))),
        InvoiceNumbers("status <> 'paid'", i => i.Status != "paid", d => Pages(d.Invoices)),
        InvoiceNumbers("status IN ('draft', 'void')", i => i.Status is "draft" or "void",
            d => Pages(d.Invoices.Where(i => i.Status == "draft")) + Pages(d.Invoices.Where(i => i.Status == "void"))),
        InvoiceNumbers("status IN ('draft')", i => i.Status == "draft", d => Pages(d.Invoices.Where(i => i.Status == "draft"))),
        InvoiceNumbers("status NOT IN ('paid', 'draft')", i => i.Status is not ("paid" or "draft"), d => Pages(d.Invoices)),
        InvoiceNumbers("status = 'unpaid'", _ => false, d => Pages(d.Invoices)),
        InvoiceNumbers("date >= '2026-01-01'", i => i.Date >= new DateOnly(2026, 1, 1), d => Pages(d.Invoices.Where(i => i.Date >= new DateOnly(2026, 1, 1)))),
        InvoiceNumbers("date > '2026-06-30'", i => i.Date > new DateOnly(2026, 6, 30), d => Pages(d.Invoices.Where(i => i.Date > new DateOnly(2026, 6, 30)))),
        InvoiceNumbers("date < '2024-03-01'", i => i.Date < new DateOnly(2024, 3, 1), d => Pages(d.Invoices.Where(i => i.Date < new DateOnly(2024, 3, 1)))),
        InvoiceNumbers("date <= '2024-02-15'", i => i.Date <= new DateOnly(2024, 2, 15), d => Pages(d.Invoices.Where(i => i.Date <= new DateOnly(2024, 2, 15)))),
        InvoiceNumbers("date BETWEEN '2025-01-01' AND '2025-03-31'", i => i.Date >= new DateOnly(2025, 1, 1) && i.Date <= new DateOnly(2025, 3, 31),
            d => Pages(d.Invoices.Where(i => i.Date >= new DateOnly(2025, 1, 1) && i.Date <= new DateOnly(2025, 3, 31)))),
        InvoiceNumbers("date NOT BETWEEN '2024-02-01' AND '2026-09-30'", i => i.Date < new DateOnly(2024, 2, 1) || i.Date > new DateOnly(2026, 9, 30), d => Pages(d.Invoices)),
        InvoiceNumbers("'2025-01-01' <= date AND date < '2025-02-01'", i => i.Date >= new DateOnly(2025, 1, 1) && i.Date < new DateOnly(2025, 2, 1),
            d => Pages(d.Invoices.Where(i => i.Date >= new DateOnly(2025, 1, 1) && i.Date < new DateOnly(2025, 2, 1)))),
        InvoiceNumbers("date = {d '2024-01-02'}", i => i.Date == new DateOnly(2024, 1, 2), d => Pages(d.Invoices.Where(i => i.Date == new DateOnly(2024, 1, 2)))),
        InvoiceNumbers("due_date BETWEEN {d '2025-01-01'} AND {d '2025-12-31'}", i => i.DueDate >= new DateOnly(2025, 1, 1) && i.DueDate <= new DateOnly(2025, 12, 31),
            d => Pages(d.Invoices.Where(i => i.DueDate >= new DateOnly(2025, 1, 1) && i.DueDate <= new DateOnly(2025, 12, 31)))),
        InvoiceNumbers("date >= {ts '2025-06-01 00:00:00'}", i => i.Date >= new DateOnly(2025, 6, 1), d => Pages(d.Invoices)),
        InvoiceNumbers("total > 20000", i => i.Total > 20000, d => Pages(d.Invoices.Where(i => i.Total > 20000))),
        InvoiceNumbers("total >= 25000.50", i => i.Total >= 25000.50m, d => Pages(d.Invoices.Where(i => i.Total >= 25000.50m))),
        InvoiceNumbers("total < 500", i => i.Total < 500, d => Pages(d.Invoices.Where(i => i.Total < 500))),
        InvoiceNumbers("total <= 3000 AND total > 1000", i => i.Total is <= 3000 and > 1000, d => Pages(d.Invoices.Where(i => i.Total is <= 3000 and > 1000))),
        InvoiceNumbers("total BETWEEN 1000 AND 2000", i => i.Total is >= 1000 and <= 2000, d => Pages(d.Invoices.Where(i => i.Total is >= 1000 and <= 2000))),
        InvoiceNumbers("total > 100 AND total > 20000", i => i.Total > 20000, d => Pages(d.Invoices.Where(i => i.Total > 100))),
        InvoiceNumbers("balance > 0", i => i.Balance > 0, d => Pages(d.Invoices.Where(i => i.Balance > 0))),
        InvoiceNumbers("balance = 0 AND status = 'partially_paid'", i => i.Balance == 0 && i.Status == "partially_paid",
            d => Pages(d.Invoices.Where(i => i.Balance == 0 && i.Status == "partially_paid"))),
        InvoiceNumbers("-total < -30000", i => i.Total > 30000, d => Pages(d.Invoices)),
        InvoiceNumbers("invoice_number = 'INV-000123'", i => i.InvoiceNumber == "INV-000123", _ => 1),
        InvoiceNumbers("invoice_number = 'inv-000123'", i => i.InvoiceNumber == "INV-000123", _ => 1),
        InvoiceNumbers("invoice_number LIKE 'INV-0001%'", i => i.InvoiceNumber.StartsWith("INV-0001", StringComparison.OrdinalIgnoreCase),
            d => Pages(d.Invoices.Where(i => i.InvoiceNumber.StartsWith("INV-0001", StringComparison.OrdinalIgnoreCase)))),
        InvoiceNumbers("invoice_number LIKE '%0042%'", i => i.InvoiceNumber.Contains("0042", StringComparison.OrdinalIgnoreCase),
            d => Pages(d.Invoices.Where(i => i.InvoiceNumber.Contains("0042", StringComparison.OrdinalIgnoreCase)))),
        InvoiceNumbers("invoice_number LIKE '%42'", i => i.InvoiceNumber.EndsWith("42", StringComparison.Ordinal), d => Pages(d.Invoices)),
        InvoiceNumbers("invoice_number LIKE 'INV_0001%'", i => Like(i.InvoiceNumber, "INV_0001%"), d => Pages(d.Invoices)),
        InvoiceNumbers("invoice_number LIKE 'INV\\_%' {escape '\\'}", _ => false, d => Pages(d.Invoices)),
        InvoiceNumbers("invoice_number NOT LIKE 'INV-000%'", i => !i.InvoiceNumber.StartsWith("INV-000", StringComparison.Ordinal), d => Pages(d.Invoices)),
        InvoiceNumbers("customer_name = 'Crescent Design Co.'", i => i.CustomerName == "Crescent Design Co.",
            d => Pages(d.Invoices.Where(i => i.CustomerName == "Crescent Design Co."))),
        InvoiceNumbers("customer_name = 'CRESCENT design co.  '", i => i.CustomerName == "Crescent Design Co.", d => Pages(d.Invoices)),
        InvoiceNumbers("customer_name LIKE 'Cres%'", i => i.CustomerName.StartsWith("Cres", StringComparison.OrdinalIgnoreCase), d => Pages(d.Invoices)),
        InvoiceNumbers("reference_number = ''", i => i.ReferenceNumber == "", d => Pages(d.Invoices)),
        InvoiceNumbers("last_modified_time >= '2026-06-01'", i => i.LastModifiedTime.DateTime >= new DateTime(2026, 6, 1),
            d => Pages(d.Invoices.Where(i => i.LastModifiedTime >= June2026AtUtcPlus14))),
        InvoiceNumbers("created_time < '2024-03-01'", i => i.CreatedTime.DateTime < new DateTime(2024, 3, 1), d => Pages(d.Invoices)),
        InvoiceNumbers("status = 'paid' AND total > 10000", i => i.Status == "paid" && i.Total > 10000,
            d => Pages(d.Invoices.Where(i => i.Status == "paid" && i.Total > 10000))),
        InvoiceNumbers("status = 'paid' OR status = 'void'", i => i.Status is "paid" or "void", d => Pages(d.Invoices)),
        InvoiceNumbers("NOT (total > 100)", i => i.Total <= 100, d => Pages(d.Invoices)),
        InvoiceNumbers("UPPER(status) = 'VOID'", i => i.Status == "void", d => Pages(d.Invoices)),
        InvoiceNumbers("last_payment_date IS NULL AND status = 'sent'", i => i.LastPaymentDate is null && i.Status == "sent",
            d => Pages(d.Invoices.Where(i => i.Status == "sent"))),
        InvoiceNumbers("last_payment_date IS NOT NULL AND date >= '2026-01-01'", i => i.LastPaymentDate is not null && i.Date >= new DateOnly(2026, 1, 1),
            d => Pages(d.Invoices.Where(i => i.Date >= new DateOnly(2026, 1, 1)))),
        InvoiceNumbers("last_payment_date = NULL", _ => false, d => Pages(d.Invoices)),
        InvoiceNumbers("1 = 0", _ => false, _ => 0),
        InvoiceNumbers("status = 'paid' AND 1 = 2", _ => false, _ => 0),
        InvoiceNumbers("customer_id = (SELECT contact_id FROM contacts WHERE contact_name = 'Crescent Design Co.')", i => i.CustomerName == "Crescent Design Co.",
            d => 1 + Pages(d.Invoices.Where(i => i.CustomerName == "Crescent Design Co."))),
        InvoiceNumbers("customer_id = (SELECT contact_id FROM contacts WHERE contact_name = 'Nobody At All')", _ => false, _ => 1),

        new("SELECT contact_name FROM contacts WHERE contact_type = 'vendor'",
            d => d.Contacts.Where(c => c.ContactType == "vendor").Select(c => Row(c.ContactName)), _ => 1),
        new("SELECT contact_name FROM contacts WHERE status = 'inactive'",
            d => d.Contacts.Where(c => c.Status == "inactive").Select(c => Row(c.ContactName)), _ => 1),
        new("SELECT contact_name FROM contacts WHERE contact_name LIKE 'b%'",
            d => d.Contacts.Where(c => c.ContactName.StartsWith("b", StringComparison.OrdinalIgnoreCase)).Select(c => Row(c.ContactName)), _ => 1),
        new("SELECT contact_name FROM contacts WHERE contact_name LIKE '%LLC%'",
            d => d.Contacts.Where(c => c.ContactName.Contains("LLC", StringComparison.OrdinalIgnoreCase)).Select(c => Row(c.ContactName)), _ => 1),
        new("SELECT contact_name, email FROM contacts WHERE email LIKE '%@crescent%' AND contact_type = 'customer'",
            d => d.Contacts.Where(c => c.Email.Contains("@crescent", StringComparison.OrdinalIgnoreCase) && c.ContactType == "customer").Select(c => Row(c.ContactName, c.Email)), _ => 1),
        new("SELECT contact_name FROM contacts WHERE outstanding_receivable_amount > 10000 ORDER BY outstanding_receivable_amount DESC",
            d => d.Contacts.Where(c => c.OutstandingReceivableAmount > 10000).OrderByDescending(c => c.OutstandingReceivableAmount).Select(c => Row(c.ContactName)), _ => 1, Ordered: true),
        new("SELECT COUNT(*) FROM contacts WHERE last_modified_time > {ts '2025-12-31 23:59:59'}",
            d => One((long)d.Contacts.Count(c => c.LastModifiedTime.DateTime > new DateTime(2025, 12, 31, 23, 59, 59))), _ => 1),
    ];
}
