using static ZohoOdbc.Core.Zoho.EntityColumns;

namespace ZohoOdbc.Core.Zoho.Entities;

/// <summary>Settings lists (reference §8): currencies with their exchange rates, taxes and users.</summary>
internal static class SettingsEntities
{
    public static EntityDefinition Currencies { get; } = new(
        name: "currencies",
        description: "The organization's currencies (Zoho /settings/currencies).",
        listPath: "/settings/currencies",
        listKey: "currencies",
        scopeModule: "settings",
        detailKey: "currency",
        columns:
        [
            Id("currency_id", "Zoho's id of the currency.", nullable: false),
            Text("currency_code", "ISO code.", nullable: false, size: 8),
            Text("currency_name", "Name."),
            Text("currency_symbol", "Symbol.", size: 8),
            Count("price_precision", "Decimal places."),
            Text("currency_format", "Number format.", size: 32),
            Flag("is_base_currency", "True for the base currency.",
                nullable: false) with { ValueFilter = new ApiValueFilter("filter_by", new Dictionary<string, string> { ["0"] = "Currencies.ExcludeBaseCurrency" }) },
            Rate("exchange_rate", "Current rate to the base currency.").ListOnly(),
            Date("effective_date", "Date the current rate took effect.").ListOnly(),
        ]);

    public static ChildTableDefinition ExchangeRates { get; } = new(
        name: "exchange_rates",
        description: "Exchange rates of each currency over time (Zoho /settings/currencies/{id}/exchangerates: one list per currency read).",
        parent: Currencies,
        nestedListPath: "/settings/currencies/{0}/exchangerates",
        nestedListKey: "exchange_rates",
        columns:
        [
            Id("currency_id", "Id of the currency (currencies.currency_id).", nullable: false),
            Id("exchange_rate_id", "Zoho's id of the rate.", nullable: false),
            Text("currency_code", "ISO code of the currency.", size: 8),
            Date("effective_date", "Date the rate took effect."),
            Rate("rate", "Rate to the base currency."),
        ]);

    public static EntityDefinition Taxes { get; } = new(
        name: "taxes",
        description: "Taxes (Zoho /settings/taxes).",
        listPath: "/settings/taxes",
        listKey: "taxes",
        scopeModule: "settings",
        detailKey: "tax",
        columns:
        [
            Id("tax_id", "Zoho's id of the tax.", nullable: false),
            Text("tax_name", "Name.", nullable: false),
            Quantity("tax_percentage", "Rate in percent."),
            Text("tax_type", "tax or compound_tax.", size: 32),
            Text("tax_factor", "Tax factor.", size: 32),
            Text("tax_specific_type", "Specific type.", size: 64),
            Id("tax_authority_id", "Id of the tax authority."),
            Text("tax_authority_name", "Name of the tax authority."),
            Flag("is_value_added", "True for a value-added tax."),
            Flag("is_default_tax", "True for the default tax."),
            Flag("is_editable", "True when it can be edited."),
            Id("tax_account_id", "Id of the tax account."),
            Id("purchase_tax_account_id", "Id of the purchase tax account."),
            Text("country", "Country.").Detail(),
            Text("country_code", "Country code.", size: 8).Detail(),
        ]);

    public static EntityDefinition Users { get; } = new(
        name: "users",
        description: "Users of the organization (Zoho /users).",
        listPath: "/users",
        listKey: "users",
        scopeModule: "settings",
        detailKey: "user",
        columns:
        [
            Id("user_id", "Zoho's id of the user.", nullable: false),
            Id("role_id", "Id of the user's role."),
            Text("name", "Name.", sortable: true),
            Text("email", "Email address.", sortable: true),
            Text("user_role", "Role name.", size: 64, sortable: true),
            Text("status", "active, inactive, invited or deleted.", size: 32, sortable: true,
                valueFilter: new ApiValueFilter("filter_by", new Dictionary<string, string>
                {
                    ["active"] = "Status.Active", ["inactive"] = "Status.Inactive", ["invited"] = "Status.Invited", ["deleted"] = "Status.Deleted",
                })),
            Flag("is_current_user", "True for the user of this connection."),
            Text("photo_url", "Photo link.", size: 1024),
            Text("user_type", "Kind of user.", size: 32),
            Quantity("cost_rate", "Cost per hour.").Detail(),
            Flag("is_employee", "True for an employee.").Detail(),
            Time("created_time", "When the user was added.").Detail(),
            JsonText("email_ids", "All email addresses of the user").Detail(),
            JsonText("custom_fields", "The user's custom fields").Detail(),
        ]);
}
