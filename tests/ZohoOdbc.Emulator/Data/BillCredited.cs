namespace ZohoOdbc.Emulator.Data;

/// <summary>A bill a vendor credit was applied to.</summary>
public sealed record BillCredited(string BillId, string BillNumber, DateOnly Date, decimal Amount);
