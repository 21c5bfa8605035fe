using System.Text;
using System.Text.Encodings.Web;
using ZohoOdbc.Emulator.Auth;
using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Api;

/// <summary>
/// GET /oauth/v2/auth: Zoho's consent page, reduced to one click. It lists the emulator's users (every DC, as Zoho's
/// multi-DC sign-in does); "Accept" posts to /oauth/v2/auth/approve, which redirects to redirect_uri with
/// <c>code</c>, <c>location</c>, <c>accounts-server</c> and <c>state</c>. "Deny" redirects with error=access_denied.
/// </summary>
internal static class AuthorizationPage
{
    public static void Map(IEndpointRouteBuilder routes, TokenStore tokens, EmulatorDirectory directory, ServerAddress server)
    {
        routes.MapGet("/oauth/v2/auth", context =>
        {
            IQueryCollection query = context.Request.Query;
            if (Validate(query["client_id"], query["response_type"], query["redirect_uri"], query["scope"], directory) is { } problem)
            {
                return ErrorPage(context, problem);
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync(ConsentHtml(context, directory));
        });

        routes.MapPost("/oauth/v2/auth/approve", async context =>
        {
            var parameters = await OAuthParameters.ReadAsync(context.Request);
            string? problem = Validate(parameters.Get("client_id"), "code", parameters.Get("redirect_uri"), parameters.Get("scope"), directory);
            EmulatorUser? user = directory.FindUser(parameters.Get("user_id") ?? "");
            if (problem is null && user is null)
            {
                problem = "Unknown user";
            }

            if (problem is not null)
            {
                await ErrorPage(context, problem);
                return;
            }

            string redirectUri = parameters.Get("redirect_uri")!;
            string? state = parameters.Get("state");
            if (parameters.Get("decision") == "deny")
            {
                context.Response.Redirect(WithQuery(redirectUri, ("error", "access_denied"), ("state", state)));
                return;
            }

            OAuthClient client = directory.FindClient(parameters.Get("client_id")!)!;
            bool offline = !string.Equals(parameters.Get("access_type"), "online", StringComparison.OrdinalIgnoreCase);
            string code = tokens.CreateCode(client, user!, parameters.Get("scope")!, redirectUri, offline);
            context.Response.Redirect(WithQuery(redirectUri,
                ("code", code), ("location", user!.DataCentre.Location), ("accounts-server", user.DataCentre.UrlOn(server.BaseUrl)), ("state", state)));
        });
    }

    private static string? Validate(string? clientId, string? responseType, string? redirectUri, string? scope, EmulatorDirectory directory)
    {
        OAuthClient? client = directory.FindClient(clientId ?? "");
        if (client is null)
        {
            return "Invalid Client";
        }

        if (responseType != "code")
        {
            return "Invalid response_type";
        }

        if (string.IsNullOrEmpty(redirectUri) || !client.AcceptsRedirect(redirectUri))
        {
            return "Invalid Redirect Uri";
        }

        return string.IsNullOrWhiteSpace(scope) ? "Invalid OAuth Scope" : null;
    }

    private static Task ErrorPage(HttpContext context, string problem)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($"<!DOCTYPE html><html><head><title>Error</title></head><body><h1>{HtmlEncoder.Default.Encode(problem)}</h1></body></html>");
    }

    private static string ConsentHtml(HttpContext context, EmulatorDirectory directory)
    {
        HtmlEncoder html = HtmlEncoder.Default;
        IQueryCollection query = context.Request.Query;
        string action = context.Request.PathBase + "/oauth/v2/auth/approve";
        DataCentre here = DataCentreRouting.Of(context);
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Emulated Zoho Accounts</title></head><body>");
        page.Append("<h1>Emulated Zoho Accounts</h1>");
        page.Append("<p>").Append(html.Encode(directory.FindClient(query["client_id"]!)!.Name)).Append(" would like to access: <code>")
            .Append(html.Encode(query["scope"].ToString())).Append("</code></p>");

        // The user of this DC first, so that the first "Accept" is the natural one-click choice.
        foreach (EmulatorUser user in directory.Users.OrderBy(u => u.DataCentre == here ? 0 : 1))
        {
            page.Append("<form method=\"post\" action=\"").Append(html.Encode(action)).Append("\">");
            foreach (string name in (string[])["client_id", "redirect_uri", "scope", "state", "access_type"])
            {
                page.Append("<input type=\"hidden\" name=\"").Append(name).Append("\" value=\"").Append(html.Encode(query[name].ToString())).Append("\">");
            }

            page.Append("<input type=\"hidden\" name=\"user_id\" value=\"").Append(user.UserId).Append("\">")
                .Append("<p>").Append(html.Encode(user.Name)).Append(" &lt;").Append(html.Encode(user.Email)).Append("&gt; (")
                .Append(user.DataCentre.Code).Append(", ").Append(user.OrganizationIds.Count).Append(" organization(s)) ")
                .Append("<button type=\"submit\" name=\"decision\" value=\"accept\">Accept</button> ")
                .Append("<button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button></p></form>");
        }

        page.Append("</body></html>");
        return page.ToString();
    }

    private static string WithQuery(string uri, params (string Name, string? Value)[] parameters)
    {
        var builder = new StringBuilder(uri);
        char separator = uri.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        foreach (var (name, value) in parameters)
        {
            if (value is null)
            {
                continue;
            }

            builder.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return builder.ToString();
    }
}
