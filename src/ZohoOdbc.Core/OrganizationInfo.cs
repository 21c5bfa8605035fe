namespace ZohoOdbc.Core;

/// <summary>Organization the session is bound to.</summary>
public sealed record OrganizationInfo(string Id, string Name, string CurrencyCode);
