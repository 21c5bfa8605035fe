using ZohoOdbc.Emulator.Data;

namespace ZohoOdbc.Emulator.Api;

/// <summary>The predefined views of an entity (filter_by=Status.Paid, ...); the first one added is the default.</summary>
internal sealed class ViewCatalog<T>
{
    private readonly Dictionary<string, (string Name, Func<Dataset, Func<T, bool>?> Build)> views = new(StringComparer.OrdinalIgnoreCase);
    private string? defaultView;

    public string DefaultView => defaultView ?? throw new InvalidOperationException("No views were added.");

    /// <summary>A view whose predicate needs no other data.</summary>
    public ViewCatalog<T> Add(string name, Func<T, bool> predicate) => AddFromData(name, _ => predicate);

    /// <summary>A view that shows every record (Status.All); it filters nothing.</summary>
    public ViewCatalog<T> All(string name) => AddFromData(name, _ => null);

    /// <summary>A view whose predicate is built from the data set (e.g. contacts with overdue invoices).</summary>
    public ViewCatalog<T> AddFromData(string name, Func<Dataset, Func<T, bool>?> build)
    {
        views.Add(name, (name, build));
        defaultView ??= name;
        return this;
    }

    /// <summary>Resolves filter_by; null or empty means the default view; an unknown value is rejected as Zoho does.</summary>
    public (string Name, Func<T, bool>? Predicate) Resolve(string? filterBy, Dataset data)
    {
        string requested = string.IsNullOrEmpty(filterBy) ? DefaultView : filterBy;
        if (!views.TryGetValue(requested, out var view))
        {
            throw ZohoErrors.InvalidValue("filter_by");
        }

        return (view.Name, view.Build(data));
    }
}
