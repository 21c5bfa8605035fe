using static ZohoOdbc.Core.Zoho.EntityColumns;

namespace ZohoOdbc.Core.Zoho.Entities;

/// <summary>
/// <c>GET /contacts</c> (reference §8 Contacts): customers and vendors, list fields without nested
/// objects (custom_field_hash, addresses, contact persons).
/// </summary>
internal static class ContactsEntity
{
    public static EntityDefinition Definition { get; } = new(
        name: "contacts",
        description: "Customers and vendors (Zoho list /contacts).",
        listPath: "/contacts",
        listKey: "contacts",
        scopeModule: "contacts",
        columns:
        [
            Id("contact_id", "Zoho's id of the contact.", nullable: false),
            Text("contact_name", "Display name of the contact.", nullable: false, filters: ApiFilterOperators.Text, sortable: true),
            Text("company_name", "Company name.", filters: ApiFilterOperators.Text),
            Text("contact_type", "customer or vendor.", size: 32,
                valueFilter: ApiValueFilter.Same("contact_type", "customer", "vendor")),
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
            Money("unused_credits_payable_amount", "Unused vendor credits, in the contact's currency."),
            Money("unused_credits_payable_amount_bcy", "Unused vendor credits, in the base currency."),
            Text("first_name", "First name of the primary contact person.", filters: ApiFilterOperators.Text, sortable: true),
            Text("last_name", "Last name of the primary contact person.", filters: ApiFilterOperators.Text, sortable: true),
            Text("email", "Email of the primary contact person.", filters: ApiFilterOperators.Text, sortable: true),
            Text("phone", "Phone number.", size: 100, filters: ApiFilterOperators.Text),
            Text("mobile", "Mobile number.", size: 100),
            Text("website", "Website.", size: 1024),
            Text("portal_status", "Customer portal status, e.g. enabled or disabled.", size: 32),
            Time("created_time", "When the contact was created.", nullable: false, sortable: true),
            Time("last_modified_time", "When the contact was last changed.", nullable: false, sortable: true),
        ]);
}
