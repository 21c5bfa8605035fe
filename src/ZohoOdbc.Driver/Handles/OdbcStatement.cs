using ZohoOdbc.Driver.Descriptors;
using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Handles;

/// <summary>
/// An ODBC statement: the prepared query, the open cursor, its descriptors (four implicit ones,
/// the ARD and APD replaceable by explicitly allocated ones) and the statement attributes. The
/// partial files hold execution, parameters, describing, fetching, catalogs and attributes.
/// </summary>
internal sealed partial class OdbcStatement : OdbcHandle
{
    private readonly OdbcDescriptor implicitArd;
    private readonly OdbcDescriptor implicitApd;
    private OdbcDescriptor? explicitArd;
    private OdbcDescriptor? explicitApd;
    private PreparedStatement? prepared;
    private ResultCursor? cursor;
    private volatile QueryCancellation? running;
    private bool executed;

    public OdbcStatement(OdbcConnection connection) : base(HandleType.Statement)
    {
        Connection = connection;
        implicitArd = new OdbcDescriptor(this, DescriptorKind.Application);
        implicitApd = new OdbcDescriptor(this, DescriptorKind.Application);
        Ird = new OdbcDescriptor(this, DescriptorKind.ImplementationRow);
        Ipd = new OdbcDescriptor(this, DescriptorKind.ImplementationParameter);
        metadataId = connection.MetadataId;
    }

    public OdbcConnection Connection { get; }

    /// <summary>The ARD in use: an explicitly allocated one set through SQL_ATTR_APP_ROW_DESC, or the implicit one.</summary>
    public OdbcDescriptor Ard => explicitArd ?? implicitArd;

    /// <summary>The APD in use: an explicitly allocated one set through SQL_ATTR_APP_PARAM_DESC, or the implicit one.</summary>
    public OdbcDescriptor Apd => explicitApd ?? implicitApd;

    public OdbcDescriptor Ird { get; }

    public OdbcDescriptor Ipd { get; }

    public override string ComponentPrefix => Connection.ComponentPrefix;

    /// <summary>Whether a query or catalog function has run (SQL_DIAG_DYNAMIC_FUNCTION, SQLRowCount).</summary>
    public bool HasExecuted => executed;

    /// <summary>Whether the IRD describes a result: after SQLPrepare, an execution or a catalog function.</summary>
    public bool IsDescribed => prepared is not null || cursor is not null || executed;

    public override int OdbcVersion => Connection.Environment.OdbcVersion;

    /// <summary>The open cursor; HY010 when nothing was executed, 24000 when the cursor is closed.</summary>
    private ResultCursor OpenCursor
    {
        get
        {
            RequireNoPendingData();
            return cursor ?? throw (executed
                ? new OdbcException(OdbcStates.InvalidCursorState, "No cursor is open: the result was closed.")
                : new OdbcException(OdbcStates.FunctionSequenceError, "No statement has been executed."));
        }
    }

    /// <summary>The columns the IRD describes; HY010 before SQLPrepare or an execution.</summary>
    private IReadOnlyList<ColumnDescriptor> DescribedColumns
    {
        get
        {
            RequireNoPendingData();
            return IsDescribed
                ? Ird.Columns
                : throw new OdbcException(OdbcStates.FunctionSequenceError, "No statement has been prepared or executed.");
        }
    }

    /// <summary>SQLFreeStmt(SQL_CLOSE) semantics: closes the cursor if there is one, no error otherwise.</summary>
    public void CloseCursor()
    {
        var closing = cursor;
        cursor = null;
        running = null;
        getData = default;
        getDataPlans = null;
        pendingParameterSets = null;
        closing?.Dispose();
    }

    /// <summary>An explicit descriptor this statement uses is being freed: fall back to the implicit one.</summary>
    public void ForgetDescriptor(OdbcDescriptor descriptor)
    {
        using (SyncRoot.EnterScope())
        {
            if (ReferenceEquals(explicitArd, descriptor)) explicitArd = null;
            if (ReferenceEquals(explicitApd, descriptor)) explicitApd = null;
        }
    }

    protected override void ReleaseResources()
    {
        using (SyncRoot.EnterScope())
        {
            AbandonPendingData();
            CloseCursor();
            explicitArd?.Detach(this);
            explicitApd?.Detach(this);
            foreach (var descriptor in new[] { implicitArd, implicitApd, Ird, Ipd }) descriptor.Free();
        }
        Connection.Forget(this);
    }

    private void Open(ResultCursor result, IReadOnlyList<ColumnDescriptor> columns)
    {
        Ird.Columns = columns;
        cursor = result;
        executed = true;
    }
}
