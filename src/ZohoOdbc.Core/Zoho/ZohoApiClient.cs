using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ZohoOdbc.Core.Zoho.Auth;
using ZohoOdbc.Core.Zoho.Governor;
using ZohoOdbc.Core.Zoho.Http;
using ZohoOdbc.Core.Zoho.Json;

namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// Authenticated GETs against one organization's Books or Invoice API, through the organization's governor once
/// it is chosen. Books sends the organization as the organization_id parameter, Invoice as its header. Checks
/// Zoho's envelope (any non-zero <c>code</c> is a failure, whatever the HTTP status) and, when Zoho rejects the
/// access token before its expiry (401 code 57 or 14), gets a new one and retries once.
/// </summary>
internal sealed class ZohoApiClient
{
    private const string InvoiceOrganizationHeader = "X-com-zoho-invoice-organizationid";

    private readonly ZohoTransport transport;
    private readonly TokenBroker tokens;
    private readonly ZohoProduct product;

    public ZohoApiClient(ZohoTransport transport, TokenBroker tokens, string apiBase, ZohoProduct product)
    {
        this.transport = transport;
        this.tokens = tokens;
        this.product = product;
        ApiBase = apiBase;
    }

    /// <summary>e.g. https://www.zohoapis.eu/books/v3</summary>
    public string ApiBase { get; }

    /// <summary>The session's log.</summary>
    public Logging.DriverLog Log => transport.Log;

    /// <summary>Sent with every call once the organization is chosen.</summary>
    public string? OrganizationId { get; private set; }

    /// <summary>The organization's governor; null until the organization is chosen (the organization list is not governed).</summary>
    public RateGovernor? Governor { get; private set; }

    public void UseOrganization(string organizationId, RateGovernor governor)
    {
        OrganizationId = organizationId;
        Governor = governor;
    }

    public string Scope(string module) => $"{(product == ZohoProduct.Invoice ? "ZohoInvoice" : "ZohoBooks")}.{module}.READ";

    public async Task<IReadOnlyList<OrganizationEntry>> GetOrganizationsAsync(CancellationToken cancellationToken)
    {
        using var response = await GetAsync("/organizations", [], "settings", connecting: true, cancellationToken).ConfigureAwait(false);
        var answer = response.Json!.RootElement.Deserialize(ZohoJsonContext.Default.OrganizationListResponse);
        return answer?.Organizations ?? [];
    }

    /// <summary>GET {ApiBase}{path}?{query}; returns a successful answer, whose <see cref="ZohoResponse.Json"/> is set.</summary>
    public async Task<ZohoResponse> GetAsync(string path, IReadOnlyList<KeyValuePair<string, string>> query, string scopeModule,
        bool connecting, CancellationToken cancellationToken)
    {
        var uri = BuildUri(path, query);
        try
        {
            var token = await tokens.GetAsync(transport, connecting, cancellationToken).ConfigureAwait(false);
            for (var attempt = 1; ; attempt++)
            {
                var organizationId = OrganizationId;
                var response = await transport.SendAsync(new ZohoCall(HttpMethod.Get, uri, request =>
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Zoho-oauthtoken", token.Value);
                    request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                    if (product == ZohoProduct.Invoice && organizationId is not null)
                        request.Headers.Add(InvoiceOrganizationHeader, organizationId);
                }, (IRequestGate?)Governor ?? OpenGate.Instance, organizationId, connecting), cancellationToken).ConfigureAwait(false);

                if (response.IsSuccess && response.Json is not null && (response.ZohoCode ?? 0) == 0) return response;

                using (response)
                {
                    if (response.StatusCode == 401 && response.ZohoCode is ZohoApiErrors.NotAuthorized or ZohoApiErrors.InvalidAuthentication && attempt == 1)
                    {
                        transport.Log.Info($"token: Zoho refused the access token for {path} (code {response.ZohoCode}); getting a new one");
                        token = await tokens.ReplaceRejectedAsync(transport, token, cancellationToken).ConfigureAwait(false);
                        continue;
                    }
                    throw Failure(response, uri, path, scopeModule, connecting);
                }
            }
        }
        catch (TokenRefusedException refused)
        {
            throw refused.ToZohoOdbcException();
        }
    }

    private ZohoOdbcException Failure(ZohoResponse response, Uri uri, string path, string scopeModule, bool connecting)
    {
        if (response.ZohoCode == ZohoApiErrors.DailyLimitExceeded && Governor is { } governor)
            return governor.QuotaSpent(governor.DailyQuota(), ZohoApiErrors.Says(response.ZohoMessage, response.StatusCode));
        if (response.ZohoCode is { } code and not 0)
            return ZohoApiErrors.ToException(code, response.ZohoMessage, response.StatusCode, path, Scope(scopeModule));
        var what = response.IsBrokenJson ? "a body that is not Zoho's JSON" : "no Zoho error code";
        return new ZohoOdbcException(connecting ? SqlStates.UnableToConnect : SqlStates.GeneralError,
            $"{uri.Authority} answered {path} with HTTP {response.StatusCode} {response.ReasonPhrase} and {what}" +
            (response.StatusCode >= 500 || response.IsBrokenJson ? $", also after {transport.RetrySettings.MaxRetries} retries. Try again later." : $". Check that ApiUrl points at the Zoho API ({ApiBase})."));
    }

    private Uri BuildUri(string path, IReadOnlyList<KeyValuePair<string, string>> query)
    {
        var text = new StringBuilder(ApiBase).Append(path);
        var separator = '?';
        if (product == ZohoProduct.Books && OrganizationId is not null)
        {
            text.Append("?organization_id=").Append(Uri.EscapeDataString(OrganizationId));
            separator = '&';
        }
        foreach (var (name, value) in query)
        {
            text.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }
        return new Uri(text.ToString());
    }
}
