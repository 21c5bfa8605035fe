using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ZohoOdbc.Core.Zoho.Json;

namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// Authenticated GETs against one organization's Books or Invoice API. Checks Zoho's envelope (any
/// non-zero <c>code</c> is a failure, whatever the HTTP status) and replaces a rejected access token once.
/// </summary>
internal sealed class ZohoApiClient
{
    private const string InvoiceOrganizationHeader = "X-com-zoho-invoice-organizationid";

    private readonly ZohoTransport transport;
    private readonly OAuthTokenClient tokens;
    private readonly ZohoProduct product;

    public ZohoApiClient(ZohoTransport transport, OAuthTokenClient tokens, string apiBase, ZohoProduct product)
    {
        this.transport = transport;
        this.tokens = tokens;
        this.product = product;
        ApiBase = apiBase;
    }

    /// <summary>e.g. https://www.zohoapis.eu/books/v3</summary>
    public string ApiBase { get; }

    /// <summary>Sent with every call once the organization is chosen.</summary>
    public string? OrganizationId { get; set; }

    public string Scope(string module) => $"{(product == ZohoProduct.Invoice ? "ZohoInvoice" : "ZohoBooks")}.{module}.READ";

    public async Task<IReadOnlyList<OrganizationEntry>> GetOrganizationsAsync(CancellationToken cancellationToken)
    {
        using var document = await GetAsync("/organizations", [], "settings", connecting: true, cancellationToken).ConfigureAwait(false);
        var answer = document.RootElement.Deserialize(ZohoJsonContext.Default.OrganizationListResponse);
        return answer?.Organizations ?? [];
    }

    /// <summary>GET {ApiBase}{path}?{query}; returns the parsed body of a successful answer.</summary>
    public async Task<JsonDocument> GetAsync(string path, IReadOnlyList<KeyValuePair<string, string>> query, string scopeModule,
        bool connecting, CancellationToken cancellationToken)
    {
        var uri = BuildUri(path, query);
        var token = await tokens.GetAsync(connecting, cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            using var response = await transport.SendAsync(HttpMethod.Get, uri, request =>
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Zoho-oauthtoken", token.Value);
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                if (product == ZohoProduct.Invoice && OrganizationId is not null)
                    request.Headers.Add(InvoiceOrganizationHeader, OrganizationId);
            }, connecting, cancellationToken).ConfigureAwait(false);

            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var document = TryParse(body);
            var code = document is not null && document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("code", out var c) && c.TryGetInt32(out var n) ? n : (int?)null;

            if (response.IsSuccessStatusCode && document is not null && (code ?? 0) == 0)
                return document;

            var message = document is not null && document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            document?.Dispose();

            // An access token can die before its expiry (revoked, or the 31st token of the grant): get a new one, once.
            if (code == ZohoApiErrors.NotAuthorized && response.StatusCode == HttpStatusCode.Unauthorized && attempt == 1)
            {
                token = await tokens.ReplaceRejectedAsync(token, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (code is null or 0)
                throw new ZohoOdbcException(connecting ? SqlStates.UnableToConnect : SqlStates.GeneralError,
                    $"{uri.Authority} answered {path} with HTTP {(int)response.StatusCode} {response.ReasonPhrase} and no Zoho error code. " +
                    $"Check that ApiUrl points at the Zoho API ({ApiBase}).");
            throw ZohoApiErrors.ToException(code.Value, message, (int)response.StatusCode, path, Scope(scopeModule));
        }
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

    private static JsonDocument? TryParse(byte[] body)
    {
        if (body.Length == 0) return null;
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
