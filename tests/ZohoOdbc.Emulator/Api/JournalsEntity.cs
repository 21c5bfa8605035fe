using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>GET /journals and /journals/{id} (Books only). JournalDate views are relative to the data set's today.</summary>
internal static class JournalsEntity
{
    public static EntityDefinition<Journal> Definition { get; } = new()
    {
        EntityName = "Journal",
        Collection = "journals",
        ListKey = "journals",
        DetailKey = "journal",
        ReportName = "Journals",
        ScopeModule = "accountants",
        InInvoice = false,
        IdField = "journal_id",
        Id = j => j.JournalId,
        Records = data => data.Journals,
        Replace = (data, records) => data with { Journals = records },
        Filters = new FilterCatalog<Journal>()
            .Text("entry_number", j => j.EntryNumber)
            .Text("reference_number", j => j.ReferenceNumber)
            .Text("notes", j => j.Notes)
            .Date("date", j => j.JournalDate)
            .ModifiedSince("last_modified_time", j => j.LastModifiedTime)
            .Number("total", j => j.Total)
            .IdAny("customer_id", j => j.LineItems.Select(l => l.CustomerId))
            .IdAny("vendor_id", j => j.LineItems.Select(l => l.CustomerId))
            .Add("search_text", (text, _) => j =>
                j.EntryNumber.Contains(text, StringComparison.OrdinalIgnoreCase)
                || j.ReferenceNumber.Contains(text, StringComparison.OrdinalIgnoreCase)
                || j.Notes.Contains(text, StringComparison.OrdinalIgnoreCase)),
        Sorts = new SortCatalog<Journal>()
            .Date("journal_date", j => j.JournalDate)
            .Number("entry_number", j => decimal.TryParse(j.EntryNumber, System.Globalization.CultureInfo.InvariantCulture, out decimal n) ? n : 0m)
            .Text("reference_number", j => j.ReferenceNumber)
            .Number("total", j => j.Total)
            .Timestamp("created_time", j => j.CreatedTime),
        DefaultSortColumn = "journal_date",
        Views = new ViewCatalog<Journal>()
            .All("JournalDate.All")
            .Add("JournalDate.Today", j => DateViews.Today(j.JournalDate))
            .Add("JournalDate.ThisWeek", j => DateViews.ThisWeek(j.JournalDate))
            .Add("JournalDate.ThisMonth", j => DateViews.ThisMonth(j.JournalDate))
            .Add("JournalDate.ThisQuarter", j => DateViews.ThisQuarter(j.JournalDate))
            .Add("JournalDate.ThisYear", j => DateViews.ThisYear(j.JournalDate)),
        DetailInfo = EmulatorJsonContext.Default.Journal,
        DetailOnlyFields = ["currency_code", "exchange_rate", "line_items", "line_item_total", "created_time", "last_modified_time", "custom_fields"],
    };
}
