using ZohoOdbc.Cli.Odbc;
using ZohoOdbc.Cli.Setup;
using ZohoOdbc.Core.Zoho.Auth;

namespace ZohoOdbc.Cli.Commands;

/// <summary>
/// <c>zoho-odbc setup</c>: the setup page in the browser (default), or, with --code or --refresh-token, the same
/// steps from the command line for scripts: exchange or check the grant, store it encrypted, pick the organization,
/// write the DSN through the driver manager, and run a test query.
/// </summary>
internal static class SetupCommand
{
    public const int DefaultPort = 28765;

    private static readonly string[] Options =
    [
        "dsn", "description", "driver", "product", "region", "client-id", "client-secret", "accounts-url", "api-url",
        "organization", "cache-mode", "cache-ttl", "cache-path", "port", "redirect-uri", "code", "accounts-server", "refresh-token",
    ];

    private static readonly string[] Flags = ["system", "user", "no-browser"];

    public static async Task<int> RunAsync(IEnumerable<string> args, CancellationToken cancellationToken)
    {
        var line = CommandLine.Parse(args, Options, Flags);
        line.AtMost(0);
        var request = Request(line);
        var redirectUri = RedirectUri(line);
        var code = SecretInput.Read(line, "code", "ZOHOODBC_GRANT_CODE");
        var refreshToken = SecretInput.Read(line, "refresh-token", "ZOHOODBC_REFRESH_TOKEN");
        if (code is not null || refreshToken is not null)
            return Scripted(line, request with { ClientSecret = SecretInput.Read(line, "client-secret", "ZOHOODBC_CLIENT_SECRET") }, redirectUri, code, refreshToken, cancellationToken);
        return await InteractiveAsync(line, request, redirectUri, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> InteractiveAsync(CommandLine line, SetupRequest request, Uri redirectUri, CancellationToken cancellationToken)
    {
        if (line.Option("client-secret") is not null)
            throw new UsageException("The setup page asks for the client secret itself; --client-secret is for scripted setups (with --code or --refresh-token).");
        if (redirectUri.AbsolutePath != SetupServer.CallbackPath || !redirectUri.IsLoopback || redirectUri.Scheme != Uri.UriSchemeHttp)
            throw new UsageException($"The setup page serves Zoho's redirect itself, so --redirect-uri must be http://127.0.0.1:PORT{SetupServer.CallbackPath} (or localhost).");

        var flow = new SetupFlow(request, redirectUri.ToString());
        await using var server = await SetupServer.StartAsync(flow, redirectUri, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"Setup page: {server.PageUrl}");
        Console.WriteLine($"Zoho sends you back to {redirectUri}: it must be an Authorized Redirect URI of your client in the Zoho API console.");
        if (line.Flag("no-browser") || !BrowserLauncher.TryOpen(server.PageUrl))
            Console.WriteLine("Open the address above in your browser. Press Ctrl+C to stop.");
        else
            Console.WriteLine("Your browser shows the page now. Press Ctrl+C to stop.");

        try
        {
            await server.Done.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: report what was done so far.
        }

        if (flow.Outcome is { } outcome)
        {
            ConsoleReport.Outcome(outcome);
            return outcome.Succeeded ? 0 : 1;
        }
        Console.Error.WriteLine("Setup ended before a data source was saved; nothing was written.");
        return 1;
    }

    private static int Scripted(CommandLine line, SetupRequest request, Uri redirectUri, string? code, string? refreshToken, CancellationToken cancellationToken)
    {
        if (code is not null && refreshToken is not null) throw new UsageException("Give either --code or --refresh-token, not both.");
        if (request.Validate(redirectUri.ToString(), needSecret: true) is { } problem) throw new SetupProblemException(problem);

        OAuthGrant grant;
        try
        {
            grant = code is not null
                ? OAuthHelper.ExchangeCode(request.Settings(withSecret: true), code, redirectUri.ToString(), line.Option("accounts-server"), cancellationToken)
                : OAuthSetup.StoreGrant(request.Settings(withSecret: true, refreshToken: refreshToken), cancellationToken);
        }
        catch (Core.ZohoOdbcException e)
        {
            throw new SetupProblemException(SetupProblems.SignIn(e, redirectUri.ToString()), e);
        }
        request = request with { ClientSecret = null };

        SignedInAccount account;
        try
        {
            account = SetupSteps.AfterGrant(request, grant, cancellationToken);
        }
        catch (Core.ZohoOdbcException e)
        {
            throw new SetupProblemException(SetupProblems.SignIn(e, redirectUri.ToString()), e);
        }

        var organizationId = line.Option("organization") ?? (account.Organizations.Count == 1 ? account.Organizations[0].Id
            : throw new SetupProblemException(new("Choose the organization",
                $"This Zoho account can use {account.Organizations.Count} organizations: " +
                string.Join(", ", account.Organizations.Select(o => $"{o.Id} ({o.Name})")) + ".",
                "Run the command again with --organization ID.")));
        var outcome = SetupSteps.Save(request, account, organizationId, cancellationToken);
        ConsoleReport.Outcome(outcome);
        return outcome.Succeeded ? 0 : 1;
    }

    /// <summary>Defaults, then the existing DSN of that name (when there is one), then the options given.</summary>
    private static SetupRequest Request(CommandLine line)
    {
        var request = new SetupRequest { DataSourceName = line.Option("dsn") ?? "ZohoBooks" };
        if (DataSourceDefinition.NameProblem(request.DataSourceName) is null && DataSources.Find(request.DataSourceName, Connection.DataSourceSettings.Keywords) is { } existing)
            request = SetupRequests.WithDataSource(request, existing);
        if (line.Flag("system") && line.Flag("user")) throw new UsageException("Give --system or --user, not both.");
        return request with
        {
            Description = line.Option("description") ?? request.Description,
            Driver = line.Option("driver") ?? request.Driver,
            Product = line.Option("product") ?? request.Product,
            Region = line.Option("region")?.ToUpperInvariant() ?? request.Region,
            ClientId = line.Option("client-id") ?? request.ClientId,
            AccountsUrl = line.Option("accounts-url") ?? request.AccountsUrl,
            ApiUrl = line.Option("api-url") ?? request.ApiUrl,
            CacheMode = line.Option("cache-mode") ?? request.CacheMode,
            CacheTtl = line.Option("cache-ttl") ?? request.CacheTtl,
            CachePath = line.Option("cache-path") ?? request.CachePath,
            Scope = line.Flag("system") ? DsnScope.System : line.Flag("user") ? DsnScope.User : request.Scope,
        };
    }

    private static Uri RedirectUri(CommandLine line)
    {
        if (line.Option("redirect-uri") is { } given)
        {
            if (line.Option("port") is not null) throw new UsageException("Give --redirect-uri or --port, not both.");
            return Uri.TryCreate(given, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                ? uri
                : throw new UsageException($"--redirect-uri '{given}' is not an absolute http(s) URL.");
        }
        return new Uri(SetupServer.RedirectUri("127.0.0.1", line.IntOption("port", DefaultPort, 1, 65535)));
    }
}
