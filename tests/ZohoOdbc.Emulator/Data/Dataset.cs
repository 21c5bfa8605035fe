namespace ZohoOdbc.Emulator.Data;

/// <summary>All records of the emulated organization at one moment. Immutable: edits produce a new dataset.</summary>
public sealed record Dataset(IReadOnlyList<Contact> Contacts, IReadOnlyList<Invoice> Invoices);
