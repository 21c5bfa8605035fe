using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Json;

namespace ZohoOdbc.Emulator.Api;

/// <summary>Everything the generic list, detail and control endpoints need to serve one Zoho entity.</summary>
internal sealed class EntityDefinition<T> : IEntity where T : class
{
    /// <summary>Singular display name used in errors: "Invoice" gives "Invoice does not exist.".</summary>
    public required string EntityName { get; init; }

    /// <summary>
    /// Path under /books/v3 or /invoice/v3, e.g. "invoices" or "settings/currencies"; a nested list names its parent
    /// as "{parent_id}", e.g. "contacts/{parent_id}/contactpersons".
    /// </summary>
    public required string Collection { get; init; }

    public required string ListKey { get; init; }

    public required string DetailKey { get; init; }

    /// <summary>page_context.report_name, e.g. "Invoices".</summary>
    public required string ReportName { get; init; }

    /// <summary>The OAuth scope module that reads it (reference §1.7), e.g. "invoices", "settings", "accountants".</summary>
    public required string ScopeModule { get; init; }

    /// <summary>False for Books-only entities (bills, journals...), which Zoho Invoice does not have (§11).</summary>
    public bool InInvoice { get; init; } = true;

    /// <summary>JSON name of the id, e.g. "invoice_id" (control edits address records by it).</summary>
    public required string IdField { get; init; }

    public required Func<T, string> Id { get; init; }

    /// <summary>The records of a top-level collection.</summary>
    public Func<Dataset, IReadOnlyList<T>>? Records { get; init; }

    /// <summary>The records under one parent of a nested collection; null when the parent does not exist.</summary>
    public Func<Dataset, string, IReadOnlyList<T>?>? ChildRecords { get; init; }

    /// <summary>Name of the parent in "... does not exist." errors of a nested collection.</summary>
    public string ParentName { get; init; } = "";

    /// <summary>Puts a changed collection back into the data set (control create, edit, delete); null when read-only.</summary>
    public Func<Dataset, IReadOnlyList<T>, Dataset>? Replace { get; init; }

    public required FilterCatalog<T> Filters { get; init; }

    public required SortCatalog<T> Sorts { get; init; }

    public required ViewCatalog<T> Views { get; init; }

    public string DefaultSortColumn { get; init; } = "created_time";

    /// <summary>"D" (newest first) for lists sorted by time; names and codes default to "A".</summary>
    public string DefaultSortOrder { get; init; } = "D";

    /// <summary>The full record as the detail endpoint returns it (source-generated).</summary>
    public required JsonTypeInfo<T> DetailInfo { get; init; }

    /// <summary>
    /// Writes a list row. When not given, the detail record is written without <see cref="DetailOnlyFields"/>.
    /// </summary>
    public Action<Utf8JsonWriter, T>? ListRowWriter { get; init; }

    /// <summary>JSON names of the fields that appear only in the detail response (reference §8).</summary>
    public IReadOnlyList<string> DetailOnlyFields { get; init; } = [];

    /// <summary>Adjusts the detail record before it is written (e.g. adds the parent id to a nested record).</summary>
    public Func<T, string?, T>? ForDetail { get; init; }

    public bool IsNested => ChildRecords is not null;

    public bool CanMutate => Replace is not null && Records is not null;

    public Action<Utf8JsonWriter, T> WriteListRow => writeListRow ??= ListRowWriter ?? ListRowJson.Writer(DetailInfo, DetailOnlyFields);

    private Action<Utf8JsonWriter, T>? writeListRow;

    public void WriteDetail(Utf8JsonWriter writer, T record) => JsonSerializer.Serialize(writer, record, DetailInfo);

    /// <summary>The records a request addresses; null when the parent of a nested collection does not exist.</summary>
    public IReadOnlyList<T>? RecordsFor(Dataset data, string? parentId) =>
        ChildRecords is not null ? ChildRecords(data, parentId ?? "") : Records!(data);

    /// <summary>Zoho ids are numeric strings; compare them as numbers (shorter is smaller).</summary>
    public int CompareIds(T a, T b)
    {
        string x = Id(a), y = Id(b);
        return x.Length != y.Length ? x.Length.CompareTo(y.Length) : string.CompareOrdinal(x, y);
    }

    void IEntity.Map(IEndpointRouteBuilder routes, ZohoProduct product, ApiPipeline pipeline) =>
        EntityEndpoints.Map(routes, product, this, pipeline);

    public string Create(DataStore store, JsonObject fields, string newId, DateTimeOffset now, string? templateId)
    {
        store.Update(data =>
        {
            IReadOnlyList<T> records = Records!(data);
            T template = (templateId is null ? records.LastOrDefault() : records.FirstOrDefault(r => Id(r) == templateId))
                ?? throw new ArgumentException(templateId is null
                    ? $"there is no {EntityName} to copy; give every field"
                    : $"{EntityName} {templateId} does not exist");
            T created = Apply(template, fields, now, newId);
            return Replace!(data, [.. records, created]);
        });
        return newId;
    }

    public bool Edit(DataStore store, string id, JsonObject fields, DateTimeOffset now)
    {
        bool found = false;
        store.Update(data =>
        {
            IReadOnlyList<T> records = Records!(data);
            var changed = new List<T>(records.Count);
            foreach (T record in records)
            {
                if (Id(record) == id)
                {
                    found = true;
                    changed.Add(Apply(record, fields, now, newId: null));
                }
                else
                {
                    changed.Add(record);
                }
            }

            return found ? Replace!(data, changed) : data;
        });
        return found;
    }

    public bool Delete(DataStore store, string id)
    {
        bool found = false;
        store.Update(data =>
        {
            IReadOnlyList<T> records = Records!(data);
            List<T> kept = records.Where(r => Id(r) != id).ToList();
            found = kept.Count != records.Count;
            return found ? Replace!(data, kept) : data;
        });
        return found;
    }

    /// <summary>
    /// Sets the given JSON fields on a record, then stamps last_modified_time (and, for a new record, its id and
    /// created_time). Other fields are not recomputed: the caller keeps totals consistent if it needs them to be.
    /// </summary>
    private T Apply(T record, JsonObject fields, DateTimeOffset now, string? newId)
    {
        JsonObject node = JsonSerializer.SerializeToNode(record, DetailInfo)!.AsObject();
        foreach (var (name, value) in fields)
        {
            node[name] = value?.DeepClone();
        }

        string stamp = ZohoTime.FormatTimestamp(now);
        if (newId is not null)
        {
            node[IdField] = newId;
            if (node.ContainsKey("created_time"))
            {
                node["created_time"] = stamp;
            }
        }

        foreach (string modified in (string[])["last_modified_time", "updated_time"])
        {
            if (node.ContainsKey(modified) && !fields.ContainsKey(modified))
            {
                node[modified] = stamp;
            }
        }

        return node.Deserialize(DetailInfo) ?? throw new ArgumentException("the record cannot be empty");
    }
}
