using static ZohoOdbc.Core.Zoho.EntityColumns;

namespace ZohoOdbc.Core.Zoho.Entities;

/// <summary>
/// <c>GET /contacts</c> and <c>/contacts/{id}</c> (reference §8 Contacts): customers and vendors, their detail-only
/// fields, and the contact persons and addresses nested in each contact's record.
/// </summary>
internal static class ContactsEntity
{
    public static EntityDefinition Definition { get; } = new(
        name: "contacts",
        description: "Customers and vendors (Zoho /contacts).",
        listPath: "/contacts",
        listKey: "contacts",
        scopeModule: "contacts",
        detailKey: "contact",
        columns:
        [
            Id("contact_id", "Zoho's id of the contact.", nullable: false),
            Text("contact_name", "Display name of the contact.", nullable: false, filters: ApiFilterOperators.Text, sortable: true),
            Text("company_name", "Company name.", filters: ApiFilterOperators.Text),
            // Zoho Invoice's contact list has no contact_type filter (reference §11).
            Text("contact_type", "customer or vendor.", size: 32, valueFilter: ApiValueFilter.Same("contact_type", "customer", "vendor")).BooksOnly(),
            Text("customer_sub_type", "business or individual.", size: 32),
            Text("status", "active or inactive.", size: 32,
                valueFilter: new ApiValueFilter("filter_by", new Dictionary<string, string>
                {
                    ["active"] = "Status.Active",
                    ["inactive"] = "Status.Inactive",
                })),
            Count("payment_terms", "Payment terms in days."),
            Text("payment_terms_label", "Payment terms as shown, e.g. 'Net 15'."),
            Id("currency_id", "Id of the contact's currency."),
            Text("currency_code", "ISO code of the contact's currency.", size: 8),
            Money("outstanding_receivable_amount", "What the contact owes, in the contact's currency.", sortable: true),
            Money("outstanding_receivable_amount_bcy", "What the contact owes, in the base currency."),
            Money("outstanding_payable_amount", "What is owed to the contact (vendor), in the contact's currency."),
            Money("outstanding_payable_amount_bcy", "What is owed to the contact (vendor), in the base currency."),
            Money("unused_credits_receivable_amount", "Unused customer credits, in the contact's currency."),
            Money("unused_credits_receivable_amount_bcy", "Unused customer credits, in the base currency."),
            Text("first_name", "First name of the primary contact person.", filters: ApiFilterOperators.Text, sortable: true),
            Text("last_name", "Last name of the primary contact person.", filters: ApiFilterOperators.Text, sortable: true),
            Text("email", "Email of the primary contact person.", filters: ApiFilterOperators.Text, sortable: true),
            Text("phone", "Phone number.", size: 100, filters: ApiFilterOperators.Text),
            Text("mobile", "Mobile number.", size: 100),
            Text("website", "Website.", size: 1024),
            Text("portal_status", "Customer portal status, enabled or disabled.", size: 32),
            JsonText("custom_field_hash", "Custom field values by api_name: {\"cf_x\": formatted, \"cf_x_unformatted\": raw}"),
            Time("created_time", "When the contact was created.", nullable: false, sortable: true),
            Time("last_modified_time", "When the contact was last changed.", nullable: false, sortable: true, filters: ApiFilterOperators.ModifiedSince),

            Money("credit_limit", "Credit limit.").Detail(),
            Id("pricebook_id", "Id of the contact's price list.").Detail(),
            Text("currency_symbol", "Symbol of the contact's currency.", size: 8).Detail(),
            Flag("is_taxable", "True when the contact is taxed.").Detail(),
            Id("tax_id", "Id of the contact's default tax.").Detail(),
            Text("tax_name", "Name of the contact's default tax.").Detail(),
            Quantity("tax_percentage", "Rate of the contact's default tax.").Detail(),
            Id("tax_exemption_id", "Id of the contact's tax exemption.").Detail(),
            Text("tax_exemption_code", "Code of the contact's tax exemption.", size: 64).Detail(),
            Text("legal_name", "Legal name.").Detail(),
            Id("primary_contact_id", "Id of the primary contact person.").Detail(),
            Flag("payment_reminder_enabled", "True when automatic payment reminders are on.").Detail(),
            LongText("notes", "Notes about the contact.").Detail(),
            JsonText("custom_fields", "The contact's custom fields: [{customfield_id, label, api_name, data_type, value}]").Detail(),
            JsonText("opening_balances", "Opening balances by location").Detail(),
            JsonText("default_templates", "Default PDF templates").Detail(),
        ]);

    public static ChildTableDefinition ContactPersons { get; } = new(
        name: "contact_persons",
        description: "People of each contact (from each contact's record: one API call per contact read).",
        parent: Definition,
        detailArray: "contact_persons",
        columns:
        [
            Id("contact_id", "Id of the contact (contacts.contact_id).", nullable: false),
            Id("contact_person_id", "Zoho's id of the person.", nullable: false),
            Text("salutation", "Mr., Ms., ...", size: 32),
            Text("first_name", "First name."),
            Text("last_name", "Last name."),
            Text("email", "Email address."),
            Text("phone", "Phone number.", size: 100),
            Text("mobile", "Mobile number.", size: 100),
            Flag("is_primary_contact", "True for the contact's primary person."),
            Text("skype", "Skype name."),
            Text("designation", "Job title."),
            Text("department", "Department."),
            Flag("is_added_in_portal", "True when the person can use the customer portal."),
            Flag("is_sms_enabled", "True when the person accepts SMS.") with { JsonPath = ["communication_preference", "is_sms_enabled"] },
            Flag("is_whatsapp_enabled", "True when the person accepts WhatsApp messages.") with { JsonPath = ["communication_preference", "is_whatsapp_enabled"] },
        ]);

    public static ChildTableDefinition Addresses { get; } = new(
        name: "contact_addresses",
        description: "Billing and shipping address of each contact (from each contact's record: one API call per contact read).",
        parent: Definition,
        detailObjects: "billing_address,shipping_address",
        columns:
        [
            Id("contact_id", "Id of the contact (contacts.contact_id).", nullable: false),
            Text("address_type", "billing or shipping.", nullable: false, size: 16),
            Text("attention", "Attention of."),
            Text("address", "Street address."),
            Text("street2", "Second address line."),
            Text("city", "City."),
            Text("state", "State or province."),
            Text("state_code", "State code.", size: 16),
            Text("zip", "Postal code.", size: 32),
            Text("country", "Country."),
            Text("fax", "Fax number.", size: 100),
            Text("phone", "Phone number.", size: 100),
        ]);
}
