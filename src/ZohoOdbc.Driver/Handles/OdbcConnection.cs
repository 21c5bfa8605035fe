using ZohoOdbc.Core;
using ZohoOdbc.Core.Zoho;
using ZohoOdbc.Driver.Catalog;
using ZohoOdbc.Driver.Connection;
using ZohoOdbc.Driver.Descriptors;
using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Handles;

/// <summary>An ODBC connection: one Core session, its statements and its attributes.</summary>
internal sealed partial class OdbcConnection(OdbcEnvironment environment) : OdbcHandle(HandleType.Connection)
{
    private readonly List<OdbcStatement> statements = [];
    private readonly List<OdbcDescriptor> descriptors = [];
    private ConnectionSettings? settings;
    private volatile Session? session;
    private SchemaModel? schema;

    public OdbcEnvironment Environment { get; } = environment;

    public string? DataSourceName { get; private set; }

    public bool IsConnected => session is not null;

    /// <summary>The open session; 08003 when the connection is not open.</summary>
    public Session Session => session ?? throw new OdbcException(OdbcStates.ConnectionNotOpen, "The connection is not open.");

    public override int OdbcVersion => Environment.OdbcVersion;

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

    /// <summary>The catalog the tables live in (SQL_DATABASE_NAME, SQL_ATTR_CURRENT_CATALOG): the same as every catalog function reports.</summary>
    public string DatabaseName => session?.CatalogName ?? CatalogNames.Catalog;

    /// <summary>What the catalog functions describe: the session's tables, in catalog <c>zoho</c>, schema <c>books</c> / <c>invoice</c>.</summary>
    public SchemaModel Schema
    {
        get
        {
            var open = Session;
            return schema ??= new SchemaModel(open.Tables, open.CatalogName, open.SchemaName);
        }
    }

    /// <summary>A result column as the IRD describes it; a column read from a table names the table's catalog and schema.</summary>
    public ColumnDescriptor Describe(Core.Engine.ResultColumn column)
    {
        var described = ColumnDescriptor.FromResult(column);
        return column.BaseTable is null ? described : described with { BaseCatalog = Schema.Catalog, BaseSchema = Schema.Schema };
    }

    /// <summary>Parses and binds one statement in Core (no API call).</summary>
    public PreparedStatement Prepare(string sql) => new(Session.Prepare(sql));

    /// <summary>Runs a prepared statement with one set of parameter values.</summary>
    public Core.QueryResult Execute(PreparedStatement statement, IReadOnlyList<object?> values, CancellationToken cancellationToken) =>
        statement.Execute(values, cancellationToken);

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

    /// <summary>Whether a statement other than <paramref name="asking"/> has the cursor name <paramref name="name"/>.</summary>
    public bool HasCursorNamed(string name, OdbcStatement asking)
    {
        lock (statements)
            return statements.Any(s => !ReferenceEquals(s, asking) && string.Equals(s.CursorName, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>SQLAllocHandle(SQL_HANDLE_DESC): an application descriptor statements of this connection can use.</summary>
    public OdbcDescriptor AllocateDescriptor()
    {
        if (session is null) throw new OdbcException(OdbcStates.ConnectionNotOpen, "The connection is not open.");
        var descriptor = new OdbcDescriptor(this);
        lock (descriptors) descriptors.Add(descriptor);
        return descriptor;
    }

    public void Forget(OdbcDescriptor descriptor)
    {
        lock (descriptors) descriptors.Remove(descriptor);
    }

    protected override void ReleaseResources()
    {
        Close();
        Environment.Forget(this);
    }

    /// <summary>Frees the statements and explicit descriptors and ends the session (SQLDisconnect frees them too).</summary>
    private void Close()
    {
        OdbcStatement[] children;
        lock (statements) children = [.. statements];
        foreach (var statement in children) statement.Free();
        OdbcDescriptor[] allocated;
        lock (descriptors) allocated = [.. descriptors];
        foreach (var descriptor in allocated) descriptor.Free();
        session?.Dispose();
        session = null;
        schema = null;
    }
}
