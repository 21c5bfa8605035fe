namespace ZohoOdbc.Emulator.Data;

/// <summary>An invoice's link to a contact person (contact_persons_associated).</summary>
public sealed record ContactPersonReference
{
    public required string ContactPersonId { get; init; }
    public required string ContactPersonName { get; init; }
    public required string FirstName { get; init; }
    public required string LastName { get; init; }
    public required string ContactPersonEmail { get; init; }
    public required string Phone { get; init; }
    public required string Mobile { get; init; }
    public CommunicationPreference CommunicationPreference { get; init; } = new(false, false);

    public static ContactPersonReference From(ContactPerson person) => new()
    {
        ContactPersonId = person.ContactPersonId,
        ContactPersonName = $"{person.FirstName} {person.LastName}",
        FirstName = person.FirstName,
        LastName = person.LastName,
        ContactPersonEmail = person.Email,
        Phone = person.Phone,
        Mobile = person.Mobile,
        CommunicationPreference = person.CommunicationPreference,
    };
}
