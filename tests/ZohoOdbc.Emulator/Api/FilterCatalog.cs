using System.Globalization;
using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>Turns one query parameter's value into a row predicate; may consult the whole data set (cross-entity filters).</summary>
internal delegate Func<T, bool> FilterFactory<T>(string value, Dataset data);

/// <summary>
/// The query parameters an entity can be filtered by, built from Zoho's suffix grammar (zoho-api.md §4):
/// text <c>f</c>, <c>f_startswith</c>, <c>f_contains</c> (case-insensitive); dates <c>f</c>, <c>f_start</c>,
/// <c>f_end</c> (inclusive), <c>f_before</c>, <c>f_after</c> (exclusive); numbers <c>f</c>, <c>f_less_than</c>,
/// <c>f_less_equals</c>, <c>f_greater_than</c>, <c>f_greater_equals</c>.
/// </summary>
internal sealed class FilterCatalog<T>
{
    private readonly Dictionary<string, FilterFactory<T>> parameters = new(StringComparer.OrdinalIgnoreCase);

    public bool TryGet(string parameter, out FilterFactory<T> factory) =>
        parameters.TryGetValue(parameter, out factory!);

    public FilterCatalog<T> Add(string parameter, FilterFactory<T> factory)
    {
        parameters.Add(parameter, factory);
        return this;
    }

    public FilterCatalog<T> Text(string name, Func<T, string> field) =>
        Add(name, (value, _) => row => field(row).Equals(value, StringComparison.OrdinalIgnoreCase))
        .Add(name + "_startswith", (value, _) => row => field(row).StartsWith(value, StringComparison.OrdinalIgnoreCase))
        .Add(name + "_contains", (value, _) => row => field(row).Contains(value, StringComparison.OrdinalIgnoreCase));

    /// <summary>A text filter over several values of a row (e.g. the names of all line items); any match counts.</summary>
    public FilterCatalog<T> TextAny(string name, Func<T, IEnumerable<string>> fields) =>
        Add(name, (value, _) => row => fields(row).Any(f => f.Equals(value, StringComparison.OrdinalIgnoreCase)))
        .Add(name + "_startswith", (value, _) => row => fields(row).Any(f => f.StartsWith(value, StringComparison.OrdinalIgnoreCase)))
        .Add(name + "_contains", (value, _) => row => fields(row).Any(f => f.Contains(value, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Exact, case-sensitive match on an id.</summary>
    public FilterCatalog<T> Id(string name, Func<T, string> field) =>
        Add(name, (value, _) => row => field(row) == value);

    /// <summary>Exact match of an id against any of several values of a row.</summary>
    public FilterCatalog<T> IdAny(string name, Func<T, IEnumerable<string>> fields) =>
        Add(name, (value, _) => row => fields(row).Contains(value, StringComparer.Ordinal));

    public FilterCatalog<T> Date(string name, Func<T, DateOnly?> field) =>
        Add(name, DateFilter(name, field, (x, v) => x == v))
        .Add(name + "_start", DateFilter(name + "_start", field, (x, v) => x >= v))
        .Add(name + "_end", DateFilter(name + "_end", field, (x, v) => x <= v))
        .Add(name + "_before", DateFilter(name + "_before", field, (x, v) => x < v))
        .Add(name + "_after", DateFilter(name + "_after", field, (x, v) => x > v));

    public FilterCatalog<T> Number(string name, Func<T, decimal> field) =>
        Add(name, NumberFilter(name, field, (x, v) => x == v))
        .Add(name + "_less_than", NumberFilter(name + "_less_than", field, (x, v) => x < v))
        .Add(name + "_less_equals", NumberFilter(name + "_less_equals", field, (x, v) => x <= v))
        .Add(name + "_greater_than", NumberFilter(name + "_greater_than", field, (x, v) => x > v))
        .Add(name + "_greater_equals", NumberFilter(name + "_greater_equals", field, (x, v) => x >= v));

    /// <summary>A number filter that also takes <c>f_start</c> and <c>f_end</c> (inclusive), as total does on some entities.</summary>
    public FilterCatalog<T> NumberWithRange(string name, Func<T, decimal> field) =>
        Number(name, field)
        .Add(name + "_start", NumberFilter(name + "_start", field, (x, v) => x >= v))
        .Add(name + "_end", NumberFilter(name + "_end", field, (x, v) => x <= v));

    /// <summary>A text filter that also takes <c>f_in</c> and <c>f_not_in</c> (comma-separated values), as sales orders do.</summary>
    public FilterCatalog<T> TextWithLists(string name, Func<T, string> field) =>
        Text(name, field)
        .Add(name + "_in", (value, _) => { var set = SplitList(value); return row => set.Contains(field(row)); })
        .Add(name + "_not_in", (value, _) => { var set = SplitList(value); return row => !set.Contains(field(row)); });

    /// <summary>Ids as a comma-separated list (salesorder_ids=1,2,3).</summary>
    public FilterCatalog<T> IdList(string name, Func<T, string> field) =>
        Add(name, (value, _) => { var set = SplitList(value, StringComparer.Ordinal); return row => set.Contains(field(row)); });

    /// <summary>true or false.</summary>
    public FilterCatalog<T> Flag(string name, Func<T, bool> field) =>
        Add(name, (value, _) => bool.TryParse(value, out bool wanted) ? row => field(row) == wanted : throw ZohoErrors.InvalidValue(name));

    /// <summary>A date compared with one bound only (from_date, to_date of time entries), inclusive.</summary>
    public FilterCatalog<T> DateBound(string name, Func<T, DateOnly?> field, bool isLowerBound) =>
        Add(name, DateFilter(name, field, isLowerBound ? (x, v) => x >= v : (x, v) => x <= v));

    private static HashSet<string> SplitList(string value, StringComparer? comparer = null) =>
        new(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), comparer ?? StringComparer.OrdinalIgnoreCase);

    /// <summary>Rows modified at or after the given Zoho timestamp ("2025-03-14T10:22:31-0500"; '+' must arrive as %2B).</summary>
    public FilterCatalog<T> ModifiedSince(string name, Func<T, DateTimeOffset> field) =>
        Add(name, (value, _) =>
        {
            if (!ZohoTime.TryParseTimestamp(value, out DateTimeOffset since))
            {
                throw ZohoErrors.InvalidValue(name);
            }

            return row => field(row) >= since;
        });

    /// <summary>A parameter whose value must equal the field exactly (status=paid), from a closed set; anything else is rejected.</summary>
    public FilterCatalog<T> Values(string name, Func<T, string> field, params string[] values) =>
        Choice(name, values.ToDictionary(v => v, v => (Func<T, bool>)(row => field(row) == v), StringComparer.OrdinalIgnoreCase));

    /// <summary>A parameter with a closed set of values (status, contact_type); anything else is rejected.</summary>
    public FilterCatalog<T> Choice(string name, IReadOnlyDictionary<string, Func<T, bool>> choices) =>
        Add(name, (value, _) => choices.TryGetValue(value, out var predicate) ? predicate : throw ZohoErrors.InvalidValue(name));

    private static FilterFactory<T> DateFilter(string parameter, Func<T, DateOnly?> field, Func<DateOnly, DateOnly, bool> test) =>
        (value, _) =>
        {
            if (!ZohoTime.TryParseDate(value, out DateOnly bound))
            {
                throw ZohoErrors.InvalidValue(parameter);
            }

            // Rows without the date ("" in JSON) never match a date condition.
            return row => field(row) is { } date && test(date, bound);
        };

    private static FilterFactory<T> NumberFilter(string parameter, Func<T, decimal> field, Func<decimal, decimal, bool> test) =>
        (value, _) =>
        {
            if (!decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal bound))
            {
                throw ZohoErrors.InvalidValue(parameter);
            }

            return row => test(field(row), bound);
        };
}
