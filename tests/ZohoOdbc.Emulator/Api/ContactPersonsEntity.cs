using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>GET /contacts/{contact_id}/contactpersons and .../{id}; the detail adds contact_id.</summary>
internal static class ContactPersonsEntity
{
    public static EntityDefinition<ContactPerson> Definition { get; } = new()
    {
        EntityName = "Contact person",
        Collection = "contacts/{parent_id}/contactpersons",
        ListKey = "contact_persons",
        DetailKey = "contact_person",
        ReportName = "Contact Persons",
        ScopeModule = "contacts",
        IdField = "contact_person_id",
        Id = p => p.ContactPersonId,
        ChildRecords = (data, contactId) => ListIndex<Contact>.Of(data.Contacts).Find(contactId, c => c.ContactId)?.ContactPersons,
        ParentName = "Contact",
        ForDetail = (person, contactId) => person with { ContactId = contactId },
        Filters = new FilterCatalog<ContactPerson>(),
        Sorts = new SortCatalog<ContactPerson>()
            .Text("first_name", p => p.FirstName)
            .Text("last_name", p => p.LastName)
            .Text("email", p => p.Email),
        DefaultSortColumn = "first_name",
        DefaultSortOrder = "A",
        Views = new ViewCatalog<ContactPerson>().All("Status.All"),
        DetailInfo = EmulatorJsonContext.Default.ContactPerson,
    };
}
