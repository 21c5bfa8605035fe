namespace ZohoOdbc.Emulator.Data;

/// <summary>An invoice a credit note was applied to.</summary>
public sealed record CreditNoteInvoice(string InvoiceId, string InvoiceNumber, DateOnly Date, decimal Amount);
