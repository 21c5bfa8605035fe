using ZohoOdbc.Cli.Odbc;
using ZohoOdbc.Core;

namespace ZohoOdbc.Cli.Setup;

/// <summary>
/// Turns what Zoho, Core or the driver manager reported into a <see cref="SetupProblem"/>: Core's message (which names the
/// cause) under a title that says which step failed, and advice in terms of the setup page or command line rather than
/// DSN keywords.
/// </summary>
internal static class SetupProblems
{
    public static SetupProblem ConsentDenied(string scopes) => new("Access was denied on Zoho's page",
        "Zoho answered error=access_denied: the Deny button was pressed (or the account may not grant API access), so Zoho issued no grant.",
        $"Press Connect with Zoho again and choose Accept. ZohoOdbc asks only for read access: {scopes}.");

    public static SetupProblem ZohoError(string error, string? description) => new("Zoho did not sign you in",
        $"Zoho's answer was error={error}{(string.IsNullOrEmpty(description) ? "" : ": " + description)}.",
        "Check the client id and that the client is enabled for your data centre in the Zoho API console, then press Connect with Zoho again.");

    public static SetupProblem StaleAnswer() => new("This answer from Zoho is not for the current setup",
        "It carries no state, or the state of an earlier attempt (an old tab, or the back button), so it was ignored.",
        "Press Connect with Zoho again in this page, and accept on Zoho's page within two minutes.");

    public static SetupProblem NoCode() => new("Zoho's answer has no grant code",
        "The page Zoho sent back carried neither code nor error.", "Press Connect with Zoho again.");

    public static SetupProblem NotStored() => new("The grant could not be stored encrypted",
        "The token store in your configuration directory cannot be used, and ZohoOdbc does not write secrets into odbc.ini.",
        "Make sure your home directory is writable (or set ZOHOODBC_CONFIG_DIR to a private folder), then run setup again.");

    public static SetupProblem NoOrganization(string product, string accountsServer) => new($"This Zoho account has no Zoho {product} organization",
        $"Zoho signed you in at {accountsServer}, but the account is not a user of any Zoho {product} organization there.",
        $"Sign in with a user of the organization (press Connect with Zoho again and pick another account), or choose the other product if the organization uses Zoho {(product == "Books" ? "Invoice" : "Books")}.");

    public static SetupProblem UnknownOrganization(string id) => new("Pick one of the organizations listed",
        $"'{id}' is not an organization this account can use.", "Choose an organization from the list and press Save again.");

    /// <summary>An exception from signing in (code exchange, organization list).</summary>
    public static SetupProblem SignIn(Exception e, string redirectUri) => e switch
    {
        SetupProblemException known => known.Problem,
        ZohoOdbcException { SqlState: SqlStates.InvalidAuthorization } z => new("Zoho refused the sign-in", z.Message, SignInAdvice(z.Message, redirectUri)),
        ZohoOdbcException { SqlState: SqlStates.InvalidConnectionAttribute } z when z.Message.Contains("accounts-server", StringComparison.Ordinal) =>
            new("Zoho answered from another data centre", z.Message,
                "Choose the Region your Zoho account lives in (the data centre of the address you signed in at) and clear the Accounts server field, then press Connect with Zoho again."),
        ZohoOdbcException { SqlState: SqlStates.ServerRejectedConnection } z => new("The grant belongs to another data centre", z.Message,
            "Choose the Region named above and press Connect with Zoho again."),
        _ => Connection(e),
    };

    /// <summary>An exception from connecting or querying with the saved settings.</summary>
    public static SetupProblem Connection(Exception e) => e switch
    {
        SetupProblemException known => known.Problem,
        OdbcInstallerException installer => new("The data source could not be saved", installer.Message, "Fix the cause above, then press Save again."),
        DllNotFoundException missing => new("The ODBC driver manager is not installed", missing.Message,
            "Install unixODBC (apt-get install unixodbc odbcinst) and try again."),
        ZohoOdbcException { SqlState: SqlStates.InvalidAuthorization } z => new("Zoho refused the stored grant", z.Message,
            "Run setup again to sign in anew (the grant may have been revoked in Zoho's Connected Apps)."),
        ZohoOdbcException { SqlState: SqlStates.ServerRejectedConnection } z => new("The grant belongs to another data centre", z.Message,
            "Run setup again and choose the Region named above."),
        ZohoOdbcException { SqlState: SqlStates.UnableToConnect or SqlStates.CommunicationLink or SqlStates.Timeout } z => new("Zoho could not be reached or refused the connection", z.Message,
            "Check the network (and a proxy, if any); if the message names an organization or a limit, follow it, then try again."),
        ZohoOdbcException z => new($"The connection failed (SQLSTATE {z.SqlState})", z.Message, "Follow the message above, then try again."),
        _ => new("Something unexpected failed", $"{e.GetType().Name}: {e.Message}", "Try again; if it persists, run with a LogFile set in the DSN and report the log (secrets are masked)."),
    };

    private static string SignInAdvice(string message, string redirectUri)
    {
        if (message.Contains("invalid_client_secret", StringComparison.Ordinal))
            return "Copy the client secret again from the Zoho API console (the client's Client Secret tab), paste it in the form and press Connect with Zoho again.";
        if (message.Contains("invalid_client", StringComparison.Ordinal))
            return "Check the client id, and in the Zoho API console that the client is enabled for your data centre (Settings, Multi-DC), then press Connect with Zoho again.";
        if (message.Contains("invalid_redirect_uri", StringComparison.Ordinal))
            return $"Add {redirectUri} as an Authorized Redirect URI of the client in the Zoho API console, then press Connect with Zoho again.";
        if (message.Contains("invalid_code", StringComparison.Ordinal))
            return "Press Connect with Zoho again and accept on Zoho's page; the grant code works once, for two minutes.";
        return "Check the client id and secret in the Zoho API console, then press Connect with Zoho again.";
    }
}
