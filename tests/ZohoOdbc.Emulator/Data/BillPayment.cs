namespace ZohoOdbc.Emulator.Data;

/// <summary>A payment applied to a bill.</summary>
public sealed record BillPayment(string PaymentId, string BillPaymentId, string PaymentNumber, DateOnly Date, string PaymentMode, decimal Amount);
