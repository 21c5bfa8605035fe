using ZohoOdbc.Emulator.Auth;
using ZohoOdbc.Emulator.Data;

namespace ZohoOdbc.Emulator.Api;

/// <summary>The checks every API call passes, in Zoho's order: access token (401), then organization (400).</summary>
internal sealed class ApiGuard(TokenStore tokens)
{
    private const string Scheme = "Zoho-oauthtoken ";

    public void Authenticate(HttpRequest request)
    {
        string? header = request.Headers.Authorization;
        if (string.IsNullOrWhiteSpace(header) || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            throw ZohoErrors.NotAuthenticated();
        }

        if (!tokens.IsValidAccessToken(header[Scheme.Length..].Trim()))
        {
            throw ZohoErrors.NotAuthorized();
        }
    }

    public Organization ResolveOrganization(HttpRequest request, ZohoProduct product)
    {
        string? id = OrganizationIdOf(request, product.AcceptsOrganizationHeader);
        if (string.IsNullOrEmpty(id))
        {
            throw ZohoErrors.InvalidValue(ZohoProduct.OrganizationParameter);
        }

        return id == Organization.Emulated.OrganizationId ? Organization.Emulated : throw ZohoErrors.UnknownOrganization(id);
    }

    /// <summary>The organization id a request names, from the query string or (where allowed) the Invoice header.</summary>
    public static string? OrganizationIdOf(HttpRequest request, bool acceptHeader)
    {
        string? id = request.Query[ZohoProduct.OrganizationParameter];
        if (string.IsNullOrEmpty(id) && acceptHeader)
        {
            id = request.Headers[ZohoProduct.OrganizationHeader];
        }

        return id;
    }
}
