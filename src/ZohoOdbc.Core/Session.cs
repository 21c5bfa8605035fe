using ZohoOdbc.Core.Engine;
using ZohoOdbc.Core.Logging;
using ZohoOdbc.Core.Sql;
using ZohoOdbc.Core.Zoho;
using ZohoOdbc.Core.Zoho.Auth;
using ZohoOdbc.Core.Zoho.Governor;
using ZohoOdbc.Core.Zoho.Http;

namespace ZohoOdbc.Core;

/// <summary>
/// One per ODBC connection: an authenticated link to one Zoho organization, its catalog, and
/// the query pipeline (parse → bind → fetch pages → execute in in-memory SQLite).
/// </summary>
public sealed class Session : IDisposable
{
    private readonly EntityCatalog catalog;
    private readonly QueryExecutor executor;
    private readonly SessionServices? ownedServices;
    private readonly CustomFieldCatalog customFields;

    private Session(OrganizationInfo organization, string apiBaseUrl, EntityCatalog catalog, QueryExecutor executor, CustomFieldCatalog customFields,
        SessionServices? ownedServices)
    {
        Organization = organization;
        ApiBaseUrl = apiBaseUrl;
        this.catalog = catalog;
        this.executor = executor;
        this.customFields = customFields;
        this.ownedServices = ownedServices;
        Tables = catalog.Tables.Select(Describe).ToArray();
    }

    /// <summary>A table as the catalog functions show it; a table with custom fields lists them (discovered when first read).</summary>
    private TableInfo Describe(VirtualTable table)
    {
        var info = table.ToTableInfo();
        if (!CustomFieldCatalog.MayHave(table)) return info;
        return info with { Columns = new TableColumns(info.Columns, () => customFields.For(table).Select(f => f.ToColumnInfo()).ToArray()) };
    }

    /// <summary>
    /// Connects: refresh token → access token (shared with the other connections and processes of the user;
    /// api_domain from the token response unless ApiUrl is given) → organization → its rate governor.
    /// Throws ZohoOdbcException: 28000 for a refused grant or missing credentials, 08004 for a grant of another
    /// data centre (naming both), 08001 when the server cannot be reached or no organization fits (listing them).
    /// With Offline=Yes nothing is asked of Zoho: the organization comes from its cache file (08001 when none holds a copy).
    /// </summary>
    public static Session Open(ConnectionSettings settings, CancellationToken cancellationToken = default) =>
        Open(settings, SessionServices.Process, ownsServices: false, cancellationToken);

    /// <summary>
    /// Connects through <paramref name="handler"/> instead of the process-wide HTTP client, with a token store
    /// of its own (in memory): for tests and tools that serve Zoho's answers in-process.
    /// </summary>
    public static Session Open(ConnectionSettings settings, HttpMessageHandler handler, CancellationToken cancellationToken = default)
    {
        var services = new SessionServices(new HttpClient(handler, disposeHandler: false) { Timeout = System.Threading.Timeout.InfiniteTimeSpan },
            TimeProvider.System, DataCentres.Zoho, RetrySettings.Default, configDirectory: null, cacheDirectory: null, ownsHttp: true);
        return Open(settings, services, ownsServices: true, cancellationToken);
    }

    internal static Session Open(ConnectionSettings settings, SessionServices services, bool ownsServices, CancellationToken cancellationToken)
    {
        try
        {
            return OpenAsync(settings, services, ownsServices, cancellationToken).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            if (ownsServices) services.Dispose();
            throw ZohoTransport.Cancelled();
        }
        catch
        {
            if (ownsServices) services.Dispose();
            throw;
        }
    }

    private static async Task<Session> OpenAsync(ConnectionSettings settings, SessionServices services, bool ownsServices, CancellationToken cancellationToken)
    {
        if (!services.DataCentres.Codes.Contains(settings.Region, StringComparer.OrdinalIgnoreCase))
            throw new ZohoOdbcException(SqlStates.InvalidConnectionAttribute,
                $"Region '{settings.Region}' is not valid: use one of {string.Join(", ", services.DataCentres.Codes)}.");

        // Every address is checked before the first call, so no credential goes to a refused server.
        var accountsUrl = ServerUrlPolicy.Validate(settings.AccountsUrl ?? services.DataCentres.AccountsServer(settings.Region),
            settings.AccountsUrl is null ? $"The accounts server of Region {settings.Region}" : "AccountsUrl");
        var explicitApiUrl = settings.ApiUrl is null ? null : ServerUrlPolicy.Validate(settings.ApiUrl, "ApiUrl");

        var (brokers, storeWarning) = services.Tokens;
        var credentials = settings.Cache.Offline ? OfflineCredentials(settings, accountsUrl, brokers.Store) : Credentials(settings, accountsUrl, brokers.Store);
        var log = DriverLog.Create(settings.LogFile, settings.LogVerbosity, [credentials.ClientSecret, credentials.RefreshToken]);
        if (storeWarning is not null) log.Warning("token store: " + storeWarning);
        log.Info($"connect: {settings.Product} at {credentials.AccountsUrl} (Region={settings.Region}), client {credentials.ClientId}");

        var attemptTimeout = services.AttemptTimeout ?? settings.Timeout;
        var transport = new ZohoTransport(services.Http, attemptTimeout, services.Retry, services.Breakers, log);
        var broker = brokers.For(credentials);
        var notices = new Cache.CacheNotices(log);
        if (settings.Cache.Offline) return OpenOffline(settings, services, ownsServices, transport, broker, explicitApiUrl, notices, log);
        var token = await SignInAsync(settings, services, brokers, broker, transport, cancellationToken).ConfigureAwait(false);

        var apiDomain = explicitApiUrl
            ?? (token.ApiDomain is { Length: > 0 } domain ? ServerUrlPolicy.Validate(domain, "The api_domain Zoho Accounts returned") : null)
            ?? services.DataCentres.ApiDomain(settings.Region);
        if (explicitApiUrl is null && token.ApiDomain is { Length: > 0 } issuedFor
            && services.DataCentres.RegionOfApiDomain(issuedFor) is { } tokenRegion && !tokenRegion.Equals(settings.Region, StringComparison.OrdinalIgnoreCase))
            log.Info($"connect: the token is for the {tokenRegion} data centre ({issuedFor}); using it rather than Region={settings.Region}");

        var api = new ZohoApiClient(transport, broker, ApiBase(apiDomain, settings.Product), settings.Product);
        IReadOnlyList<Zoho.Json.OrganizationEntry> organizations;
        try
        {
            organizations = await api.GetOrganizationsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ZohoOdbcException e) when (e.SqlState == SqlStates.InvalidAuthorization && explicitApiUrl is not null
            && token.ApiDomain is { Length: > 0 } issued && !SameServer(issued, explicitApiUrl))
        {
            throw new ZohoOdbcException(SqlStates.ServerRejectedConnection,
                $"Zoho issued the access token for {Describe(services.DataCentres, issued)}, but ApiUrl points at {Describe(services.DataCentres, explicitApiUrl)}, " +
                "which refuses it: a grant works only in its own data centre. Remove ApiUrl (the token says where to go) or point it at the token's data centre.",
                e.NativeError, e);
        }
        var organization = OrganizationSelector.Select(organizations, settings.OrganizationId, settings.Product);
        var plan = organizations.First(o => o.OrganizationId == organization.Id).PlanName;

        var limits = GovernorLimits.From(settings, plan);
        var (governorStore, governorWarning) = services.Governor(settings.CachePath);
        if (governorWarning is not null) log.Warning("governor: " + governorWarning);
        var governor = new RateGovernor(governorStore, organization.Id, limits, attemptTimeout, log);
        api.UseOrganization(organization.Id, governor);
        log.Info($"connect: organization {organization.Id} ({organization.Name}), plan {plan ?? "unknown"}, API {api.ApiBase}; " +
            $"governor {limits.RequestsPerMinute}/min, {limits.MaxConcurrency} in flight, daily {limits.DailyLimit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "as Zoho says"}");

        var records = Cache.RecordSources.Create(api, settings, settings.Cache, organization.Id, services.CacheDirectory, services.ConfigDirectory, services.Clock, log,
            notices, new Cache.CachedOrganization(organization.Id, organization.Name, organization.CurrencyCode, plan, api.ApiBase));
        var executor = new QueryExecutor(api, settings, records, services.Clock);
        var keptFields = Cache.CachedCustomFields.Open(settings, organization.Id, services.CacheDirectory, services.ConfigDirectory, log);
        var customFields = CustomFieldCatalog.For(api, keptFields, services.Clock, settings.Cache.ReconcileInterval);
        return new Session(organization, api.ApiBase, EntityCatalog.For(settings.Product), executor, customFields, ownsServices ? services : null);
    }

    /// <summary>
    /// Offline=Yes: no token, no organization list, no governor; the organization as its cache file remembers it. The API client
    /// exists for the engine's sake, but the cache sources never reach it offline.
    /// </summary>
    private static Session OpenOffline(ConnectionSettings settings, SessionServices services, bool ownsServices, ZohoTransport transport, TokenBroker broker,
        string? explicitApiUrl, Cache.CacheNotices notices, DriverLog log)
    {
        var cached = Cache.CachedOrganization.FindOffline(settings.CachePath ?? services.CacheDirectory, settings.Product, settings.OrganizationId,
            settings.Cache, services.ConfigDirectory, log);
        var api = new ZohoApiClient(transport, broker, explicitApiUrl is null ? cached.ApiBase : ApiBase(explicitApiUrl, settings.Product), settings.Product);
        log.Info($"connect: Offline=Yes, organization {cached.Id} ({cached.Name}) from the cache; Zoho is not called");
        var records = Cache.RecordSources.Create(api, settings, settings.Cache, cached.Id, services.CacheDirectory, services.ConfigDirectory, services.Clock, log, notices);
        var executor = new QueryExecutor(api, settings, records, services.Clock);
        // Offline answers from the cache only: custom fields as an online session kept them (none kept: cf_ names read as text).
        var customFields = CustomFieldCatalog.Offline(Cache.CachedCustomFields.Open(settings, cached.Id, services.CacheDirectory, services.ConfigDirectory, log));
        return new Session(cached.Info, api.ApiBase, EntityCatalog.For(settings.Product), executor, customFields, ownsServices ? services : null);
    }

    /// <summary>Offline=Yes signs in nowhere: the credentials, when given, only name the grant; missing ones are no error.</summary>
    private static OAuthClientCredentials OfflineCredentials(ConnectionSettings settings, string accountsUrl, MachineTokenStore store)
    {
        try
        {
            return Credentials(settings, accountsUrl, store);
        }
        catch (ZohoOdbcException)
        {
            return new OAuthClientCredentials(accountsUrl, settings.ClientId ?? "", settings.ClientSecret ?? "", settings.RefreshToken ?? "");
        }
    }

    /// <summary>
    /// The first token. On invalid_code from the Region's accounts server, the other data centres are asked: a grant of
    /// another data centre is 08004 naming both; a grant none knows is 28000 (revoked or expired).
    /// </summary>
    private static async Task<AccessToken> SignInAsync(ConnectionSettings settings, SessionServices services, TokenBrokers brokers, TokenBroker broker,
        ZohoTransport transport, CancellationToken cancellationToken)
    {
        try
        {
            return await broker.GetAsync(transport, connecting: true, cancellationToken).ConfigureAwait(false);
        }
        catch (TokenRefusedException refused) when (refused.Error == TokenRefusedException.InvalidCode && settings.AccountsUrl is null)
        {
            var probe = new ZohoTransport(transport.Http, transport.Timeout, transport.RetrySettings with { MaxRetries = 1 }, services.Breakers, transport.Log);
            var found = await DataCentreProbe.FindAsync(probe, services.DataCentres, broker.Credentials, services.Clock, cancellationToken).ConfigureAwait(false);
            if (found is null) throw refused.ToZohoOdbcException(" (and no other data centre knows it)");

            // Kept, so that connecting with the right Region reuses this token instead of asking for another.
            brokers.For(found.Credentials).Adopt(found.Token);
            var configured = services.DataCentres.AccountsServer(settings.Region);
            throw new ZohoOdbcException(SqlStates.ServerRejectedConnection,
                $"The refresh token belongs to Zoho's {found.Region} data centre ({found.AccountsServer}), but this connection signs in at the " +
                $"{settings.Region.ToUpperInvariant()} data centre ({configured}, from Region={settings.Region}). Set Region={found.Region}.");
        }
        catch (TokenRefusedException refused)
        {
            throw refused.ToZohoOdbcException();
        }
    }

    /// <summary>ClientId, ClientSecret and RefreshToken from the settings, or those a code exchange stored for ClientId.</summary>
    private static OAuthClientCredentials Credentials(ConnectionSettings settings, string accountsUrl, MachineTokenStore store)
    {
        if (settings.ClientId is { } clientId && settings.ClientSecret is null && settings.RefreshToken is null
            && store.LoadCredentials(clientId, settings.OrganizationId) is { } stored)
        {
            // The stored grant lives in the data centre it was made in, unless AccountsUrl says otherwise.
            return settings.AccountsUrl is null ? stored : stored with { AccountsUrl = accountsUrl };
        }

        var missing = new[] { ("ClientId", settings.ClientId), ("ClientSecret", settings.ClientSecret), ("RefreshToken", settings.RefreshToken) }
            .Where(k => string.IsNullOrWhiteSpace(k.Item2)).Select(k => k.Item1).ToArray();
        if (missing.Length > 0)
            throw new ZohoOdbcException(SqlStates.InvalidAuthorization,
                $"{string.Join(", ", missing)} {(missing.Length == 1 ? "is" : "are")} missing: set {(missing.Length == 1 ? "it" : "them")} in the DSN or " +
                "the connection string (from the Zoho API console: a self client gives the client id, secret and a grant for the refresh token), " +
                "or run the driver's OAuth code exchange once, which stores them for ClientId.");
        return new OAuthClientCredentials(accountsUrl, settings.ClientId!, settings.ClientSecret!, settings.RefreshToken!);
    }

    private static bool SameServer(string a, string b) =>
        Uri.TryCreate(a, UriKind.Absolute, out var x) && Uri.TryCreate(b, UriKind.Absolute, out var y)
        && string.Equals(x.GetLeftPart(UriPartial.Authority), y.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase)
        && string.Equals(x.AbsolutePath.TrimEnd('/'), y.AbsolutePath.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static string Describe(DataCentres dataCentres, string apiDomain) =>
        dataCentres.RegionOfApiDomain(apiDomain) is { } region ? $"the {region} data centre ({apiDomain})" : apiDomain;

    /// <summary>{domain}/books/v3 or {domain}/invoice/v3; a domain already ending in the path is taken as is.</summary>
    private static string ApiBase(string apiDomain, ZohoProduct product)
    {
        var path = product == ZohoProduct.Invoice ? "/invoice/v3" : "/books/v3";
        return apiDomain.EndsWith(path, StringComparison.OrdinalIgnoreCase) ? apiDomain : apiDomain + path;
    }

    public OrganizationInfo Organization { get; }

    /// <summary>The API the session calls, e.g. https://www.zohoapis.eu/books/v3.</summary>
    public string ApiBaseUrl { get; }

    /// <summary>The virtual tables of this organization and product (lists, child tables, system tables), sorted by name.</summary>
    public IReadOnlyList<TableInfo> Tables { get; }

    /// <summary>The catalog name of every table ("zoho"); SQL may qualify tables as zoho.books.invoices.</summary>
    public string CatalogName => EntityCatalog.CatalogName;

    /// <summary>The schema of every table: "books" or "invoice", by product.</summary>
    public string SchemaName => catalog.SchemaName;

    /// <summary>
    /// Parses and binds one SQL statement (SELECT, EXPLAIN SELECT, or a stored procedure call); no API call but the
    /// discovery of the custom fields of each table with custom fields the session names for the first time.
    /// Throws ZohoOdbcException: 42000 for a syntax error (with the parser's message, line and column) or an
    /// ambiguous column, 42S02 unknown table, 42S22 unknown column, 0A000 a construct not supported.
    /// </summary>
    public PreparedQuery Prepare(string sql) => QueryCompiler.Prepare(sql, catalog, executor, executor.Settings, customFields);

    public void Dispose() => ownedServices?.Dispose();
}
