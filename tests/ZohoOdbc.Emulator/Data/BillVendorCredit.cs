namespace ZohoOdbc.Emulator.Data;

/// <summary>A vendor credit applied to a bill.</summary>
public sealed record BillVendorCredit(string VendorCreditId, string VendorCreditNumber, DateOnly Date, decimal Amount);
