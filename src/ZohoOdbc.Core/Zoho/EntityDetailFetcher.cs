using System.Globalization;
using System.Text.Json;
using ZohoOdbc.Core.Zoho.Json;

namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// The calls the SQL engine makes besides walking lists: one record by id (<c>GET {list}/{id}</c>, the detail with
/// its nested rows), and the count of a list's matching rows (<c>response_option=2</c>, page_context.total) that
/// EXPLAIN uses to say how many pages a list needs. A record Zoho says does not exist (code 1002) is no row.
/// </summary>
internal sealed class EntityDetailFetcher(ZohoApiClient api)
{
    /// <summary>Zoho's "does not exist" error code (reference §6).</summary>
    public const int DoesNotExist = 1002;

    /// <summary>The record <paramref name="id"/> of <paramref name="entity"/>, as a JSON object owned by the caller; null when it does not exist.</summary>
    public async Task<JsonElement?> GetDetailAsync(EntityDefinition entity, string id, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await api.GetAsync(entity.DetailPath(id), [], entity.ScopeModule, connecting: false, cancellationToken).ConfigureAwait(false);
            var root = response.Json!.RootElement;
            if (entity.DetailKey is { } key && root.TryGetProperty(key, out var record) && record.ValueKind == JsonValueKind.Object)
                return record.Clone();
            throw new ZohoOdbcException(SqlStates.GeneralError, $"Zoho's answer for {entity.ListPath}/{{id}} has no '{entity.DetailKey}' record.");
        }
        catch (ZohoOdbcException e) when (e.NativeError == DoesNotExist)
        {
            return null;
        }
    }

    /// <summary>How many rows the list matches with <paramref name="parameters"/> (one call, no rows).</summary>
    public async Task<long> CountAsync(string listPath, string scopeModule, IReadOnlyList<KeyValuePair<string, string>> parameters,
        CancellationToken cancellationToken)
    {
        var query = new List<KeyValuePair<string, string>>(parameters)
        {
            new("page", "1"),
            new("per_page", EntityPageFetcher.PageSize.ToString(CultureInfo.InvariantCulture)),
            new("response_option", "2"),
        };
        using var response = await api.GetAsync(listPath, query, scopeModule, connecting: false, cancellationToken).ConfigureAwait(false);
        var root = response.Json!.RootElement;
        var context = root.TryGetProperty("page_context", out var element) && element.ValueKind == JsonValueKind.Object
            ? element.Deserialize(ZohoJsonContext.Default.PageContext)
            : null;
        return context?.Total ?? throw new ZohoOdbcException(SqlStates.GeneralError,
            $"Zoho's answer for {listPath} with response_option=2 has no page_context.total, so EXPLAIN cannot count the rows.");
    }
}
