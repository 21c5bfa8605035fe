using ZohoOdbc.Emulator.Data;
using static ZohoOdbc.Tests.Sql.Corpus;

namespace ZohoOdbc.Tests.Sql;

/// <summary>
/// Child tables (line items, payment applications, contact persons, addresses, exchange rates, tasks): read from their
/// parents' records, and only from the parents a query reaches (a key, a join with the parent's filters pushed, a parent filter).
/// </summary>
internal static partial class DifferentialCorpus
{
    private static bool Crescent2025(Invoice i) =>
        i.CustomerName == "Crescent Design Co." && i.Date >= new DateOnly(2025, 1, 1) && i.Date <= new DateOnly(2025, 12, 31);

    private static CorpusCase[] ChildTables =>
    [
        new("SELECT i.invoice_number, li.name, li.quantity, li.item_total FROM invoices i JOIN invoice_line_items li ON li.invoice_id = i.invoice_id WHERE i.status = 'overdue'",
            d => d.Invoices.Where(i => i.Status == "overdue").SelectMany(i => i.LineItems.Select(l => Row(i.InvoiceNumber, l.Name, l.Quantity, l.ItemTotal))),
            d => Pages(d.Invoices.Where(i => i.Status == "overdue")) + d.Invoices.Count(i => i.Status == "overdue")),
        new("SELECT li.name, SUM(li.item_total) FROM invoices i JOIN invoice_line_items li ON li.invoice_id = i.invoice_id " +
            "WHERE i.customer_id = (SELECT contact_id FROM contacts WHERE contact_name = 'Crescent Design Co.') AND i.date BETWEEN '2025-01-01' AND '2025-12-31' GROUP BY li.name",
            d => d.Invoices.Where(Crescent2025).SelectMany(i => i.LineItems).GroupBy(l => l.Name, Text).Select(g => Row(g.First().Name, Sum(g.Select(l => l.ItemTotal)))),
            d => 1 + Pages(d.Invoices.Where(Crescent2025)) + d.Invoices.Count(Crescent2025)),
        new("SELECT li.* FROM invoice_line_items li WHERE li.invoice_id = (SELECT invoice_id FROM invoices WHERE invoice_number = 'INV-000010')",
            d => ByNumber(d, "INV-000010").LineItems.Select(l => LineRow(ByNumber(d, "INV-000010").InvoiceId, l)), _ => 2),
        new("SELECT COUNT(*), SUM(li.quantity) FROM invoices i, invoice_line_items li WHERE li.invoice_id = i.invoice_id AND i.total > 25000",
            d => One((long)d.Invoices.Where(i => i.Total > 25000).Sum(i => i.LineItems.Count), Sum(d.Invoices.Where(i => i.Total > 25000).SelectMany(i => i.LineItems).Select(l => l.Quantity))),
            d => Pages(d.Invoices.Where(i => i.Total > 25000)) + d.Invoices.Count(i => i.Total > 25000)),
        new("SELECT i.invoice_number, li.name FROM invoices i LEFT JOIN invoice_line_items li ON li.invoice_id = i.invoice_id AND li.quantity > 20 WHERE i.status = 'void'",
            d => d.Invoices.Where(i => i.Status == "void").SelectMany(i => i.LineItems.Any(l => l.Quantity > 20)
                ? i.LineItems.Where(l => l.Quantity > 20).Select(l => Row(i.InvoiceNumber, (object?)l.Name))
                : [Row(i.InvoiceNumber, null)]),
            d => Pages(d.Invoices.Where(i => i.Status == "void")) + d.Invoices.Count(i => i.Status == "void")),
        new("SELECT i.invoice_number, COUNT(li.line_item_id) FROM invoices i LEFT JOIN invoice_line_items li ON li.invoice_id = i.invoice_id AND i.balance > 0 WHERE i.status = 'partially_paid' GROUP BY i.invoice_number",
            d => d.Invoices.Where(i => i.Status == "partially_paid").Select(i => Row(i.InvoiceNumber, (long)(i.Balance > 0 ? i.LineItems.Count : 0))),
            d => Pages(d.Invoices.Where(i => i.Status == "partially_paid")) + d.Invoices.Count(i => i.Status == "partially_paid" && i.Balance > 0)),
        new("SELECT COUNT(*), SUM(item_total) FROM invoice_line_items WHERE item_id = (SELECT item_id FROM items WHERE name = 'Toner Cartridge')",
            d => One((long)d.Invoices.SelectMany(i => i.LineItems).Count(l => l.Name == "Toner Cartridge"),
                Sum(d.Invoices.SelectMany(i => i.LineItems).Where(l => l.Name == "Toner Cartridge").Select(l => l.ItemTotal))),
            d => 1 + Pages(d.Invoices.Where(i => i.LineItems.Any(l => l.Name == "Toner Cartridge"))) + d.Invoices.Count(i => i.LineItems.Any(l => l.Name == "Toner Cartridge"))),
        new("SELECT name, COUNT(*) FROM invoice_line_items WHERE name LIKE 'Printer%' GROUP BY name",
            d => d.Invoices.SelectMany(i => i.LineItems).Where(l => l.Name.StartsWith("Printer", StringComparison.OrdinalIgnoreCase)).GroupBy(l => l.Name, Text)
                .Select(g => Row(g.First().Name, (long)g.Count())),
            d => Pages(d.Invoices.Where(i => i.LineItems.Any(l => l.Name.StartsWith("Printer", StringComparison.OrdinalIgnoreCase))))
                 + d.Invoices.Count(i => i.LineItems.Any(l => l.Name.StartsWith("Printer", StringComparison.OrdinalIgnoreCase)))),
        new("SELECT cp.payment_number, cpi.invoice_number, cpi.amount_applied FROM customer_payments cp JOIN customer_payment_invoices cpi ON cpi.payment_id = cp.payment_id WHERE cp.date >= '2026-06-01'",
            d => d.CustomerPayments.Where(p => p.Date >= new DateOnly(2026, 6, 1)).SelectMany(p => p.Invoices.Select(a => Row(p.PaymentNumber, a.InvoiceNumber, a.AmountApplied))),
            d => Pages(d.CustomerPayments.Where(p => p.Date >= new DateOnly(2026, 6, 1))) + d.CustomerPayments.Count(p => p.Date >= new DateOnly(2026, 6, 1))),
        new("SELECT payment_id, amount_applied FROM customer_payment_invoices WHERE invoice_id = (SELECT invoice_id FROM invoices WHERE invoice_number = 'INV-000002')",
            d => d.CustomerPayments.SelectMany(p => p.Invoices.Where(a => a.InvoiceNumber == "INV-000002").Select(a => Row(p.PaymentId, a.AmountApplied))),
            d => 1 + 1 + d.CustomerPayments.Count(p => p.Invoices.Any(a => a.InvoiceNumber == "INV-000002"))),
        new("SELECT c.contact_name, p.first_name, p.last_name FROM contacts c JOIN contact_persons p ON p.contact_id = c.contact_id WHERE c.contact_type = 'vendor'",
            d => d.Contacts.Where(c => c.ContactType == "vendor").SelectMany(c => c.ContactPersons.Select(p => Row(c.ContactName, p.FirstName, p.LastName))),
            d => 1 + d.Contacts.Count(c => c.ContactType == "vendor")),
        new("SELECT a.city, COUNT(*) FROM contacts c JOIN contact_addresses a ON a.contact_id = c.contact_id WHERE c.status = 'inactive' AND a.address_type = 'billing' GROUP BY a.city",
            d => d.Contacts.Where(c => c.Status == "inactive").GroupBy(c => c.BillingAddress.City, Text).Select(g => Row(g.First().BillingAddress.City, (long)g.Count())),
            d => 1 + d.Contacts.Count(c => c.Status == "inactive")),
        new("SELECT c.currency_code, COUNT(*), MAX(r.rate) FROM currencies c JOIN exchange_rates r ON r.currency_id = c.currency_id WHERE c.currency_code = 'EUR' GROUP BY c.currency_code",
            d => d.Currencies.Where(c => c.CurrencyCode == "EUR").Select(c => Row(c.CurrencyCode, (long)d.ExchangeRates.Count(r => r.CurrencyId == c.CurrencyId),
                d.ExchangeRates.Where(r => r.CurrencyId == c.CurrencyId).Max(r => (decimal?)r.Rate))),
            d => 1 + d.Currencies.Where(c => c.CurrencyCode == "EUR").Sum(c => Pages(d.ExchangeRates.Where(r => r.CurrencyId == c.CurrencyId)))),
        new("SELECT b.bill_number, l.name, l.account_name FROM bills b JOIN bill_line_items l ON l.bill_id = b.bill_id WHERE b.status = 'open'",
            d => d.Bills.Where(b => b.Status == "open").SelectMany(b => b.LineItems.Select(l => Row(b.BillNumber, l.Name, l.AccountName))),
            d => Pages(d.Bills.Where(b => b.Status == "open")) + d.Bills.Count(b => b.Status == "open")),
        new("SELECT j.entry_number, l.debit_or_credit, l.amount FROM journals j JOIN journal_line_items l ON l.journal_id = j.journal_id WHERE j.journal_date >= '2026-01-01'",
            d => d.Journals.Where(j => j.JournalDate >= new DateOnly(2026, 1, 1)).SelectMany(j => j.LineItems.Select(l => Row(j.EntryNumber, l.DebitOrCredit, l.Amount))),
            d => Pages(d.Journals.Where(j => j.JournalDate >= new DateOnly(2026, 1, 1))) + d.Journals.Count(j => j.JournalDate >= new DateOnly(2026, 1, 1))),
        new("SELECT e.estimate_number, l.name, l.rate FROM estimates e INNER JOIN estimate_line_items l ON e.estimate_id = l.estimate_id WHERE e.status = 'declined'",
            d => d.Estimates.Where(e => e.Status == "declined").SelectMany(e => e.LineItems.Select(l => Row(e.EstimateNumber, l.Name, l.Rate))),
            d => Pages(d.Estimates.Where(e => e.Status == "declined")) + d.Estimates.Count(e => e.Status == "declined")),
        new("SELECT vp.payment_number, vb.bill_number, vb.amount_applied FROM vendor_payments vp JOIN vendor_payment_bills vb ON vb.payment_id = vp.payment_id WHERE vp.amount > 5000",
            d => d.VendorPayments.Where(p => p.Amount > 5000).SelectMany(p => p.Bills.Select(b => Row(p.PaymentNumber, b.BillNumber, b.AmountApplied))),
            d => Pages(d.VendorPayments.Where(p => p.Amount > 5000)) + d.VendorPayments.Count(p => p.Amount > 5000)),
        new("SELECT cn.creditnote_number, ci.invoice_number, ci.amount FROM creditnotes cn JOIN creditnote_invoices ci ON ci.creditnote_id = cn.creditnote_id",
            d => d.CreditNotes.SelectMany(c => c.Invoices.Select(a => Row(c.CreditnoteNumber, a.InvoiceNumber, a.Amount))),
            d => Pages(d.CreditNotes) + d.CreditNotes.Count),
        new("SELECT p.project_name, t.task_name FROM projects p JOIN project_tasks t ON t.project_id = p.project_id",
            d => d.Projects.SelectMany(p => p.Tasks.Select(t => Row(p.ProjectName, t.TaskName))), d => 1 + d.Projects.Count),
        new("SELECT so.salesorder_number, COUNT(*) FROM salesorders so JOIN salesorder_line_items l ON l.salesorder_id = so.salesorder_id WHERE so.status = 'draft' GROUP BY so.salesorder_number",
            d => d.SalesOrders.Where(s => s.Status == "draft").Where(s => s.LineItems.Count > 0).Select(s => Row(s.SalesorderNumber, (long)s.LineItems.Count)),
            d => Pages(d.SalesOrders.Where(s => s.Status == "draft")) + d.SalesOrders.Count(s => s.Status == "draft")),
        new("SELECT po.purchaseorder_number, SUM(l.item_total) FROM purchaseorders po JOIN purchaseorder_line_items l ON l.purchaseorder_id = po.purchaseorder_id WHERE po.status = 'billed' GROUP BY po.purchaseorder_number",
            d => d.PurchaseOrders.Where(p => p.Status == "billed" && p.LineItems.Count > 0).Select(p => Row(p.PurchaseorderNumber, Sum(p.LineItems.Select(l => l.ItemTotal)))),
            d => Pages(d.PurchaseOrders.Where(p => p.Status == "billed")) + d.PurchaseOrders.Count(p => p.Status == "billed")),
        new("SELECT vc.vendor_credit_number, l.quantity FROM vendor_credits vc JOIN vendor_credit_line_items l ON l.vendor_credit_id = vc.vendor_credit_id",
            d => d.VendorCredits.SelectMany(v => v.LineItems.Select(l => Row(v.VendorCreditNumber, l.Quantity))), d => Pages(d.VendorCredits) + d.VendorCredits.Count),
        new("SELECT r.recurrence_name, l.name FROM recurring_invoices r JOIN recurring_invoice_line_items l ON l.recurring_invoice_id = r.recurring_invoice_id WHERE r.status = 'active'",
            d => d.RecurringInvoices.Where(r => r.Status == "active").SelectMany(r => r.LineItems.Select(l => Row(r.RecurrenceName, l.Name))),
            d => Pages(d.RecurringInvoices.Where(r => r.Status == "active")) + d.RecurringInvoices.Count(r => r.Status == "active")),
        new("SELECT i.invoice_number, li.name, i.notes FROM invoices i JOIN invoice_line_items li ON li.invoice_id = i.invoice_id WHERE i.invoice_number = 'INV-000020'",
            d => ByNumber(d, "INV-000020").LineItems.Select(l => Row("INV-000020", l.Name, ByNumber(d, "INV-000020").Notes)), _ => 2),
    ];

    private static object?[] LineRow(string invoiceId, LineItem l) =>
    [
        invoiceId, l.LineItemId, l.ItemId, l.Name, l.Description, (long)l.ItemOrder, l.BcyRate, l.Rate, l.Quantity, l.Unit, l.Discount, l.DiscountAmount,
        l.TaxId, l.TaxName, l.TaxType, l.TaxPercentage, l.ItemTotal, l.ProductType, l.Sku, l.HsnOrSac, l.LocationId, l.LocationName, l.ProjectId, l.ProjectName,
        "[" + string.Join(",", l.Tags.Select(_ => "?")) + "]",
    ];
}
