namespace ZohoOdbc.Emulator.Data.Generation;

/// <summary>
/// Line items and totals for sales and purchase documents other than invoices, by the invoice rules:
/// item_total = rate x quantity rounded; tax per tax name over its lines; total = sub_total + tax_total.
/// </summary>
internal sealed class DocumentLines(GenerationContext context, Random random)
{
    public sealed record Priced(IReadOnlyList<LineItem> Lines, decimal SubTotal, decimal TaxTotal, decimal Total, IReadOnlyList<InvoiceTax> Taxes);

    /// <summary>Sales lines from the active items, taxed like the customer's invoices.</summary>
    public Priced Sales(Contact customer, Currency currency, int maxLines = 5)
    {
        int count = random.Next(1, maxLines + 1);
        var lines = new List<LineItem>(count);
        var active = context.Items.Where(i => i.Status == "active").ToList();
        for (int order = 1; order <= count; order++)
        {
            Item item = random.Pick(active);
            bool taxed = customer.IsTaxable && item.ProductType == "goods";
            lines.Add(Line(item.ItemId, item.Name, item.Description, order, context.Round(item.Rate / currency.ExchangeRate),
                Quantity(item.Unit, item.ProductType), item.Unit, item.ProductType, item.Sku,
                taxed ? customer.TaxId : "", taxed ? customer.TaxName : "", taxed ? customer.TaxPercentage : 0m, null, null, currency));
        }

        return Price(lines);
    }

    /// <summary>Purchase lines: goods at their purchase rate (cost of goods sold) or services booked to an expense account.</summary>
    public Priced Purchase(Currency currency, SalesTax? tax, int maxLines = 4)
    {
        int count = random.Next(1, maxLines + 1);
        var lines = new List<LineItem>(count);
        var goods = context.Items.Where(i => i.ProductType == "goods").ToList();
        for (int order = 1; order <= count; order++)
        {
            if (random.Chance(0.6) && goods.Count > 0)
            {
                Item item = random.Pick(goods);
                lines.Add(Line(item.ItemId, item.Name, item.PurchaseDescription, order, context.Round(item.PurchaseRate / currency.ExchangeRate),
                    random.Next(5, 120), item.Unit, "goods", item.Sku, tax?.TaxId ?? "", tax?.TaxName ?? "", tax?.TaxPercentage ?? 0m,
                    context.Chart.IdOf("Cost of Goods Sold"), "Cost of Goods Sold", currency));
            }
            else
            {
                string account = random.Pick(ChartOfAccounts.ExpenseAccounts);
                lines.Add(Line("", account, "Services for " + account.ToLowerInvariant(), order,
                    context.Round((50 + random.Next(0, 950)) * context.Profile.PriceScale / currency.ExchangeRate), 1, "", "service", "",
                    "", "", 0m, context.Chart.IdOf(account), account, currency));
            }
        }

        return Price(lines);
    }

    /// <summary>One untaxed line, for credits.</summary>
    public Priced Single(string name, string description, decimal amount, string? accountId, string? accountName, Currency currency) =>
        Price([Line("", name, description, 1, amount, 1, "", "service", "", "", "", 0m, accountId, accountName, currency)]);

    private LineItem Line(string itemId, string name, string description, int order, decimal rate, decimal quantity, string unit, string productType,
        string sku, string taxId, string taxName, decimal taxPercentage, string? accountId, string? accountName, Currency currency) => new()
    {
        LineItemId = context.Ids.Next(),
        ItemId = itemId,
        Name = name,
        Description = description,
        ItemOrder = order,
        Rate = rate,
        BcyRate = context.Round(rate * currency.ExchangeRate),
        Quantity = quantity,
        Unit = unit,
        TaxId = taxId,
        TaxName = taxName,
        TaxType = taxName.Length > 0 ? "tax" : "",
        TaxPercentage = taxPercentage,
        ItemTotal = context.Round(rate * quantity),
        ProductType = productType,
        ItemType = accountId is null ? "sales" : "purchases",
        Sku = sku,
        AccountId = accountId,
        AccountName = accountName,
    };

    private decimal Quantity(string unit, string productType) =>
        unit == "hrs" ? random.Next(2, 81) / 2m : productType == "goods" ? random.Next(1, 41) : random.Next(1, 13);

    private Priced Price(List<LineItem> lines)
    {
        decimal subTotal = lines.Sum(l => l.ItemTotal);
        var taxes = lines.Where(l => l.TaxName.Length > 0).GroupBy(l => (l.TaxName, l.TaxPercentage))
            .Select(g => new InvoiceTax(g.Key.TaxName, context.Round(g.Sum(l => l.ItemTotal) * g.Key.TaxPercentage / 100m)))
            .ToList();
        decimal taxTotal = taxes.Sum(t => t.TaxAmount);
        return new Priced(lines, subTotal, taxTotal, subTotal + taxTotal, taxes);
    }
}
