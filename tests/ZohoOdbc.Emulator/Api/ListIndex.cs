using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace ZohoOdbc.Emulator.Api;

/// <summary>
/// Orderings and an id lookup of one immutable record list, computed on first use and kept while the list lives,
/// so that paging through 100,000 records sorts them once rather than per page.
/// </summary>
internal sealed class ListIndex<T> where T : class
{
    private static readonly ConditionalWeakTable<IReadOnlyList<T>, ListIndex<T>> Indexes = new();

    private readonly IReadOnlyList<T> records;
    private readonly ConcurrentDictionary<string, T[]> ascending = new(StringComparer.Ordinal);
    private Dictionary<string, T>? byId;

    private ListIndex(IReadOnlyList<T> records) => this.records = records;

    public static ListIndex<T> Of(IReadOnlyList<T> records) => Indexes.GetValue(records, r => new ListIndex<T>(r));

    /// <summary>The records in ascending order of a column, ties broken by id (descending order is its exact reverse).</summary>
    public T[] Ascending(string column, Comparison<T> compare, Comparison<T> compareIds) =>
        ascending.GetOrAdd(column, _ =>
        {
            T[] sorted = records.ToArray();
            Array.Sort(sorted, (a, b) =>
            {
                int order = compare(a, b);
                return order != 0 ? order : compareIds(a, b);
            });
            return sorted;
        });

    public T? Find(string id, Func<T, string> idOf)
    {
        Dictionary<string, T> lookup = Volatile.Read(ref byId) ?? BuildLookup(idOf);
        return lookup.GetValueOrDefault(id);
    }

    private Dictionary<string, T> BuildLookup(Func<T, string> idOf)
    {
        var lookup = new Dictionary<string, T>(records.Count, StringComparer.Ordinal);
        foreach (T record in records)
        {
            lookup.TryAdd(idOf(record), record);
        }

        Volatile.Write(ref byId, lookup);
        return lookup;
    }
}
