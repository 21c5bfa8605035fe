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

    public static IResult Handle<T>(IQueryCollection query, EntityDefinition<T> entity, Dataset data, string? parentId) where T : class
    {
        IReadOnlyList<T> records = entity.RecordsFor(data, parentId) ?? throw ZohoErrors.DoesNotExist(entity.ParentName);

        int page = ReadPositive(query, "page", 1);
        int perPage = Math.Min(ReadPositive(query, "per_page", MaxPerPage), MaxPerPage);

        string sortColumn = First(query, "sort_column") is { Length: > 0 } requestedColumn ? requestedColumn : entity.DefaultSortColumn;
        if (!entity.Sorts.TryGet(ref sortColumn, out Comparison<T> compareColumn))
        {
            throw ZohoErrors.InvalidValue("sort_column");
        }

        string sortOrder = (First(query, "sort_order") is { Length: > 0 } requestedOrder ? requestedOrder : entity.DefaultSortOrder).ToUpperInvariant();
        if (sortOrder is not ("A" or "D"))
        {
            throw ZohoErrors.InvalidValue("sort_order");
        }

        ResponseOption option = ReadResponseOption(query);
        var (viewName, viewPredicate) = entity.Views.Resolve(First(query, "filter_by"), data);

        var predicates = new List<Func<T, bool>>();
        if (viewPredicate is not null)
        {
            predicates.Add(viewPredicate);
        }

        foreach (var (parameter, values) in query)
        {
            string value = values.Count > 0 ? values[0] ?? "" : "";
            if (value.Length > 0 && entity.Filters.TryGet(parameter, out FilterFactory<T> factory))
            {
                predicates.Add(factory(value, data));
            }
        }

        // Sorted once per record list and column (descending is the exact reverse, ties included), then filtered in
        // order: a page without a count stops as soon as it knows whether another page follows.
        T[] sorted = ListIndex<T>.Of(records).Ascending(sortColumn, compareColumn, entity.CompareIds);
        long skip = (long)(page - 1) * perPage;
        var rows = new List<T>(option.IncludesRows ? Math.Min(perPage, sorted.Length) : 0);
        int matched = 0;
        bool hasMore = false;
        for (int n = 0; n < sorted.Length; n++)
        {
            T record = sorted[sortOrder == "A" ? n : sorted.Length - 1 - n];
            if (!Matches(record, predicates))
            {
                continue;
            }

            if (matched >= skip && matched < skip + perPage)
            {
                rows.Add(record);
            }
            else if (matched >= skip + perPage)
            {
                hasMore = true;
                if (!option.IncludesCount)
                {
                    break;
                }
            }

            matched++;
        }

        var pageContext = new PageContext
        {
            Page = page,
            PerPage = perPage,
            HasMorePage = option.IncludesRows && hasMore,
            ReportName = entity.ReportName,
            AppliedFilter = viewName,
            SortColumn = sortColumn,
            SortOrder = sortOrder,
            Total = option.IncludesCount ? matched : null,
            TotalPages = option.IncludesCount ? (matched + perPage - 1) / perPage : null,
        };

        return Envelope.List(entity.ListKey, option.IncludesRows ? rows : [], entity.WriteListRow, pageContext);
    }

    public static IResult Detail<T>(string id, EntityDefinition<T> entity, Dataset data, string? parentId) where T : class
    {
        IReadOnlyList<T> records = entity.RecordsFor(data, parentId) ?? throw ZohoErrors.DoesNotExist(entity.ParentName);
        T record = ListIndex<T>.Of(records).Find(id, entity.Id) ?? throw ZohoErrors.DoesNotExist(entity.EntityName);
        if (entity.ForDetail is not null)
        {
            record = entity.ForDetail(record, parentId);
        }

        return Envelope.Detail(entity.DetailKey, record, entity.WriteDetail);
    }

    private static bool Matches<T>(T record, List<Func<T, bool>> predicates)
    {
        foreach (Func<T, bool> predicate in predicates)
        {
            if (!predicate(record))
            {
                return false;
            }
        }

        return true;
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
