using System.Text.Json;
using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>GET /contacts and /contacts/{id}: filters, sort columns and views of zoho-api.md §8.</summary>
internal static class ContactsEntity
{
    public static EntityDefinition<Contact> Definition { get; } = new()
    {
        EntityName = "Contact",
        Collection = "contacts",
        ListKey = "contacts",
        DetailKey = "contact",
        ReportName = "Contacts",
        ScopeModule = "contacts",
        IdField = "contact_id",
        Id = c => c.ContactId,
        Records = data => data.Contacts,
        Replace = (data, records) => data with { Contacts = records },
        Filters = new FilterCatalog<Contact>()
            .Choice("contact_type", new Dictionary<string, Func<Contact, bool>>(StringComparer.OrdinalIgnoreCase)
            {
                ["customer"] = c => c.ContactType == "customer",
                ["vendor"] = c => c.ContactType == "vendor",
            })
            .Text("contact_name", c => c.ContactName)
            .Text("company_name", c => c.CompanyName)
            .Text("first_name", c => c.FirstName)
            .Text("last_name", c => c.LastName)
            .Text("email", c => c.Email)
            .Text("phone", c => c.Phone)
            .TextAny("address", AddressParts)
            .ModifiedSince("last_modified_time", c => c.LastModifiedTime)
            // Zoho searches the contact's name and notes.
            .Add("search_text", (text, _) => c =>
                c.ContactName.Contains(text, StringComparison.OrdinalIgnoreCase)
                || c.CompanyName.Contains(text, StringComparison.OrdinalIgnoreCase)
                || c.Notes.Contains(text, StringComparison.OrdinalIgnoreCase)),
        Sorts = new SortCatalog<Contact>()
            .Text("contact_name", c => c.ContactName)
            .Text("first_name", c => c.FirstName)
            .Text("last_name", c => c.LastName)
            .Text("email", c => c.Email)
            .Number("outstanding_receivable_amount", c => c.OutstandingReceivableAmount)
            .Timestamp("created_time", c => c.CreatedTime)
            .Timestamp("last_modified_time", c => c.LastModifiedTime),
        Views = new ViewCatalog<Contact>()
            .All("Status.All")
            .Add("Status.Active", c => c.Status == "active")
            .Add("Status.Inactive", c => c.Status == "inactive")
            // The generator makes no duplicate contacts and no CRM links: these views are legitimately empty.
            .Add("Status.Duplicate", _ => false)
            .Add("Status.Crm", _ => false)
            .Add("Status.PortalEnabled", c => c.PortalStatus == "enabled")
            .Add("Status.PortalDisabled", c => c.PortalStatus != "enabled")
            .Add("Status.CreditLimitExceed", c => c.CreditLimit > 0 && c.OutstandingReceivableAmount > c.CreditLimit)
            .AddFromData("Invoice.OverDue", data => CustomersWith(data, i => i.Status == "overdue"))
            .AddFromData("Invoice.Unpaid", data => CustomersWith(data, SampleData.IsReceivable)),
        ListRowWriter = (writer, c) => JsonSerializer.Serialize(writer, ContactListRow.From(c), EmulatorJsonContext.Default.ContactListRow),
        DetailInfo = EmulatorJsonContext.Default.Contact,
    };

    private static IEnumerable<string> AddressParts(Contact contact)
    {
        foreach (PostalAddress address in (PostalAddress[])[contact.BillingAddress, contact.ShippingAddress])
        {
            yield return address.Address;
            yield return address.Street2;
            yield return address.City;
            yield return address.State;
            yield return address.Zip;
            yield return address.Country;
        }
    }

    private static Func<Contact, bool> CustomersWith(Dataset data, Func<Invoice, bool> invoiceTest)
    {
        var customerIds = data.Invoices.Where(invoiceTest).Select(i => i.CustomerId).ToHashSet(StringComparer.Ordinal);
        return c => customerIds.Contains(c.ContactId);
    }
}
