using ZohoOdbc.Emulator.Data;

namespace ZohoOdbc.Emulator.Api;

/// <summary>An address inside an invoice list row; unlike detail responses it says "zipcode", not "zip".</summary>
public sealed record InvoiceListAddress
{
    public required string Address { get; init; }
    public required string Street2 { get; init; }
    public required string City { get; init; }
    public required string State { get; init; }
    public required string Zipcode { get; init; }
    public required string Country { get; init; }
    public required string Phone { get; init; }
    public required string Fax { get; init; }
    public required string Attention { get; init; }

    public static InvoiceListAddress From(PostalAddress address) => new()
    {
        Address = address.Address,
        Street2 = address.Street2,
        City = address.City,
        State = address.State,
        Zipcode = address.Zip,
        Country = address.Country,
        Phone = address.Phone,
        Fax = address.Fax,
        Attention = address.Attention,
    };
}
