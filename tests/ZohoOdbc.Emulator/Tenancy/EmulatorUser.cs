namespace ZohoOdbc.Emulator.Tenancy;

/// <summary>A Zoho account: it lives in one data centre and belongs to the organizations listed (all in that DC).</summary>
public sealed record EmulatorUser(string UserId, string Name, string Email, DataCentre DataCentre, IReadOnlyList<string> OrganizationIds);
