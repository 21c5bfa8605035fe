using System.Text.Json;
using ZohoOdbc.Emulator.Data;

namespace ZohoOdbc.Emulator.Api;

/// <summary>Everything the generic list and detail endpoints need to serve one Zoho entity.</summary>
internal sealed class EntityDefinition<T> where T : class
{
    /// <summary>Singular display name used in errors: "Invoice" gives "Invoice does not exist.".</summary>
    public required string EntityName { get; init; }

    /// <summary>Path segment under /books/v3 or /invoice/v3, e.g. "invoices".</summary>
    public required string Collection { get; init; }

    public required string ListKey { get; init; }

    public required string DetailKey { get; init; }

    /// <summary>page_context.report_name, e.g. "Invoices".</summary>
    public required string ReportName { get; init; }

    public required Func<T, string> Id { get; init; }

    public required Func<Dataset, IReadOnlyList<T>> Records { get; init; }

    public required FilterCatalog<T> Filters { get; init; }

    public required SortCatalog<T> Sorts { get; init; }

    public required ViewCatalog<T> Views { get; init; }

    public string DefaultSortColumn { get; init; } = "created_time";

    /// <summary>Writes a list row: only the fields Zoho puts in list responses.</summary>
    public required Action<Utf8JsonWriter, T> WriteListRow { get; init; }

    /// <summary>Writes the full record as the detail endpoint returns it.</summary>
    public required Action<Utf8JsonWriter, T> WriteDetail { get; init; }

    /// <summary>Zoho ids are numeric strings of equal length within a data set; compare them as numbers.</summary>
    public int CompareIds(T a, T b)
    {
        string x = Id(a), y = Id(b);
        return x.Length != y.Length ? x.Length.CompareTo(y.Length) : string.CompareOrdinal(x, y);
    }
}
