using ZohoOdbc.Emulator.Data;
using static ZohoOdbc.Tests.Sql.Corpus;

namespace ZohoOdbc.Tests.Sql;

/// <summary>? markers: typed from where they stand, bound (never pasted), and pushed down like constants.</summary>
internal static partial class DifferentialCorpus
{
    private static string CrescentId(Dataset d) => d.Contacts.Single(c => c.ContactName == "Crescent Design Co.").ContactId;

    private static CorpusCase[] Parameters =>
    [
        new("SELECT invoice_number FROM invoices WHERE status = ?",
            d => Numbers(d.Invoices.Where(i => i.Status == "paid")), d => Pages(d.Invoices.Where(i => i.Status == "paid")), Parameters: _ => ["paid"]),
        new("SELECT invoice_number FROM invoices WHERE total > ?",
            d => Numbers(d.Invoices.Where(i => i.Total > 20000)), d => Pages(d.Invoices.Where(i => i.Total > 20000)), Parameters: _ => [20000m]),
        new("SELECT invoice_number FROM invoices WHERE date BETWEEN ? AND ?",
            d => Numbers(d.Invoices.Where(i => i.Date >= new DateOnly(2025, 3, 1) && i.Date <= new DateOnly(2025, 3, 31))),
            d => Pages(d.Invoices.Where(i => i.Date >= new DateOnly(2025, 3, 1) && i.Date <= new DateOnly(2025, 3, 31))),
            Parameters: _ => [new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31)]),
        new("SELECT invoice_number FROM invoices WHERE invoice_number LIKE ?",
            d => Numbers(d.Invoices.Where(i => i.InvoiceNumber.StartsWith("INV-0002", StringComparison.Ordinal))),
            d => Pages(d.Invoices.Where(i => i.InvoiceNumber.StartsWith("INV-0002", StringComparison.Ordinal))), Parameters: _ => ["INV-0002%"]),
        new("SELECT invoice_number FROM invoices WHERE customer_name = ? AND total >= ?",
            d => Numbers(d.Invoices.Where(i => i.CustomerName == "Crescent Design Co." && i.Total >= 1000)),
            d => Pages(d.Invoices.Where(i => i.CustomerName == "Crescent Design Co." && i.Total >= 1000)), Parameters: _ => ["Crescent Design Co.", 1000L]),
        new("SELECT TOP (?) invoice_number FROM invoices ORDER BY total DESC",
            d => Numbers(d.Invoices.OrderByDescending(i => i.Total).Take(3)), d => Pages(d.Invoices), Ordered: true, Parameters: _ => [3L]),
        new("SELECT invoice_number, notes, sub_total FROM invoices WHERE invoice_id = ?",
            d => [Row(d.Invoices[7].InvoiceNumber, d.Invoices[7].Notes, d.Invoices[7].SubTotal)], _ => 1, Parameters: d => [d.Invoices[7].InvoiceId]),
        new("SELECT invoice_number FROM invoices WHERE status IN (?, ?)",
            d => Numbers(d.Invoices.Where(i => i.Status is "draft" or "void")),
            d => Pages(d.Invoices.Where(i => i.Status == "draft")) + Pages(d.Invoices.Where(i => i.Status == "void")), Parameters: _ => ["draft", "void"]),
        new("SELECT invoice_number FROM invoices WHERE date >= ?",
            d => Numbers(d.Invoices.Where(i => i.Date >= new DateOnly(2026, 9, 1))), d => Pages(d.Invoices.Where(i => i.Date >= new DateOnly(2026, 9, 1))),
            Parameters: _ => ["2026-09-01"]),
        new("SELECT invoice_number, total - ?, total * ? FROM invoices WHERE invoice_number = ?",
            d => [Row("INV-000001", ByNumber(d, "INV-000001").Total - 100.5m, ByNumber(d, "INV-000001").Total * 2)], _ => 1, Parameters: _ => [100.5m, 2L, "INV-000001"]),
        new("SELECT contact_name FROM contacts WHERE contact_name LIKE ?",
            d => d.Contacts.Where(c => c.ContactName.Contains("LLC", StringComparison.OrdinalIgnoreCase)).Select(c => Row(c.ContactName)), _ => 1, Parameters: _ => ["%LLC%"]),
        new("SELECT invoice_number FROM invoices WHERE total > ? OR balance > ?",
            d => Numbers(d.Invoices.Where(i => i.Total > 25000 || i.Balance > 15000)), d => Pages(d.Invoices), Parameters: _ => [25000, 15000.0]),
        new("SELECT COUNT(*) FROM invoices WHERE customer_id = ? AND status = ?",
            d => One((long)d.Invoices.Count(i => i.CustomerId == CrescentId(d) && i.Status == "paid")),
            d => Pages(d.Invoices.Where(i => i.CustomerId == CrescentId(d) && i.Status == "paid")), Parameters: d => [CrescentId(d), "paid"]),
        new("SELECT li.name, li.quantity FROM invoice_line_items li WHERE li.invoice_id = ?",
            d => d.Invoices[3].LineItems.Select(l => Row(l.Name, l.Quantity)), _ => 1, Parameters: d => [d.Invoices[3].InvoiceId]),
        new("SELECT ?, ? + 1, UPPER(?)",
            _ => [Row("x", 42L, "ABC")], _ => 0, Parameters: _ => ["x", 41L, "abc"]),
    ];

    private static CorpusCase[] NonLatin =>
    [
        new("SELECT contact_name, last_name FROM contacts WHERE last_name = 'MÜLLER'",
            d => d.Contacts.Where(c => Text.Equals(c.LastName, "MÜLLER")).Select(c => Row(c.ContactName, c.LastName)), _ => 1),
        new("SELECT contact_name FROM contacts WHERE contact_name LIKE N'%é%'",
            d => d.Contacts.Where(c => c.ContactName.Contains('é', StringComparison.OrdinalIgnoreCase)).Select(c => Row(c.ContactName)), _ => 1),
        new("SELECT UPPER(last_name), LEN(last_name), LOWER(first_name) FROM contacts WHERE first_name = N'Zoë'",
            d => d.Contacts.Where(c => Text.Equals(c.FirstName, "Zoë")).Select(c => Row(c.LastName.ToUpperInvariant(), (long)c.LastName.TrimEnd(' ').Length, c.FirstName.ToLowerInvariant())), _ => 1),
        new("SELECT contact_name FROM contacts WHERE custom_field_hash LIKE N'%中小企業%'",
            d => d.Contacts.Where(c => c.CustomFieldHash.Values.Any(v => v.Contains("中小企業", StringComparison.Ordinal))).Select(c => Row(c.ContactName)), _ => 1),
        new("SELECT contact_name FROM contacts ORDER BY contact_name",
            d => d.Contacts.OrderBy(c => c.ContactName, Text).Select(c => Row(c.ContactName)), _ => 1, Ordered: true),
        new("SELECT contact_name FROM contacts WHERE contact_name = N'renée garcía'",
            d => d.Contacts.Where(c => Text.Equals(c.ContactName, "renée garcía")).Select(c => Row(c.ContactName)), _ => 1),
        new("SELECT REVERSE(N'Grüße'), N'日本' + N'語', LEN(N'日本語'), UNICODE(N'語'), NCHAR(35486)", _ => [Row("eßürG", "日本語", 3L, 35486L, "語")], _ => 0),
        new("SELECT last_name, COUNT(*) FROM contacts WHERE last_name IN (N'Müller', N'García', N'van der Berg') GROUP BY last_name",
            d => d.Contacts.Where(c => new[] { "Müller", "García", "van der Berg" }.Contains(c.LastName, Text)).GroupBy(c => c.LastName, Text).Select(g => Row(g.First().LastName, (long)g.Count())),
            d => new[] { "Müller", "García", "van der Berg" }.Length),
    ];
}
