using System.Text.Json.Serialization;

namespace ZohoOdbc.Emulator.Data;

/// <summary>A person at a contact; the primary one supplies the contact's first/last name, email and phones.</summary>
public sealed record ContactPerson
{
    public required string ContactPersonId { get; init; }
    public required string Salutation { get; init; }
    public required string FirstName { get; init; }
    public required string LastName { get; init; }
    public required string Email { get; init; }
    public required string Phone { get; init; }
    public required string Mobile { get; init; }
    public required bool IsPrimaryContact { get; init; }
    public string Skype { get; init; } = "";
    public required string Designation { get; init; }
    public required string Department { get; init; }
    public bool IsAddedInPortal { get; init; }
    public CommunicationPreference CommunicationPreference { get; init; } = new(false, false);

    /// <summary>Set only in GET /contacts/{id}/contactpersons/{person_id}, whose detail adds the contact's id.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ContactId { get; init; }
}
