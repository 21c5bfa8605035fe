using System.Globalization;
using Microsoft.Extensions.Primitives;
using ZohoOdbc.Emulator.Data;

namespace ZohoOdbc.Emulator.Api;

/// <summary>
/// Zoho list semantics over any entity: filters, filter_by views, search_text, a stable sort
/// (ties broken by id so paging never repeats or skips rows), page/per_page and page_context.
/// Unknown query parameters are ignored, as Zoho does.
/// </summary>
internal static class ListEndpoint
{
    public const int MaxPerPage = 200;

    public static IResult Handle<T>(IQueryCollection query, EntityDefinition<T> entity, Dataset data) where T : class
    {
        int page = ReadPositive(query, "page", 1);
        int perPage = Math.Min(ReadPositive(query, "per_page", MaxPerPage), MaxPerPage);

        string sortColumn = First(query, "sort_column") is { Length: > 0 } requestedColumn ? requestedColumn : entity.DefaultSortColumn;
        if (!entity.Sorts.TryGet(ref sortColumn, out Comparison<T> compareColumn))
        {
            throw ZohoErrors.InvalidValue("sort_column");
        }

        string sortOrder = (First(query, "sort_order") is { Length: > 0 } requestedOrder ? requestedOrder : "D").ToUpperInvariant();
        if (sortOrder is not ("A" or "D"))
        {
            throw ZohoErrors.InvalidValue("sort_order");
        }

        ResponseOption option = ReadResponseOption(query);
        var (viewName, viewPredicate) = entity.Views.Resolve(First(query, "filter_by"), data);

        var predicates = new List<Func<T, bool>> { viewPredicate };
        foreach (var (parameter, values) in query)
        {
            string value = values.Count > 0 ? values[0] ?? "" : "";
            if (value.Length > 0 && entity.Filters.TryGet(parameter, out FilterFactory<T> factory))
            {
                predicates.Add(factory(value, data));
            }
        }

        var matches = new List<T>();
        foreach (T record in entity.Records(data))
        {
            if (predicates.TrueForAll(p => p(record)))
            {
                matches.Add(record);
            }
        }

        int direction = sortOrder == "A" ? 1 : -1;
        matches.Sort((a, b) =>
        {
            int order = compareColumn(a, b);
            return direction * (order != 0 ? order : entity.CompareIds(a, b));
        });

        int skip = (int)Math.Min((long)(page - 1) * perPage, matches.Count);
        int take = Math.Min(perPage, matches.Count - skip);
        List<T> rows = option.IncludesRows ? matches.GetRange(skip, take) : [];
        var pageContext = new PageContext
        {
            Page = page,
            PerPage = perPage,
            HasMorePage = option.IncludesRows && skip + take < matches.Count,
            ReportName = entity.ReportName,
            AppliedFilter = viewName,
            SortColumn = sortColumn,
            SortOrder = sortOrder,
            Total = option.IncludesCount ? matches.Count : null,
            TotalPages = option.IncludesCount ? (matches.Count + perPage - 1) / perPage : null,
        };

        return Envelope.List(entity.ListKey, rows, entity.WriteListRow, pageContext);
    }

    public static IResult Detail<T>(string id, EntityDefinition<T> entity, Dataset data) where T : class
    {
        foreach (T record in entity.Records(data))
        {
            if (entity.Id(record) == id)
            {
                return Envelope.Detail(entity.DetailKey, record, entity.WriteDetail);
            }
        }

        throw ZohoErrors.DoesNotExist(entity.EntityName);
    }

    private static string? First(IQueryCollection query, string name) =>
        query.TryGetValue(name, out StringValues values) && values.Count > 0 ? values[0] : null;

    private static int ReadPositive(IQueryCollection query, string name, int fallback)
    {
        string? text = First(query, name);
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value > 0
            ? value
            : throw ZohoErrors.InvalidValue(name);
    }

    /// <summary>
    /// response_option (zoho-api.md §5): 0 rows; 1 rows + count; 2 count only; 3 count (+ sums); 4 rows (+ sums).
    /// The count goes to page_context.total / total_pages as clients read it; the names of the sum keys are
    /// undocumented, so sums are not emitted.
    /// </summary>
    private static ResponseOption ReadResponseOption(IQueryCollection query)
    {
        string? text = First(query, "response_option");
        if (string.IsNullOrEmpty(text))
        {
            return new ResponseOption(IncludesRows: true, IncludesCount: false);
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int option) || option > 4)
        {
            throw ZohoErrors.InvalidValue("response_option");
        }

        return new ResponseOption(IncludesRows: option is 0 or 1 or 4, IncludesCount: option is 1 or 2 or 3);
    }

    private readonly record struct ResponseOption(bool IncludesRows, bool IncludesCount);
}
