using ZohoOdbc.Core.Engine;
using ZohoOdbc.Core.Sql;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core;

/// <summary>
/// One per ODBC connection: an authenticated link to one Zoho organization, its catalog, and
/// the query pipeline (parse → bind → fetch pages → execute in in-memory SQLite).
/// </summary>
public sealed class Session : IDisposable
{
    private readonly EntityCatalog catalog;
    private readonly QueryExecutor executor;
    private readonly HttpClient? ownedHttpClient;

    private Session(OrganizationInfo organization, EntityCatalog catalog, QueryExecutor executor, HttpClient? ownedHttpClient)
    {
        Organization = organization;
        this.catalog = catalog;
        this.executor = executor;
        this.ownedHttpClient = ownedHttpClient;
        Tables = catalog.Entities.Select(e => e.ToTableInfo()).ToArray();
    }

    /// <summary>
    /// Connects: refresh token → access token (api_domain from the response unless ApiUrl is given)
    /// → organization. Throws ZohoOdbcException: 28000 for a refused grant or missing credentials,
    /// 08001 when the server cannot be reached or no organization fits.
    /// </summary>
    public static Session Open(ConnectionSettings settings, CancellationToken cancellationToken = default) =>
        Open(settings, ZohoTransport.CreateShared(settings.Timeout), ownedHttpClient: null, cancellationToken);

    /// <summary>
    /// Connects through <paramref name="handler"/> instead of the process-wide HTTP client, with a token
    /// cache of its own: for tests and tools that serve Zoho's answers in-process.
    /// </summary>
    public static Session Open(ConnectionSettings settings, HttpMessageHandler handler, CancellationToken cancellationToken = default) =>
        Open(settings, handler, ZohoTransport.DefaultRetryDelay, cancellationToken);

    internal static Session Open(ConnectionSettings settings, HttpMessageHandler handler, TimeSpan retryBaseDelay, CancellationToken cancellationToken)
    {
        var client = new HttpClient(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        try
        {
            return Open(settings, new ZohoTransport(client, settings.Timeout, retryBaseDelay, new AccessTokenCache()), client, cancellationToken);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    internal static Session Open(ConnectionSettings settings, ZohoTransport transport, HttpClient? ownedHttpClient, CancellationToken cancellationToken)
    {
        try
        {
            return OpenAsync(settings, transport, ownedHttpClient, cancellationToken).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw ZohoTransport.Cancelled();
        }
    }

    private static async Task<Session> OpenAsync(ConnectionSettings settings, ZohoTransport transport, HttpClient? ownedHttpClient,
        CancellationToken cancellationToken)
    {
        var missing = new[] { ("ClientId", settings.ClientId), ("ClientSecret", settings.ClientSecret), ("RefreshToken", settings.RefreshToken) }
            .Where(k => string.IsNullOrWhiteSpace(k.Item2)).Select(k => k.Item1).ToArray();
        if (missing.Length > 0)
            throw new ZohoOdbcException(SqlStates.InvalidAuthorization,
                $"{string.Join(", ", missing)} {(missing.Length == 1 ? "is" : "are")} missing: set {(missing.Length == 1 ? "it" : "them")} in the DSN or " +
                "the connection string (from the Zoho API console: a self client gives the client id, secret and a grant for the refresh token).");

        if (!ZohoRegion.IsKnown(settings.Region))
            throw new ZohoOdbcException(SqlStates.InvalidConnectionAttribute,
                $"Region '{settings.Region}' is not valid: use one of {string.Join(", ", ZohoRegion.Codes)}.");

        // Every address is checked before the first call, so no credential goes to a refused server.
        var accountsUrl = ServerUrlPolicy.Validate(settings.AccountsUrl ?? ZohoRegion.AccountsServer(settings.Region),
            settings.AccountsUrl is null ? $"The accounts server of Region {settings.Region}" : "AccountsUrl");
        var explicitApiUrl = settings.ApiUrl is null ? null : ServerUrlPolicy.Validate(settings.ApiUrl, "ApiUrl");

        var tokens = new OAuthTokenClient(transport, accountsUrl, settings.ClientId!, settings.ClientSecret!, settings.RefreshToken!);
        var token = await tokens.GetAsync(connecting: true, cancellationToken).ConfigureAwait(false);
        var apiDomain = explicitApiUrl
            ?? (token.ApiDomain is { Length: > 0 } domain ? ServerUrlPolicy.Validate(domain, "The api_domain Zoho Accounts returned") : null)
            ?? ZohoRegion.ApiDomain(settings.Region);

        var api = new ZohoApiClient(transport, tokens, ApiBase(apiDomain, settings.Product), settings.Product);
        var organizations = await api.GetOrganizationsAsync(cancellationToken).ConfigureAwait(false);
        var organization = OrganizationSelector.Select(organizations, settings.OrganizationId, settings.Product);
        api.OrganizationId = organization.Id;

        var executor = new QueryExecutor(new EntityPageFetcher(api, settings.MaxCallsPerQuery));
        return new Session(organization, EntityCatalog.For(settings.Product), executor, ownedHttpClient);
    }

    /// <summary>{domain}/books/v3 or {domain}/invoice/v3; a domain already ending in the path is taken as is.</summary>
    private static string ApiBase(string apiDomain, ZohoProduct product)
    {
        var path = product == ZohoProduct.Invoice ? "/invoice/v3" : "/books/v3";
        return apiDomain.EndsWith(path, StringComparison.OrdinalIgnoreCase) ? apiDomain : apiDomain + path;
    }

    public OrganizationInfo Organization { get; }

    /// <summary>The virtual tables of this organization and product, sorted by name.</summary>
    public IReadOnlyList<TableInfo> Tables { get; }

    /// <summary>
    /// Parses and binds one SQL statement; no API call. Throws ZohoOdbcException: 42000 for a
    /// syntax error (with the parser's message, line and column), 42S02 unknown table,
    /// 42S22 unknown column, 0A000 a construct not supported.
    /// </summary>
    public PreparedQuery Prepare(string sql)
    {
        var bound = new QueryBinder(catalog).Bind(StatementParser.ParseSelect(sql));
        return new PlannedQuery(PushdownPlanner.Plan(bound), bound.ResultColumns, executor);
    }

    public void Dispose() => ownedHttpClient?.Dispose();
}
