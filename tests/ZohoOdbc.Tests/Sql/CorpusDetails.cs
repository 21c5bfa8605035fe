using ZohoOdbc.Emulator.Data;
using static ZohoOdbc.Tests.Sql.Corpus;

namespace ZohoOdbc.Tests.Sql;

/// <summary>Key lookups and detail-only columns: one detail call per record, only for the records a query can reach.</summary>
internal static partial class DifferentialCorpus
{
    private static Invoice ByNumber(Dataset d, string number) => d.Invoices.Single(i => i.InvoiceNumber == number);

    private static CorpusCase[] Details =>
    [
        new("SELECT invoice_number, sub_total, tax_total, notes FROM invoices WHERE invoice_id = (SELECT invoice_id FROM invoices WHERE invoice_number = 'INV-000010')",
            d => One(ByNumber(d, "INV-000010").InvoiceNumber, ByNumber(d, "INV-000010").SubTotal, ByNumber(d, "INV-000010").TaxTotal, ByNumber(d, "INV-000010").Notes), _ => 2),
        new("SELECT contact_name, credit_limit FROM contacts WHERE contact_id IN (SELECT TOP 3 contact_id FROM contacts ORDER BY contact_id)",
            d => d.Contacts.OrderBy(c => c.ContactId, StringComparer.Ordinal).Take(3).Select(c => Row(c.ContactName, c.CreditLimit)), _ => 4),
        new("SELECT contact_name FROM contacts WHERE contact_id = '1234'", _ => [], _ => 1),
        new("SELECT invoice_number, sub_total, payment_terms_label FROM invoices WHERE customer_id = (SELECT contact_id FROM contacts WHERE contact_name = 'Crescent Design Co.') AND date >= '2026-01-01'",
            d => d.Invoices.Where(i => i.CustomerName == "Crescent Design Co." && i.Date >= new DateOnly(2026, 1, 1)).Select(i => Row(i.InvoiceNumber, i.SubTotal, i.PaymentTermsLabel)),
            d => 1 + Pages(d.Invoices.Where(i => i.CustomerName == "Crescent Design Co." && i.Date >= new DateOnly(2026, 1, 1)))
                 + d.Invoices.Count(i => i.CustomerName == "Crescent Design Co." && i.Date >= new DateOnly(2026, 1, 1))),
        new("SELECT COUNT(*) FROM invoices WHERE notes LIKE '%business%' AND status = 'overdue'",
            d => One((long)d.Invoices.Count(i => i.Notes.Contains("business", StringComparison.OrdinalIgnoreCase) && i.Status == "overdue")),
            d => Pages(d.Invoices.Where(i => i.Status == "overdue")) + d.Invoices.Count(i => i.Status == "overdue")),
        new("SELECT contact_name, credit_limit, legal_name FROM contacts WHERE contact_type = 'vendor'",
            d => d.Contacts.Where(c => c.ContactType == "vendor").Select(c => Row(c.ContactName, c.CreditLimit, c.LegalName)),
            d => 1 + d.Contacts.Count(c => c.ContactType == "vendor")),
        new("SELECT TOP 5 invoice_number, billing_city, terms FROM invoices ORDER BY total DESC",
            d => d.Invoices.OrderByDescending(i => i.Total).Take(5).Select(i => Row(i.InvoiceNumber, i.BillingAddress.City, i.Terms)), _ => 1 + 5, Ordered: true),
        new("SELECT TOP 3 invoice_number, sub_total FROM invoices WHERE status = 'void' ORDER BY invoice_number DESC",
            d => d.Invoices.Where(i => i.Status == "void").OrderByDescending(i => i.InvoiceNumber, Text).Take(3).Select(i => Row(i.InvoiceNumber, i.SubTotal)),
            d => Pages(d.Invoices.Where(i => i.Status == "void")) + Math.Min(3, d.Invoices.Count(i => i.Status == "void")), Ordered: true),
        new("SELECT estimate_number, sub_total, shipping_charge FROM estimates WHERE status = 'declined' AND total > 10000",
            d => d.Estimates.Where(e => e.Status == "declined" && e.Total > 10000).Select(e => Row(e.EstimateNumber, e.SubTotal, e.ShippingCharge)),
            d => Pages(d.Estimates.Where(e => e.Status == "declined" && e.Total > 10000)) + d.Estimates.Count(e => e.Status == "declined" && e.Total > 10000)),
        new("SELECT bill_number, payment_made, notes FROM bills WHERE status = 'open'",
            d => d.Bills.Where(b => b.Status == "open").Select(b => Row(b.BillNumber, b.PaymentMade, b.Notes)),
            d => Pages(d.Bills.Where(b => b.Status == "open")) + d.Bills.Count(b => b.Status == "open")),
        new("SELECT payment_number, bank_charges, exchange_rate FROM customer_payments WHERE payment_mode = 'cash' AND date >= '2025-06-01'",
            d => d.CustomerPayments.Where(p => p.PaymentMode == "cash" && p.Date >= new DateOnly(2025, 6, 1)).Select(p => Row(p.PaymentNumber, p.BankCharges, p.ExchangeRate)),
            d => Pages(d.CustomerPayments.Where(p => p.PaymentMode == "cash" && p.Date >= new DateOnly(2025, 6, 1)))
                 + d.CustomerPayments.Count(p => p.PaymentMode == "cash" && p.Date >= new DateOnly(2025, 6, 1))),
        new("SELECT expense_id, amount, tax_amount FROM expenses WHERE status = 'invoiced'",
            d => d.Expenses.Where(e => e.Status == "invoiced").Select(e => Row(e.ExpenseId, e.Amount, e.TaxAmount)),
            d => Pages(d.Expenses.Where(e => e.Status == "invoiced")) + d.Expenses.Count(e => e.Status == "invoiced")),
        new("SELECT name, is_taxable FROM items WHERE rate > 200",
            d => d.Items.Where(i => i.Rate > 200).Select(i => Row(i.Name, i.IsTaxable)), d => 1 + d.Items.Count(i => i.Rate > 200)),
    ];
}
