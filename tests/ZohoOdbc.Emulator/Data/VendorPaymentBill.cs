namespace ZohoOdbc.Emulator.Data;

/// <summary>A bill a vendor payment was applied to.</summary>
public sealed record VendorPaymentBill(string BillPaymentId, string BillId, string BillNumber, DateOnly Date, decimal Total, decimal Balance, decimal AmountApplied);
