namespace ZohoOdbc.Emulator.Data;

/// <summary>One line of a journal.</summary>
public sealed record JournalLine(string LineId, string AccountId, string AccountName, string CustomerId, string CustomerName, string Description, string DebitOrCredit, decimal Amount, decimal BcyAmount);
