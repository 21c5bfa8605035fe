using ZohoOdbc.Emulator.Auth;
using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Api;

/// <summary>
/// The checks every API call passes, in Zoho's order: Authorization header (401 code 14), a live access token of
/// this DC (401 code 57), the scope (401 code 57), then the organization (400 code 2 when missing, 6041 when the
/// user is not in it, which includes every organization of another DC).
/// </summary>
internal sealed class ApiGuard(TokenStore tokens, EmulatorDirectory directory)
{
    private const string Scheme = "Zoho-oauthtoken ";

    public AccessGrant Authenticate(HttpContext context)
    {
        string? token = AccessTokenOf(context.Request);
        if (token is null)
        {
            throw ZohoErrors.NotAuthenticated();
        }

        AccessGrant? grant = tokens.FindAccessToken(token);
        if (grant is null || grant.DataCentre != DataCentreRouting.Of(context))
        {
            throw ZohoErrors.NotAuthorized();
        }

        return grant;
    }

    public static void RequireScope(AccessGrant caller, ZohoProduct product, string module)
    {
        if (!caller.Scopes.AllowsRead(product.ScopePrefix, module))
        {
            throw ZohoErrors.NotAuthorized();
        }
    }

    public HostedOrganization ResolveOrganization(HttpRequest request, ZohoProduct product, AccessGrant caller)
    {
        string? id = OrganizationIdOf(request, product.AcceptsOrganizationHeader);
        if (string.IsNullOrEmpty(id))
        {
            throw ZohoErrors.InvalidValue(ZohoProduct.OrganizationParameter);
        }

        HostedOrganization? organization = directory.FindOrganization(id);
        return organization is not null && organization.DataCentre == caller.DataCentre && caller.User.OrganizationIds.Contains(id)
            ? organization
            : throw ZohoErrors.UnknownOrganization(id);
    }

    /// <summary>The token after "Zoho-oauthtoken ", or null without a usable header.</summary>
    public static string? AccessTokenOf(HttpRequest request)
    {
        string? header = request.Headers.Authorization;
        if (string.IsNullOrWhiteSpace(header) || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string token = header[Scheme.Length..].Trim();
        return token.Length > 0 ? token : null;
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
