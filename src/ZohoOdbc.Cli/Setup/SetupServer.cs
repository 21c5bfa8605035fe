using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Json;

namespace ZohoOdbc.Cli.Setup;

/// <summary>
/// The setup page on 127.0.0.1 (Kestrel, NativeAOT). Only the browser that opened the one-time address the command
/// printed gets in: it trades the token in that address for an HttpOnly cookie, and every API call must carry that
/// cookie and a custom header (which a cross-site form or script cannot send without a CORS grant this server never
/// gives). The Host header must name this server, which stops DNS-rebinding pages. Zoho's redirect to /callback is
/// accepted only with the state of this page's pending request.
/// </summary>
internal sealed class SetupServer : IAsyncDisposable
{
    public const string CallbackPath = "/callback";
    private const string CookieName = "zohoodbc-setup";
    private const string ApiHeader = "X-ZohoOdbc-Setup";

    private readonly WebApplication app;
    private readonly SetupFlow flow;
    private readonly string accessToken = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly HashSet<string> allowedHosts;

    private SetupServer(WebApplication app, SetupFlow flow, Uri origin)
    {
        this.app = app;
        this.flow = flow;
        Origin = origin;
        allowedHosts = new(StringComparer.OrdinalIgnoreCase) { $"127.0.0.1:{origin.Port}", $"localhost:{origin.Port}", $"[::1]:{origin.Port}" };
    }

    /// <summary>http://127.0.0.1:PORT (or the host of the redirect URI, when it is localhost).</summary>
    public Uri Origin { get; }

    /// <summary>The one-time address to open: it logs the browser in to this page.</summary>
    public string PageUrl => $"{Origin.GetLeftPart(UriPartial.Authority)}/?t={accessToken}";

    /// <summary>Completes when a DSN was saved and tested, or the page's Close button was pressed.</summary>
    public Task Done => done.Task;

    /// <summary>The redirect URI Zoho sends the browser back to, for a page on <paramref name="host"/>:<paramref name="port"/>.</summary>
    public static string RedirectUri(string host, int port) => $"http://{host}:{port}{CallbackPath}";

    /// <summary>Starts listening on the loopback port of <paramref name="redirectUri"/>; throws SetupProblemException when the port is taken.</summary>
    public static async Task<SetupServer> StartAsync(SetupFlow flow, Uri redirectUri, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, redirectUri.Port);
            if (redirectUri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) && System.Net.Sockets.Socket.OSSupportsIPv6) kestrel.Listen(IPAddress.IPv6Loopback, redirectUri.Port);
        });
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, SetupJsonContext.Default));
        var app = builder.Build();
        var server = new SetupServer(app, flow, new Uri(redirectUri.GetLeftPart(UriPartial.Authority)));
        server.Map();
        // SIGTERM and Ctrl+C stop the host: the command then ends as if the page were closed.
        app.Lifetime.ApplicationStopping.Register(() => server.done.TrySetResult());
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new SetupProblemException(new($"Port {redirectUri.Port} on 127.0.0.1 is in use", e.Message,
                $"Close the program using it (another zoho-odbc setup?), or pass --port N and register http://127.0.0.1:N{CallbackPath} as a redirect URI of the Zoho client."), e);
        }
        return server;
    }

    private void Map()
    {
        app.Use(async (context, next) =>
        {
            if (!allowedHosts.Contains(context.Request.Host.Value ?? ""))
            {
                context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
                return;
            }
            var headers = context.Response.Headers;
            headers.CacheControl = "no-store";
            headers["Referrer-Policy"] = "no-referrer";
            headers["X-Frame-Options"] = "DENY";
            headers["X-Content-Type-Options"] = "nosniff";
            headers.ContentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'; form-action 'self'";
            await next(context).ConfigureAwait(false);
        });

        app.MapGet("/", Page);
        app.MapGet("/setup.js", context => Asset(context, "setup.js", "text/javascript; charset=utf-8"));
        app.MapGet("/setup.css", context => Asset(context, "setup.css", "text/css; charset=utf-8"));
        app.MapGet(CallbackPath, Callback);
        app.MapGet("/api/state", context => Api(context, () => State(context)));
        app.MapPost("/api/authorize", context => Api(context, () => AuthorizeAsync(context)));
        app.MapPost("/api/finish", context => Api(context, () => FinishAsync(context)));
        app.MapPost("/api/restart", context => Api(context, () =>
        {
            flow.Restart();
            return State(context);
        }));
        app.MapPost("/api/close", context => Api(context, () =>
        {
            context.Response.OnCompleted(Finish);
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        }));
    }

    private Task Page(HttpContext context)
    {
        if (context.Request.Query["t"].ToString() is { Length: > 0 } token)
        {
            if (!Matches(token)) return Forbidden(context);
            context.Response.Cookies.Append(CookieName, accessToken,
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Path = "/", IsEssential = true });
            context.Response.Redirect("/", permanent: false);
            return Task.CompletedTask;
        }
        return HasCookie(context) ? Asset(context, "index.html", "text/html; charset=utf-8") : Forbidden(context);
    }

    private Task Callback(HttpContext context)
    {
        var query = context.Request.Query;
        flow.CompleteSignIn(name => query.TryGetValue(name, out var value) ? value.ToString() : null, context.RequestAborted);
        context.Response.Redirect("/", permanent: false);
        return Task.CompletedTask;
    }

    private Task State(HttpContext context) => context.Response.WriteAsJsonAsync(flow.Snapshot(), SetupJsonContext.Default.StateModel);

    private async Task AuthorizeAsync(HttpContext context)
    {
        var form = await context.Request.ReadFromJsonAsync(SetupJsonContext.Default.FormModel, context.RequestAborted).ConfigureAwait(false) ?? new FormModel();
        try
        {
            var url = flow.Authorize(form);
            await context.Response.WriteAsJsonAsync(new AuthorizeModel { AuthorizationUrl = url }, SetupJsonContext.Default.AuthorizeModel).ConfigureAwait(false);
        }
        catch (SetupProblemException)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await State(context).ConfigureAwait(false);
        }
    }

    private async Task FinishAsync(HttpContext context)
    {
        var choice = await context.Request.ReadFromJsonAsync(SetupJsonContext.Default.FinishModel, context.RequestAborted).ConfigureAwait(false);
        try
        {
            var outcome = flow.Finish(choice?.OrganizationId, context.RequestAborted);
            // The page has all it shows once this answer arrives: a tested DSN ends the command.
            if (outcome.Succeeded) context.Response.OnCompleted(Finish);
        }
        catch (SetupProblemException)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        await State(context).ConfigureAwait(false);
    }

    /// <summary>Ends the command once the answer that finished the setup has reached the browser.</summary>
    private Task Finish()
    {
        done.TrySetResult();
        return Task.CompletedTask;
    }

    private Task Api(HttpContext context, Func<Task> handler)
    {
        if (!HasCookie(context) || context.Request.Headers[ApiHeader] != "1")
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }
        return handler();
    }

    private bool HasCookie(HttpContext context) => context.Request.Cookies.TryGetValue(CookieName, out var value) && value is not null && Matches(value);

    private bool Matches(string token) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(token), Encoding.ASCII.GetBytes(accessToken));

    private static Task Forbidden(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync("<!DOCTYPE html><meta charset=\"utf-8\"><title>ZohoOdbc setup</title>" +
            "<p>This page opens only from the address <code>zoho-odbc setup</code> printed (it holds a one-time key). Open that address again.</p>");
    }

    private static async Task Asset(HttpContext context, string name, string contentType)
    {
        await using var stream = typeof(SetupServer).Assembly.GetManifestResourceStream("setup/" + name)
            ?? throw new InvalidOperationException($"The setup page resource {name} is missing from the build.");
        context.Response.ContentType = contentType;
        await stream.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
