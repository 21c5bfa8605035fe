using System.Globalization;
using System.Runtime.CompilerServices;

namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// Walks a list endpoint page by page (per_page=200, page=1.. until has_more_page is false). The caller
/// stops early by not asking for the next page; MaxCallsPerQuery bounds the walk.
/// </summary>
internal sealed class EntityPageFetcher(ZohoApiClient api, int maxCallsPerQuery)
{
    public const int PageSize = 200;

    public async IAsyncEnumerable<EntityPage> FetchAsync(EntityDefinition entity, IReadOnlyList<KeyValuePair<string, string>> parameters,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var page = 1; ; page++)
        {
            if (cancellationToken.IsCancellationRequested) throw ZohoTransport.Cancelled();
            if (page > maxCallsPerQuery)
                throw new ZohoOdbcException(SqlStates.GeneralError,
                    $"The query needs more than {maxCallsPerQuery} API calls (MaxCallsPerQuery={maxCallsPerQuery}): {entity.Name} has more than " +
                    $"{maxCallsPerQuery * PageSize} rows after the filters Zoho can apply. Add a condition Zoho can filter on " +
                    "(e.g. on date or status), or raise MaxCallsPerQuery.");

            var query = new List<KeyValuePair<string, string>>(parameters)
            {
                new("page", page.ToString(CultureInfo.InvariantCulture)),
                new("per_page", PageSize.ToString(CultureInfo.InvariantCulture)),
            };
            EntityPage result;
            using (var document = await api.GetAsync(entity.ListPath, query, entity.ScopeModule, connecting: false, cancellationToken).ConfigureAwait(false))
            {
                var root = document.RootElement;
                result = new EntityPage(page, EntityRowReader.ReadRows(root, entity), EntityRowReader.HasMorePage(root));
            }
            yield return result;
            if (!result.HasMore) yield break;
        }
    }
}
