namespace ZohoOdbc.Emulator.Data;

/// <summary>The address object of an organization detail.</summary>
public sealed record OrganizationAddress
{
    public string StreetAddress1 { get; init; } = "";
    public string StreetAddress2 { get; init; } = "";
    public string City { get; init; } = "";
    public string State { get; init; } = "";
    public string Country { get; init; } = "";
    public string Zip { get; init; } = "";
}
