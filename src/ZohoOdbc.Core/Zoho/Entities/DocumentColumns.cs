using static ZohoOdbc.Core.Zoho.EntityColumns;

namespace ZohoOdbc.Core.Zoho.Entities;

/// <summary>Column groups several documents share (reference §8 abbreviations ADDR, TOT, DISC, TPL), all detail-only.</summary>
internal static class DocumentColumns
{
    /// <summary>ADDR: the billing (and shipping) address, flattened.</summary>
    public static EntityColumn[] Address(string prefix, string field) =>
    [
        Text(prefix + "_street", $"{Title(prefix)} address: street.").At(field, "address"),
        Text(prefix + "_city", $"{Title(prefix)} address: city.").At(field, "city"),
        Text(prefix + "_state", $"{Title(prefix)} address: state.").At(field, "state"),
        Text(prefix + "_zip", $"{Title(prefix)} address: postal code.", size: 32).At(field, "zip"),
        Text(prefix + "_country", $"{Title(prefix)} address: country.").At(field, "country"),
    ];

    /// <summary>TOT without total and the fields the list already has: sub_total, tax_total, taxes.</summary>
    public static EntityColumn[] Totals() =>
    [
        Money("sub_total", "Total of the lines before tax.").Detail(),
        Money("tax_total", "Total tax.").Detail(),
        JsonText("taxes", "Tax totals by tax: [{tax_name, tax_amount}]").Detail(),
    ];

    /// <summary>DISC: the document's discount.</summary>
    public static EntityColumn[] Discount() =>
    [
        Quantity("discount", "Discount on the document.").Detail(),
        Flag("is_discount_before_tax", "True when the discount applies before tax.").Detail(),
        Text("discount_type", "item_level or entity_level.", size: 32).Detail(),
    ];

    public static EntityColumn[] NotesAndTerms() =>
    [
        LongText("notes", "Notes printed on the document.").Detail(),
        LongText("terms", "Terms and conditions printed on the document.").Detail(),
    ];

    private static string Title(string prefix) => char.ToUpperInvariant(prefix[0]) + prefix[1..];
}
