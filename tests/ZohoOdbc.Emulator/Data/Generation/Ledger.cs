namespace ZohoOdbc.Emulator.Data.Generation;

/// <summary>Posts generated documents to the chart in the base currency, so that account balances follow from them.</summary>
internal static class Ledger
{
    public static void PostSales(GenerationContext context, IReadOnlyList<Invoice> invoices, IReadOnlyList<CustomerPayment> payments, IReadOnlyList<CreditNote> credits)
    {
        ChartOfAccounts chart = context.Chart;
        foreach (Invoice invoice in invoices.Where(i => i.Status is not ("draft" or "void")))
        {
            decimal total = context.Bcy(invoice.Total, invoice.ExchangeRate), tax = context.Bcy(invoice.TaxTotal, invoice.ExchangeRate);
            chart.Post("Accounts Receivable", "Sales", total - tax);
            if (tax != 0m)
            {
                chart.Post("Accounts Receivable", "Tax Payable", tax);
            }
        }

        foreach (CustomerPayment payment in payments)
        {
            chart.Post(RelatedDataGenerator.CheckingAccount, "Accounts Receivable", payment.BcyAmount);
        }

        foreach (CreditNote credit in credits.Where(c => c.Status is "open" or "closed"))
        {
            chart.Post("Sales", "Accounts Receivable", context.Bcy(credit.Total, credit.ExchangeRate));
        }
    }

    public static void PostPurchases(GenerationContext context, IReadOnlyList<Bill> bills, IReadOnlyList<VendorPayment> payments,
        IReadOnlyList<VendorCredit> credits, IReadOnlyList<Expense> expenses)
    {
        ChartOfAccounts chart = context.Chart;
        foreach (Bill bill in bills.Where(b => b.Status != "void"))
        {
            foreach (LineItem line in bill.LineItems)
            {
                chart.Post(line.AccountName ?? "Cost of Goods Sold", "Accounts Payable", context.Bcy(line.ItemTotal, bill.ExchangeRate));
            }

            if (bill.TaxTotal != 0m)
            {
                chart.Post("Tax Payable", "Accounts Payable", context.Bcy(bill.TaxTotal, bill.ExchangeRate));
            }
        }

        foreach (VendorPayment payment in payments)
        {
            chart.Post("Accounts Payable", payment.PaidThroughAccountName, payment.BcyAmount);
        }

        foreach (VendorCredit credit in credits.Where(c => c.Status is "open" or "closed"))
        {
            chart.Post("Accounts Payable", credit.LineItems[0].AccountName ?? "Cost of Goods Sold", context.Bcy(credit.Total, credit.ExchangeRate));
        }

        foreach (Expense expense in expenses)
        {
            chart.Post(expense.AccountName, expense.PaidThroughAccountName, expense.BcyTotalWithoutTax);
            if (expense.TaxAmount != 0m)
            {
                chart.Post("Tax Payable", expense.PaidThroughAccountName, expense.TaxAmount);
            }
        }
    }
}
