namespace ZohoOdbc.Emulator.Data;

/// <summary>One entry of an invoice's taxes[]: the tax summed over the lines that carry it.</summary>
public sealed record InvoiceTax(string TaxName, decimal TaxAmount);
