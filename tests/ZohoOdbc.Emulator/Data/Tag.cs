namespace ZohoOdbc.Emulator.Data;

/// <summary>A reporting tag on a line item.</summary>
public sealed record Tag(string TagId, string TagOptionId, string TagName, string TagOptionName);
