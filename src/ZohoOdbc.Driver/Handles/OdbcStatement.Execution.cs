using ZohoOdbc.Driver.Catalog;
using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Handles;

/// <summary>Prepare, execute, catalog functions, row count, more results and cancel.</summary>
internal sealed partial class OdbcStatement
{
    public short Prepare(string? sql)
    {
        RequireNoCursor();
        prepared = null;
        executed = false;
        Ird.Columns = [];
        prepared = Connection.Session.Prepare(RequireText(sql));
        Ird.Columns = prepared.Columns.Select(ColumnDescriptor.FromResult).ToArray();
        return SqlReturn.Success;
    }

    public short Execute()
    {
        RequireNoCursor();
        var query = prepared ?? throw new OdbcException(OdbcStates.FunctionSequenceError, "SQLExecute needs a statement prepared with SQLPrepare.");
        var cancellation = new QueryCancellation(queryTimeoutSeconds);
        running = cancellation;
        try
        {
            var reader = cancellation.Run(query.Execute);
            cancellation.EndTimeout();
            Open(new ResultCursor(Ird.Columns, reader, cancellation), Ird.Columns);
        }
        catch
        {
            running = null;
            cancellation.Dispose();
            throw;
        }
        return SqlReturn.Success;
    }

    public short ExecuteDirect(string? sql)
    {
        Prepare(sql);
        return Execute();
    }

    public short Tables(string? catalog, string? schema, string? table, string? types) =>
        OpenCatalog(TablesCatalog.Build(Connection.Session.Tables, catalog, schema, table, types, metadataId));

    public short Columns(string? catalog, string? schema, string? table, string? column) =>
        OpenCatalog(ColumnsCatalog.Build(Connection.Session.Tables, catalog, schema, table, column, metadataId, OdbcVersion));

    public short TypeInfo(short dataType) => OpenCatalog(TypeInfoCatalog.Build(dataType, OdbcVersion));

    /// <summary>-1: a SELECT or catalog result does not count rows (pyodbc rowcount, RecordsAffected).</summary>
    public unsafe short RowCount(nint* count)
    {
        if (!executed) throw new OdbcException(OdbcStates.FunctionSequenceError, "No statement has been executed.");
        if (count != null) *count = -1;
        return SqlReturn.Success;
    }

    /// <summary>Every statement has one result: close it and report that no other follows.</summary>
    public short MoreResults()
    {
        CloseCursor();
        return SqlReturn.NoData;
    }

    public short CloseCursorStrict()
    {
        if (cursor is null) throw new OdbcException(OdbcStates.InvalidCursorState, "No cursor is open.");
        CloseCursor();
        return SqlReturn.Success;
    }

    /// <summary>SQLCancel runs without the statement lock, from any thread; on an idle statement it does nothing.</summary>
    public short Cancel()
    {
        running?.Cancel();
        return SqlReturn.Success;
    }

    /// <summary>Core's SQL has no parameter markers: a prepared statement has none.</summary>
    public unsafe short NumParams(short* count)
    {
        if (prepared is null) throw new OdbcException(OdbcStates.FunctionSequenceError, "No statement has been prepared.");
        if (count != null) *count = 0;
        return SqlReturn.Success;
    }

    public short FreeStatement(FreeStmtOption option)
    {
        switch (option)
        {
            case FreeStmtOption.Close: CloseCursor(); break;
            case FreeStmtOption.Unbind: Ard.UnbindAll(); break;
            case FreeStmtOption.ResetParams: break;
            case FreeStmtOption.Drop: Free(); break;
            default: throw new OdbcException(OdbcStates.InvalidAttributeValue, $"SQLFreeStmt option {(int)option} is not valid.");
        }
        return SqlReturn.Success;
    }

    private short OpenCatalog(CatalogResult result)
    {
        RequireNoCursor();
        prepared = null;
        Open(result.OpenCursor(), result.Columns);
        return SqlReturn.Success;
    }

    private void RequireNoCursor()
    {
        if (cursor is not null)
            throw new OdbcException(OdbcStates.InvalidCursorState, "A cursor is open: close it with SQLCloseCursor or SQLFreeStmt(SQL_CLOSE) first.");
    }

    private static string RequireText(string? sql) => sql switch
    {
        null => throw new OdbcException(OdbcStates.InvalidNullPointer, "The statement text is a null pointer."),
        _ when string.IsNullOrWhiteSpace(sql) => throw new OdbcException(ZohoOdbc.Core.SqlStates.SyntaxError, "The statement text is empty."),
        _ => sql,
    };
}
