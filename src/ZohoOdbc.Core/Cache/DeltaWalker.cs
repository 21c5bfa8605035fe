using System.Globalization;
using System.Text.Json;
using ZohoOdbc.Core.Zoho;
using ZohoOdbc.Core.Zoho.Json;

namespace ZohoOdbc.Core.Cache;

/// <summary>
/// Reads the (few) pages of a delta — the records modified since the cursor, or those of a recent date window — one at a
/// time, keeping each row's last_modified_time as Zoho wrote it (with the organization's offset), which the typed rows
/// drop and the next cursor needs. Stops at <c>maxPages</c>: a change that large is read as a full walk instead.
/// </summary>
internal static class DeltaWalker
{
    /// <summary>The rows read, each with its modification instant when Zoho gave one; <c>Complete</c> false when cut at the page limit.</summary>
    public sealed record Result(List<(object?[] Row, DateTimeOffset? Modified)> Rows, int Calls, bool Complete);

    public static async Task<Result> WalkAsync(ZohoApiClient api, EntityDefinition entity, IReadOnlyList<KeyValuePair<string, string>> parameters,
        int maxPages, Func<bool> renew, CancellationToken cancellationToken)
    {
        var rows = new List<(object?[], DateTimeOffset?)>();
        for (var page = 1; ; page++)
        {
            if (page > maxPages) return new Result(rows, page - 1, Complete: false);
            var query = new List<KeyValuePair<string, string>>(parameters)
            {
                new("page", page.ToString(CultureInfo.InvariantCulture)),
                new("per_page", EntityPageFetcher.PageSize.ToString(CultureInfo.InvariantCulture)),
            };
            using var response = await api.GetAsync(entity.ListPath, query, entity.ScopeModule, connecting: false, cancellationToken).ConfigureAwait(false);
            var root = response.Json!.RootElement;
            var typed = EntityRowReader.ReadRows(root, entity);
            // ReadRows keeps the list's objects in order, so the i-th object is the i-th row.
            var index = 0;
            foreach (var item in root.GetProperty(entity.ListKey).EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object) continue;
                DateTimeOffset? modified = item.TryGetProperty(RecordVersion.ModifiedColumn, out var stamp) && stamp.ValueKind == JsonValueKind.String
                    && ModifiedCursor.TryParse(stamp.GetString(), out var instant) ? instant : null;
                rows.Add((typed[index++], modified));
            }
            var context = root.TryGetProperty("page_context", out var element) && element.ValueKind == JsonValueKind.Object
                ? element.Deserialize(ZohoJsonContext.Default.PageContext)
                : null;
            if (!renew()) throw new LeaseLostException();
            if (context?.HasMorePage != true) return new Result(rows, page, Complete: true);
        }
    }
}

/// <summary>Another process took over a refresh this one was too slow to renew: this one's work is dropped.</summary>
internal sealed class LeaseLostException() : Exception("the refresh lease expired and was taken over");
