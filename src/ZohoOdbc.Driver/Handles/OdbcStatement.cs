using ZohoOdbc.Core;
using ZohoOdbc.Driver.Descriptors;
using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Handles;

/// <summary>
/// An ODBC statement: the prepared query, the open cursor, the four implicit descriptors and
/// the statement attributes. The partial files hold execution, results, fetching and attributes.
/// </summary>
internal sealed partial class OdbcStatement : OdbcHandle
{
    private PreparedQuery? prepared;
    private ResultCursor? cursor;
    private volatile QueryCancellation? running;
    private bool executed;

    public OdbcStatement(OdbcConnection connection) : base(HandleType.Statement)
    {
        Connection = connection;
        Ard = new ApplicationRowDescriptor(this);
        Ird = new ImplementationRowDescriptor(this);
        Apd = new OdbcDescriptor(this);
        Ipd = new OdbcDescriptor(this);
        metadataId = connection.MetadataId;
    }

    public OdbcConnection Connection { get; }

    public ApplicationRowDescriptor Ard { get; }

    public ImplementationRowDescriptor Ird { get; }

    public OdbcDescriptor Apd { get; }

    public OdbcDescriptor Ipd { get; }

    public override string ComponentPrefix => Connection.ComponentPrefix;

    /// <summary>Whether a query or catalog function has run (SQL_DIAG_DYNAMIC_FUNCTION, SQLRowCount).</summary>
    public bool HasExecuted => executed;

    private int OdbcVersion => Connection.Environment.OdbcVersion;

    /// <summary>The open cursor; HY010 when nothing was executed, 24000 when the cursor is closed.</summary>
    private ResultCursor OpenCursor => cursor ?? throw (executed
        ? new OdbcException(OdbcStates.InvalidCursorState, "No cursor is open: the result was closed.")
        : new OdbcException(OdbcStates.FunctionSequenceError, "No statement has been executed."));

    /// <summary>The columns the IRD describes; HY010 before SQLPrepare or an execution.</summary>
    private IReadOnlyList<ColumnDescriptor> DescribedColumns => prepared is not null || cursor is not null || executed
        ? Ird.Columns
        : throw new OdbcException(OdbcStates.FunctionSequenceError, "No statement has been prepared or executed.");

    /// <summary>SQLFreeStmt(SQL_CLOSE) semantics: closes the cursor if there is one, no error otherwise.</summary>
    public void CloseCursor()
    {
        var closing = cursor;
        cursor = null;
        running = null;
        getData = default;
        closing?.Dispose();
    }

    protected override void ReleaseResources()
    {
        CloseCursor();
        foreach (var descriptor in new[] { Ard, Ird, Apd, Ipd }) descriptor.Free();
        Connection.Forget(this);
    }

    private void Open(ResultCursor result, IReadOnlyList<ColumnDescriptor> columns)
    {
        Ird.Columns = columns;
        cursor = result;
        executed = true;
    }
}
