using ZohoOdbc.Core;
using ZohoOdbc.Core.Zoho;
using ZohoOdbc.Driver.Connection;
using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Handles;

/// <summary>An ODBC connection: one Core session, its statements and its attributes.</summary>
internal sealed partial class OdbcConnection(OdbcEnvironment environment) : OdbcHandle(HandleType.Connection)
{
    private readonly List<OdbcStatement> statements = [];
    private ConnectionSettings? settings;
    private volatile Session? session;

    public OdbcEnvironment Environment { get; } = environment;

    public string? DataSourceName { get; private set; }

    public bool IsConnected => session is not null;

    /// <summary>The open session; 08003 when the connection is not open.</summary>
    public Session Session => session ?? throw new OdbcException(OdbcStates.ConnectionNotOpen, "The connection is not open.");

    public override string ComponentPrefix =>
        settings is null ? DriverIdentity.Vendor : $"{DriverIdentity.Vendor}[{ProductName}]";

    /// <summary>"Zoho Books" or "Zoho Invoice": the DBMS name and the data source component of messages.</summary>
    public string ProductName => settings?.Product == ZohoProduct.Invoice ? "Zoho Invoice" : "Zoho Books";

    /// <summary>The Zoho REST API generation the driver speaks (…/books/v3, …/invoice/v3).</summary>
    public string ApiVersion => "03.00.0000";

    public string ServerName
    {
        get
        {
            if (settings is null) return "";
            var url = settings.ApiUrl ?? ZohoRegion.ApiDomain(settings.Region);
            return Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : url;
        }
    }

    /// <summary>The organization stands in for the database: its name, or its id when it has none.</summary>
    public string DatabaseName => session?.Organization is { } organization
        ? (string.IsNullOrEmpty(organization.Name) ? organization.Id : organization.Name)
        : "";

    /// <summary>
    /// Opens the Core session. Unknown keywords are 01S00 warnings, never errors; a login
    /// timeout set by the application bounds the whole sign-in.
    /// </summary>
    public void Open(ConnectionRequest request)
    {
        if (session is not null) throw new OdbcException(OdbcStates.ConnectionInUse, "The connection is already open.");

        settings = ConnectionSettings.Parse(request.Values, out var unknownKeywords);
        DataSourceName = request.DataSourceName;
        foreach (var keyword in unknownKeywords)
            Diagnostics.Add(OdbcStates.InvalidConnectionStringAttribute, $"The connection keyword '{keyword}' is not known and was ignored.");

        using var timeout = new CancellationTokenSource();
        if (LoginTimeoutSeconds > 0) timeout.CancelAfter(TimeSpan.FromSeconds(LoginTimeoutSeconds));
        try
        {
            session = Session.Open(settings, timeout.Token);
        }
        catch (Exception stopped) when (QueryCancellation.IsCancellation(stopped) && timeout.IsCancellationRequested)
        {
            throw new OdbcException(OdbcStates.Timeout, $"Signing in to {ProductName} took longer than the login timeout of {LoginTimeoutSeconds} s.");
        }
    }

    public void Disconnect()
    {
        if (session is null) throw new OdbcException(OdbcStates.ConnectionNotOpen, "The connection is not open.");
        Close();
    }

    public OdbcStatement AllocateStatement()
    {
        if (session is null) throw new OdbcException(OdbcStates.ConnectionNotOpen, "The connection is not open.");
        var statement = new OdbcStatement(this);
        lock (statements) statements.Add(statement);
        return statement;
    }

    public void Forget(OdbcStatement statement)
    {
        lock (statements) statements.Remove(statement);
    }

    protected override void ReleaseResources()
    {
        Close();
        Environment.Forget(this);
    }

    /// <summary>Frees the statements and ends the session (SQLDisconnect frees statements too).</summary>
    private void Close()
    {
        OdbcStatement[] children;
        lock (statements) children = [.. statements];
        foreach (var statement in children) statement.Free();
        session?.Dispose();
        session = null;
    }
}
