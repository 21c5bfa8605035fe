using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ZohoOdbc.Core.Zoho.Governor;
using ZohoOdbc.Core.Zoho.Http;
using ZohoOdbc.Core.Zoho.Json;

namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// Walks a list endpoint page by page (per_page=200). The first page asks for the count of matching rows too
/// (response_option=1, rows and count in one call), so a scan that reads every page is judged before any further
/// call: refused when it needs more than MaxCallsPerQuery calls or more than today's remaining quota, otherwise
/// read with up to MaxConcurrency pages in flight (the governor still paces them), delivered in order. A scan
/// that may stop early (TOP with a row goal) reads one page at a time. Without a count, MaxCallsPerQuery is
/// checked before each page.
/// </summary>
internal sealed class EntityPageFetcher(ZohoApiClient api, int maxCallsPerQuery)
{
    public const int PageSize = 200;

    public async IAsyncEnumerable<EntityPage> FetchAsync(EntityDefinition entity, IReadOnlyList<KeyValuePair<string, string>> parameters,
        bool readsAllPages, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested) throw ZohoTransport.Cancelled();
        var (first, total) = await FetchPageAsync(entity, parameters, 1, withCount: true, cancellationToken).ConfigureAwait(false);
        long? callsNeeded = total is { } rows ? Math.Max(1, (rows + PageSize - 1) / PageSize) : null;
        if (readsAllPages && callsNeeded is { } needed) CheckBudget(entity, needed, total!.Value);
        yield return first;
        if (!first.HasMore) yield break;

        var next = 2;
        if (readsAllPages && callsNeeded is { } planned && planned > 1)
        {
            // Pages 2..planned in parallel, bounded by MaxConcurrency; handed out in order.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var window = Math.Max(1, api.Governor?.Limits.MaxConcurrency ?? 1);
            var pending = new Queue<Task<(EntityPage Page, long? Total)>>();
            try
            {
                while (next <= planned && pending.Count < window) pending.Enqueue(FetchPageAsync(entity, parameters, next++, false, stop.Token));
                while (pending.Count > 0)
                {
                    var (page, _) = await pending.Dequeue().ConfigureAwait(false);
                    if (next <= planned && page.HasMore) pending.Enqueue(FetchPageAsync(entity, parameters, next++, false, stop.Token));
                    yield return page;
                    // Rows deleted meanwhile: Zoho says this was the last page.
                    if (!page.HasMore) yield break;
                }
            }
            finally
            {
                await stop.CancelAsync().ConfigureAwait(false);
                foreach (var task in pending)
                {
                    try
                    {
                        await task.ConfigureAwait(false);
                    }
                    catch (Exception)
                    {
                        // Abandoned because the caller stopped or another page failed; that failure is the one reported.
                    }
                }
            }
        }

        // Rows added meanwhile, or no count from Zoho, or a scan that may stop early: one page at a time.
        for (var page = next; ; page++)
        {
            if (cancellationToken.IsCancellationRequested) throw ZohoTransport.Cancelled();
            if (page > maxCallsPerQuery) throw Refuse(TooManyCalls(entity, callsNeeded, total));
            var (result, _) = await FetchPageAsync(entity, parameters, page, withCount: false, cancellationToken).ConfigureAwait(false);
            yield return result;
            if (!result.HasMore) yield break;
        }
    }

    private async Task<(EntityPage Page, long? Total)> FetchPageAsync(EntityDefinition entity, IReadOnlyList<KeyValuePair<string, string>> parameters,
        int page, bool withCount, CancellationToken cancellationToken)
    {
        var query = new List<KeyValuePair<string, string>>(parameters)
        {
            new("page", page.ToString(CultureInfo.InvariantCulture)),
            new("per_page", PageSize.ToString(CultureInfo.InvariantCulture)),
        };
        if (withCount) query.Add(new("response_option", "1"));
        using var response = await api.GetAsync(entity.ListPath, query, entity.ScopeModule, connecting: false, cancellationToken).ConfigureAwait(false);
        var root = response.Json!.RootElement;
        var context = root.TryGetProperty("page_context", out var element) && element.ValueKind == JsonValueKind.Object
            ? element.Deserialize(ZohoJsonContext.Default.PageContext)
            : null;
        return (new EntityPage(page, EntityRowReader.ReadRows(root, entity), context?.HasMorePage == true), context?.Total);
    }

    /// <summary>Refuses, before the second call, a scan that needs more calls than MaxCallsPerQuery or than today's quota leaves.</summary>
    private void CheckBudget(EntityDefinition entity, long callsNeeded, long total)
    {
        if (callsNeeded > maxCallsPerQuery) throw Refuse(TooManyCalls(entity, callsNeeded, total));
        if (api.Governor is { } governor && governor.DailyQuota() is { Remaining: { } remaining } quota && callsNeeded - 1 > remaining)
        {
            throw Refuse(new ZohoOdbcException(SqlStates.GeneralError,
                $"The query needs {callsNeeded - 1:N0} more API calls to read {entity.Name} ({total:N0} rows, {PageSize} per call), but only {remaining:N0} " +
                $"of organization {governor.OrganizationId}'s daily quota of {quota.Limit:N0} calls ({quota.Source}) remain; " +
                $"it renews at {RateGovernor.Renewal(quota.ResetsAt, DateTimeOffset.UtcNow)}. Starting would spend the rest of the quota without an answer. " +
                $"{Narrowing(entity)}, or wait until the quota renews.",
                ZohoApiErrors.DailyLimitExceeded));
        }
    }

    private ZohoOdbcException Refuse(ZohoOdbcException refusal)
    {
        api.Log.Warning($"plan: no further call: {refusal.Message}");
        return refusal;
    }

    private ZohoOdbcException TooManyCalls(EntityDefinition entity, long? callsNeeded, long? total)
    {
        var needs = callsNeeded is { } calls && total is { } rows
            ? $"The query needs {calls:N0} API calls to read {entity.Name} ({rows:N0} rows match the conditions Zoho can apply, {PageSize} per call)"
            : $"The query needs more than {maxCallsPerQuery:N0} API calls to read {entity.Name} (more than {(long)maxCallsPerQuery * PageSize:N0} rows match the conditions Zoho can apply)";
        return new ZohoOdbcException(SqlStates.ProgramLimitExceeded,
            $"{needs}, more than MaxCallsPerQuery={maxCallsPerQuery}. {Narrowing(entity)}, or raise MaxCallsPerQuery.");
    }

    /// <summary>How to make Zoho return fewer rows: the columns it filters on, with an example (a clause without final period).</summary>
    private static string Narrowing(EntityDefinition entity)
    {
        var filterable = entity.Columns.Where(c => c.Filters != ApiFilterOperators.None || c.ValueFilter is not null).Select(c => c.Name).ToList();
        if (filterable.Count == 0) return $"Zoho cannot filter {entity.Name}, so every query reads all of it";
        var date = entity.Columns.FirstOrDefault(c => (c.Filters & ApiFilterOperators.Start) != 0);
        var example = date is null ? "" : $" (e.g. WHERE {date.Name} >= '{DateTime.UtcNow.Year}-01-01')";
        return $"Narrow it with a condition Zoho applies itself, on {string.Join(", ", filterable)}{example}";
    }
}
