namespace ZohoOdbc.Emulator.Api;

/// <summary>The columns an entity can be sorted by (sort_column), each with its ascending comparison.</summary>
internal sealed class SortCatalog<T>
{
    private readonly Dictionary<string, (string Name, Comparison<T> Compare)> columns = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds a column; <paramref name="name"/> comes back in its canonical spelling.</summary>
    public bool TryGet(ref string name, out Comparison<T> compare)
    {
        if (columns.TryGetValue(name, out var column))
        {
            name = column.Name;
            compare = column.Compare;
            return true;
        }

        compare = null!;
        return false;
    }

    /// <summary>Case-insensitive, then ordinal so that the order is total.</summary>
    public SortCatalog<T> Text(string name, Func<T, string> field) =>
        Add(name, (a, b) =>
        {
            int order = StringComparer.OrdinalIgnoreCase.Compare(field(a), field(b));
            return order != 0 ? order : string.CompareOrdinal(field(a), field(b));
        });

    /// <summary>Rows without the date sort first in ascending order.</summary>
    public SortCatalog<T> Date(string name, Func<T, DateOnly?> field) =>
        Add(name, (a, b) => Nullable.Compare(field(a), field(b)));

    public SortCatalog<T> Number(string name, Func<T, decimal> field) =>
        Add(name, (a, b) => field(a).CompareTo(field(b)));

    public SortCatalog<T> Timestamp(string name, Func<T, DateTimeOffset> field) =>
        Add(name, (a, b) => field(a).CompareTo(field(b)));

    private SortCatalog<T> Add(string name, Comparison<T> compare)
    {
        columns.Add(name, (name, compare));
        return this;
    }
}
