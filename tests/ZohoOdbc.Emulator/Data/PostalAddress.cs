namespace ZohoOdbc.Emulator.Data;

/// <summary>A billing or shipping address as detail responses carry it.</summary>
public sealed record PostalAddress
{
    public string Attention { get; init; } = "";
    public required string Address { get; init; }
    public string Street2 { get; init; } = "";
    public required string City { get; init; }
    public required string State { get; init; }
    public string StateCode { get; init; } = "";
    public required string Zip { get; init; }
    public required string Country { get; init; }
    public string Fax { get; init; } = "";
    public string Phone { get; init; } = "";
}
