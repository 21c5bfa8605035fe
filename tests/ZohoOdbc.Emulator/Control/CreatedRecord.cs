namespace ZohoOdbc.Emulator.Control;

/// <summary>The id of a record the control API created.</summary>
public sealed record CreatedRecord(string Id);
