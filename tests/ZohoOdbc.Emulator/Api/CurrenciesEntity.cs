using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>GET /settings/currencies and /settings/currencies/{id}; exchange_rate and effective_date are list-only.</summary>
internal static class CurrenciesEntity
{
    public static EntityDefinition<OrganizationCurrency> Definition { get; } = new()
    {
        EntityName = "Currency",
        Collection = "settings/currencies",
        ListKey = "currencies",
        DetailKey = "currency",
        ReportName = "Currencies",
        ScopeModule = "settings",
        IdField = "currency_id",
        Id = c => c.CurrencyId,
        Records = data => data.Currencies,
        Replace = (data, records) => data with { Currencies = records },
        Filters = new FilterCatalog<OrganizationCurrency>(),
        Sorts = new SortCatalog<OrganizationCurrency>()
            .Text("currency_code", c => c.CurrencyCode)
            .Text("currency_name", c => c.CurrencyName),
        DefaultSortColumn = "currency_code",
        DefaultSortOrder = "A",
        Views = new ViewCatalog<OrganizationCurrency>()
            .All("Currencies.All")
            .Add("Currencies.ExcludeBaseCurrency", c => !c.IsBaseCurrency),
        DetailInfo = EmulatorJsonContext.Default.OrganizationCurrency,
        // The reverse of the usual: exchange_rate and effective_date appear in list rows only.
        ForDetail = (c, _) => c with { EffectiveDate = null },
    };
}
