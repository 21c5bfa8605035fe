using System.Text;
using ZohoOdbc.Core.Logging;
using ZohoOdbc.Core.Zoho.Http;

namespace ZohoOdbc.Core.Zoho.Auth;

/// <summary>
/// OAuth help for setting up a DSN, the operations commercial drivers offer as stored procedures
/// (GetOAuthAuthorizationURL, GetOAuthAccessToken): make the consent-page URL, then exchange the grant code
/// Zoho redirects back with for a refresh token. Both take the DSN's settings (ClientId, ClientSecret, Region
/// or AccountsUrl, Timeout, LogFile) and need no session.
/// </summary>
public static class OAuthHelper
{
    /// <summary>Read access to what the driver's tables need, plus settings (the organization list).</summary>
    public static string DefaultScope(ZohoProduct product)
    {
        var prefix = product == ZohoProduct.Invoice ? "ZohoInvoice" : "ZohoBooks";
        var modules = EntityCatalog.For(product).Entities.Select(e => e.ScopeModule).Append("settings").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return string.Join(",", modules.Select(m => $"{prefix}.{m}.READ"));
    }

    /// <summary>
    /// The URL of Zoho's consent page: <c>{accounts}/oauth/v2/auth?scope=…&amp;client_id=…&amp;response_type=code&amp;redirect_uri=…&amp;access_type=offline&amp;prompt=consent</c>.
    /// offline and consent make Zoho return a refresh token even if the user consented before. Zoho redirects to
    /// <paramref name="redirectUri"/> with <c>code</c>, <c>location</c> and <c>accounts-server</c>; pass code and accounts-server to
    /// <see cref="ExchangeCode"/> within two minutes.
    /// </summary>
    public static string AuthorizationUrl(ConnectionSettings settings, string redirectUri, string? scope = null, string? state = null)
    {
        var clientId = settings.ClientId ?? throw Missing("ClientId", "the authorization URL");
        ValidateRedirect(redirectUri);
        var accounts = AccountsServer(settings, DataCentres.Zoho, accountsServer: null);
        var url = new StringBuilder(accounts).Append("/oauth/v2/auth")
            .Append("?scope=").Append(Uri.EscapeDataString(scope ?? DefaultScope(settings.Product)))
            .Append("&client_id=").Append(Uri.EscapeDataString(clientId))
            .Append("&response_type=code")
            .Append("&redirect_uri=").Append(Uri.EscapeDataString(redirectUri))
            .Append("&access_type=offline&prompt=consent");
        if (!string.IsNullOrEmpty(state)) url.Append("&state=").Append(Uri.EscapeDataString(state));
        return url.ToString();
    }

    /// <summary>
    /// Exchanges the grant <paramref name="code"/> (from the redirect) for a refresh token at the account's accounts server:
    /// <paramref name="accountsServer"/> as the redirect gave it (accepted only if it is a Zoho accounts server or AccountsUrl),
    /// else AccountsUrl or Region's. The client secret and refresh token are then kept in the user's encrypted token store,
    /// and the access token too, so the first connection needs no new token. Throws ZohoOdbcException 28000 when Zoho refuses
    /// (expired or used code, wrong redirect URI, wrong secret).
    /// </summary>
    public static OAuthGrant ExchangeCode(ConnectionSettings settings, string code, string redirectUri, string? accountsServer = null,
        CancellationToken cancellationToken = default)
    {
        try
        {
            return ExchangeCodeAsync(settings, SessionServices.Process, code, redirectUri, accountsServer, cancellationToken).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw ZohoTransport.Cancelled();
        }
    }

    internal static async Task<OAuthGrant> ExchangeCodeAsync(ConnectionSettings settings, SessionServices services, string code, string redirectUri,
        string? accountsServer, CancellationToken cancellationToken)
    {
        var clientId = settings.ClientId ?? throw Missing("ClientId", "the code exchange");
        var clientSecret = settings.ClientSecret ?? throw Missing("ClientSecret", "the code exchange");
        if (string.IsNullOrWhiteSpace(code)) throw new ZohoOdbcException(SqlStates.InvalidConnectionAttribute, "The grant code is empty: give the code= value of the redirect.");
        ValidateRedirect(redirectUri);
        var accounts = AccountsServer(settings, services.DataCentres, accountsServer);

        var log = DriverLog.Create(settings.LogFile, settings.LogVerbosity, [clientSecret, code]);
        var transport = new ZohoTransport(services.Http, services.AttemptTimeout ?? settings.Timeout, services.Retry, services.Breakers, log);
        Json.TokenResponse answer;
        try
        {
            answer = await OAuthTokenEndpoint.ExchangeCodeAsync(transport, accounts, clientId, clientSecret, code.Trim(), redirectUri, cancellationToken).ConfigureAwait(false);
        }
        catch (TokenRefusedException refused) when (refused.Error == TokenRefusedException.InvalidCode)
        {
            throw new ZohoOdbcException(SqlStates.InvalidAuthorization,
                $"Zoho Accounts at {accounts} refused the grant code (invalid_code): a code works once, for two minutes, at the accounts server " +
                "of the account's data centre (the redirect's accounts-server). Open the authorization URL again and exchange the new code at once.");
        }
        catch (TokenRefusedException refused)
        {
            throw refused.ToZohoOdbcException();
        }

        if (answer.RefreshToken is not { Length: > 0 } refreshToken)
            throw new ZohoOdbcException(SqlStates.InvalidAuthorization,
                "Zoho returned an access token but no refresh token: the authorization URL must ask for access_type=offline and prompt=consent " +
                "(OAuthHelper.AuthorizationUrl does). Open it again and exchange the new code.");

        var credentials = new OAuthClientCredentials(accounts, clientId, clientSecret, refreshToken);
        var stored = false;
        var (brokers, warning) = services.Tokens;
        if (warning is null)
        {
            brokers.Store.SaveCredentials(credentials);
            stored = true;
        }
        brokers.For(credentials).Adopt(OAuthTokenEndpoint.ToAccessToken(answer, services.Clock));
        log.Info($"oauth: grant code exchanged at {accounts} for client {clientId}{(stored ? "; client secret and refresh token stored" : "")}");
        return new OAuthGrant(refreshToken, accounts, services.DataCentres.RegionOfAccountsServer(accounts), answer.ApiDomain, answer.Scope, stored);
    }

    /// <summary>
    /// The redirect's accounts-server only when it is one of Zoho's (or the configured AccountsUrl): the client secret goes there,
    /// so a URL crafted by someone else must not be trusted.
    /// </summary>
    private static string AccountsServer(ConnectionSettings settings, DataCentres dataCentres, string? accountsServer)
    {
        var configured = ServerUrlPolicy.Validate(settings.AccountsUrl ?? dataCentres.AccountsServer(settings.Region),
            settings.AccountsUrl is null ? $"The accounts server of Region {settings.Region}" : "AccountsUrl");
        if (string.IsNullOrWhiteSpace(accountsServer)) return configured;
        var given = accountsServer.Trim().TrimEnd('/');
        if (string.Equals(given, configured, StringComparison.OrdinalIgnoreCase)) return configured;
        if (dataCentres.RegionOfAccountsServer(given) is not null) return ServerUrlPolicy.Validate(given, "accounts-server");
        throw new ZohoOdbcException(SqlStates.InvalidConnectionAttribute,
            $"accounts-server '{accountsServer}' is not one of Zoho's accounts servers ({string.Join(", ", dataCentres.Codes.Select(dataCentres.AccountsServer))}): " +
            "the client secret is sent only to those, or to AccountsUrl.");
    }

    private static void ValidateRedirect(string redirectUri)
    {
        if (!Uri.TryCreate(redirectUri, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new ZohoOdbcException(SqlStates.InvalidConnectionAttribute,
                $"The redirect URI '{redirectUri}' is not valid: give the absolute http(s) URL registered for the client in the Zoho API console.");
    }

    private static ZohoOdbcException Missing(string keyword, string purpose) =>
        new(SqlStates.InvalidAuthorization, $"{keyword} is missing: {purpose} needs it (from the Zoho API console).");
}
