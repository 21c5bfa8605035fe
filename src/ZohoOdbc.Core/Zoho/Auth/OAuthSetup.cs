using ZohoOdbc.Core.Logging;
using ZohoOdbc.Core.Zoho.Http;

namespace ZohoOdbc.Core.Zoho.Auth;

/// <summary>
/// What a DSN setup tool needs besides <see cref="OAuthHelper"/>: the organizations a grant sees, so the user picks one
/// before the DSN is written, and storing a grant given as ClientSecret + RefreshToken in the user's encrypted token
/// store, so that the DSN keeps only ClientId. Both sign in the way a session does (the stored grant for ClientId when
/// the settings carry no secret) and share the token brokers of the process.
/// </summary>
public static class OAuthSetup
{
    /// <summary>
    /// The organizations of <see cref="ConnectionSettings.Product"/> the grant can use, in Zoho's order (possibly none).
    /// Throws ZohoOdbcException 28000 when Zoho refuses the grant or no grant is known for ClientId.
    /// </summary>
    public static IReadOnlyList<OrganizationInfo> ListOrganizations(ConnectionSettings settings, CancellationToken cancellationToken = default) =>
        Run(() => ListOrganizationsAsync(settings, SessionServices.Process, cancellationToken), cancellationToken);

    /// <summary>
    /// Checks ClientId, ClientSecret and RefreshToken with Zoho (one token request) and keeps them in the user's token store,
    /// sealed, so that a DSN with only ClientId (and Region or AccountsUrl) connects. Throws ZohoOdbcException 28000 when
    /// Zoho refuses them, HY000 when the token store cannot be used (the DSN would then need the secret in clear).
    /// </summary>
    public static OAuthGrant StoreGrant(ConnectionSettings settings, CancellationToken cancellationToken = default) =>
        Run(() => StoreGrantAsync(settings, SessionServices.Process, cancellationToken), cancellationToken);

    /// <summary>
    /// Keeps the grant stored for ClientId (the one the last sign-in stored) also under ClientId and OrganizationId, once
    /// the user picked the organization, so that another DSN of the same client signed in to another Zoho account does not
    /// replace it. Throws ZohoOdbcException 28000 when no grant is stored for ClientId.
    /// </summary>
    public static void KeepGrantForOrganization(string clientId, string organizationId)
    {
        var (brokers, warning) = SessionServices.Process.Tokens;
        if (warning is not null) throw new ZohoOdbcException(SqlStates.GeneralError, $"The grant cannot be stored: {warning}.");
        var stored = brokers.Store.LoadCredentials(clientId)
            ?? throw new ZohoOdbcException(SqlStates.InvalidAuthorization, $"No grant is stored for ClientId '{clientId}' for this user on this machine: sign in again (zoho-odbc setup).");
        brokers.Store.SaveCredentials(stored, organizationId);
    }

    internal static async Task<IReadOnlyList<OrganizationInfo>> ListOrganizationsAsync(ConnectionSettings settings, SessionServices services,
        CancellationToken cancellationToken)
    {
        var accountsUrl = AccountsUrl(settings, services);
        var (brokers, _) = services.Tokens;
        var credentials = StoredOrGiven(settings, accountsUrl, brokers.Store);
        var transport = Transport(settings, services, credentials);
        var broker = brokers.For(credentials);
        var token = await SignInAsync(broker, transport, cancellationToken).ConfigureAwait(false);

        var apiDomain = settings.ApiUrl is { } apiUrl ? ServerUrlPolicy.Validate(apiUrl, "ApiUrl")
            : token.ApiDomain is { Length: > 0 } issued ? ServerUrlPolicy.Validate(issued, "The api_domain Zoho Accounts returned")
            : services.DataCentres.ApiDomain(settings.Region);
        var path = settings.Product == ZohoProduct.Invoice ? "/invoice/v3" : "/books/v3";
        var apiBase = apiDomain.EndsWith(path, StringComparison.OrdinalIgnoreCase) ? apiDomain : apiDomain + path;

        var organizations = await new ZohoApiClient(transport, broker, apiBase, settings.Product).GetOrganizationsAsync(cancellationToken).ConfigureAwait(false);
        return organizations.Where(o => !string.IsNullOrEmpty(o.OrganizationId))
            .Select(o => new OrganizationInfo(o.OrganizationId!, o.Name ?? "", o.CurrencyCode ?? ""))
            .ToArray();
    }

    internal static async Task<OAuthGrant> StoreGrantAsync(ConnectionSettings settings, SessionServices services, CancellationToken cancellationToken)
    {
        var accountsUrl = AccountsUrl(settings, services);
        var (brokers, warning) = services.Tokens;
        if (warning is not null)
            throw new ZohoOdbcException(SqlStates.GeneralError,
                $"The grant cannot be stored: {warning}. Give ClientSecret and RefreshToken in the DSN or connection string instead.");
        var credentials = Given(settings, accountsUrl);
        var transport = Transport(settings, services, credentials);
        var token = await SignInAsync(brokers.For(credentials), transport, cancellationToken).ConfigureAwait(false);
        brokers.Store.SaveCredentials(credentials, settings.OrganizationId);
        transport.Log.Info($"oauth: grant of client {credentials.ClientId} at {accountsUrl} checked and stored");
        return new OAuthGrant(credentials.RefreshToken, accountsUrl, services.DataCentres.RegionOfAccountsServer(accountsUrl), token.ApiDomain,
            Scope: null, Stored: true);
    }

    private static T Run<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            return work().GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw ZohoTransport.Cancelled();
        }
    }

    private static string AccountsUrl(ConnectionSettings settings, SessionServices services) =>
        ServerUrlPolicy.Validate(settings.AccountsUrl ?? services.DataCentres.AccountsServer(settings.Region),
            settings.AccountsUrl is null ? $"The accounts server of Region {settings.Region}" : "AccountsUrl");

    private static ZohoTransport Transport(ConnectionSettings settings, SessionServices services, OAuthClientCredentials credentials) =>
        new(services.Http, services.AttemptTimeout ?? settings.Timeout, services.Retry, services.Breakers,
            DriverLog.Create(settings.LogFile, settings.LogVerbosity, [credentials.ClientSecret, credentials.RefreshToken]));

    private static async Task<AccessToken> SignInAsync(TokenBroker broker, ZohoTransport transport, CancellationToken cancellationToken)
    {
        try
        {
            return await broker.GetAsync(transport, connecting: true, cancellationToken).ConfigureAwait(false);
        }
        catch (TokenRefusedException refused)
        {
            throw refused.ToZohoOdbcException();
        }
    }

    /// <summary>The grant stored for ClientId when the settings carry neither secret, else the one they give.</summary>
    private static OAuthClientCredentials StoredOrGiven(ConnectionSettings settings, string accountsUrl, MachineTokenStore store)
    {
        if (settings.ClientId is { } clientId && settings.ClientSecret is null && settings.RefreshToken is null)
        {
            if (store.LoadCredentials(clientId, settings.OrganizationId) is { } stored) return settings.AccountsUrl is null ? stored : stored with { AccountsUrl = accountsUrl };
            throw new ZohoOdbcException(SqlStates.InvalidAuthorization,
                $"No grant is stored for ClientId '{clientId}' for this user on this machine: sign in again (zoho-odbc setup), " +
                "or give ClientSecret and RefreshToken.");
        }
        return Given(settings, accountsUrl);
    }

    private static OAuthClientCredentials Given(ConnectionSettings settings, string accountsUrl)
    {
        var missing = new[] { ("ClientId", settings.ClientId), ("ClientSecret", settings.ClientSecret), ("RefreshToken", settings.RefreshToken) }
            .Where(k => string.IsNullOrWhiteSpace(k.Item2)).Select(k => k.Item1).ToArray();
        if (missing.Length > 0)
            throw new ZohoOdbcException(SqlStates.InvalidAuthorization,
                $"{string.Join(", ", missing)} {(missing.Length == 1 ? "is" : "are")} missing: the Zoho API console gives the client id and secret, " +
                "and a grant code that turns into the refresh token.");
        return new OAuthClientCredentials(accountsUrl, settings.ClientId!, settings.ClientSecret!, settings.RefreshToken!);
    }
}
