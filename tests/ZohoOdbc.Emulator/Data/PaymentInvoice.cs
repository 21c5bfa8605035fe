namespace ZohoOdbc.Emulator.Data;

/// <summary>An invoice a customer payment was applied to.</summary>
public sealed record PaymentInvoice(string InvoiceId, string InvoiceNumber, DateOnly Date, decimal InvoiceAmount, decimal AmountApplied, decimal BalanceAmount);
