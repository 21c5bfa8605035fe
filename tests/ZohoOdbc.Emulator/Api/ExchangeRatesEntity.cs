using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>GET /settings/currencies/{currency_id}/exchangerates and .../{id}.</summary>
internal static class ExchangeRatesEntity
{
    public static EntityDefinition<ExchangeRate> Definition { get; } = new()
    {
        EntityName = "Exchange rate",
        Collection = "settings/currencies/{parent_id}/exchangerates",
        ListKey = "exchange_rates",
        DetailKey = "exchange_rate",
        ReportName = "Exchange Rates",
        ScopeModule = "settings",
        IdField = "exchange_rate_id",
        Id = r => r.ExchangeRateId,
        ChildRecords = (data, currencyId) => data.Currencies.Any(c => c.CurrencyId == currencyId)
            ? data.ExchangeRates.Where(r => r.CurrencyId == currencyId).ToList()
            : null,
        ParentName = "Currency",
        Filters = new FilterCatalog<ExchangeRate>()
            .DateBound("from_date", r => r.EffectiveDate, isLowerBound: true)
            .Add("is_current_date", (value, data) =>
            {
                // true: only the rate in force today (the latest effective date not after today).
                if (!bool.TryParse(value, out bool current))
                {
                    throw ZohoErrors.InvalidValue("is_current_date");
                }

                var latest = data.ExchangeRates.Where(r => r.EffectiveDate <= SampleData.BaseDate)
                    .GroupBy(r => r.CurrencyId).Select(g => g.MaxBy(r => r.EffectiveDate)!.ExchangeRateId).ToHashSet(StringComparer.Ordinal);
                return r => !current || latest.Contains(r.ExchangeRateId);
            }),
        Sorts = new SortCatalog<ExchangeRate>().Date("effective_date", r => r.EffectiveDate),
        DefaultSortColumn = "effective_date",
        Views = new ViewCatalog<ExchangeRate>().All("Status.All"),
        DetailInfo = EmulatorJsonContext.Default.ExchangeRate,
    };
}
