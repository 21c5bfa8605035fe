using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>GET /settings/taxes and /settings/taxes/{id} (no filters).</summary>
internal static class TaxesEntity
{
    public static EntityDefinition<Tax> Definition { get; } = new()
    {
        EntityName = "Tax",
        Collection = "settings/taxes",
        ListKey = "taxes",
        DetailKey = "tax",
        ReportName = "Taxes",
        ScopeModule = "settings",
        IdField = "tax_id",
        Id = t => t.TaxId,
        Records = data => data.Taxes,
        Replace = (data, records) => data with { Taxes = records },
        Filters = new FilterCatalog<Tax>(),
        Sorts = new SortCatalog<Tax>().Text("tax_name", t => t.TaxName).Number("tax_percentage", t => t.TaxPercentage),
        DefaultSortColumn = "tax_name",
        DefaultSortOrder = "A",
        Views = new ViewCatalog<Tax>().All("Status.All"),
        DetailInfo = EmulatorJsonContext.Default.Tax,
        DetailOnlyFields = ["country", "country_code"],
    };
}
