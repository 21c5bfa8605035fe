using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Escapes;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Parameters;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Handles;

/// <summary>
/// Prepare and execute (with parameter sets: one result per set, SQLMoreResults moves on),
/// SQLNativeSql, row count, more results, cancel and SQLFreeStmt.
/// </summary>
internal sealed partial class OdbcStatement
{
    /// <summary>The parameter sets of the current execution that still have a result to produce.</summary>
    private ParameterSets? pendingParameterSets;

    /// <summary>The parameter set whose result is open.</summary>
    private int currentParameterSet;

    public short Prepare(string? sql)
    {
        RequireNoPendingData();
        RequireNoCursor();
        prepared = null;
        executed = false;
        Ird.Columns = [];
        // Core reads every ODBC escape natively ({fn}, {d}, {t}, {ts}, {oj}, ...): the text goes as written.
        var statement = Connection.Prepare(RequireText(sql));
        Ird.Columns = statement.Columns.Select(Connection.Describe).ToArray();
        prepared = statement;
        return SqlReturn.Success;
    }

    public short Execute()
    {
        RequireNoPendingData();
        RequireNoCursor();
        var statement = prepared ?? throw new OdbcException(OdbcStates.FunctionSequenceError, "SQLExecute needs a statement prepared with SQLPrepare.");
        var sets = ParameterSets.Collect(statement.Parameters, Apd, Ipd, Diagnostics);
        if (sets.Deferred.Count > 0)
        {
            dataAtExecution = new PendingData(sets);
            return SqlReturn.NeedData;
        }
        return RunFirstSet(sets);
    }

    public short ExecuteDirect(string? sql)
    {
        Prepare(sql);
        return Execute();
    }

    /// <summary>SQLNativeSql: the statement in plain T-SQL, its escape sequences written out as the engine runs them.</summary>
    public static string NativeSql(string? sql) =>
        EscapeTranslator.Translate(sql ?? throw new OdbcException(OdbcStates.InvalidNullPointer, "The statement text is a null pointer."));

    /// <summary>-1: a SELECT or catalog result does not count rows (pyodbc rowcount, RecordsAffected).</summary>
    public unsafe short RowCount(nint* count)
    {
        RequireNoPendingData();
        if (!executed) throw new OdbcException(OdbcStates.FunctionSequenceError, "No statement has been executed.");
        if (count != null) *count = -1;
        return SqlReturn.Success;
    }

    /// <summary>
    /// Closes the current result. With an array of parameter sets the next set's result follows
    /// (SQL_PAS_BATCH); otherwise there is no other result: SQL_NO_DATA.
    /// </summary>
    public short MoreResults()
    {
        RequireNoPendingData();
        if (!executed) throw new OdbcException(OdbcStates.FunctionSequenceError, "No statement has been executed.");
        var sets = pendingParameterSets;
        var from = currentParameterSet + 1;
        CloseCursor();
        return sets is null ? SqlReturn.NoData : RunFrom(sets, from);
    }

    public short CloseCursorStrict()
    {
        RequireNoPendingData();
        if (cursor is null) throw new OdbcException(OdbcStates.InvalidCursorState, "No cursor is open.");
        CloseCursor();
        return SqlReturn.Success;
    }

    /// <summary>
    /// SQLCancel runs without the statement lock, from any thread: it stops a running query, or
    /// ends a data-at-execution sequence. On an idle statement it does nothing.
    /// </summary>
    public short Cancel()
    {
        running?.Cancel();
        if (dataAtExecution is not null)
        {
            using (SyncRoot.EnterScope()) AbandonPendingData();
        }
        return SqlReturn.Success;
    }

    public short FreeStatement(FreeStmtOption option)
    {
        if (option != FreeStmtOption.Drop) RequireNoPendingData();
        switch (option)
        {
            case FreeStmtOption.Close: CloseCursor(); break;
            case FreeStmtOption.Unbind: Ard.Clear(); break;
            case FreeStmtOption.ResetParams: Apd.Clear(); Ipd.Clear(); break;
            case FreeStmtOption.Drop: Free(); break;
            default: throw new OdbcException(OdbcStates.InvalidAttributeValue, $"SQLFreeStmt option {(int)option} is not valid.");
        }
        return SqlReturn.Success;
    }

    private short RunFirstSet(ParameterSets sets) => RunFrom(sets, 0, first: true);

    /// <summary>Runs the first runnable parameter set at or after <paramref name="from"/> and opens its result.</summary>
    private short RunFrom(ParameterSets sets, int from, bool first = false)
    {
        for (var set = from; set < sets.SetCount; set++)
        {
            if (!sets.IsRunnable(set)) continue;
            try
            {
                Run(sets.Values(set));
            }
            catch (OdbcException error) when (sets.SetCount > 1)
            {
                sets.Fail(set);
                sets.Report(set + 1);
                Diagnostics.Add(error.SqlState, error.Message, 0, set + 1);
                continue;
            }
            catch (Core.ZohoOdbcException error) when (sets.SetCount > 1)
            {
                sets.Fail(set);
                sets.Report(set + 1);
                Diagnostics.Add(error.SqlState, error.Message, error.NativeError, set + 1);
                continue;
            }
            sets.Report(set + 1);
            currentParameterSet = set;
            pendingParameterSets = set + 1 < sets.SetCount ? sets : null;
            return SqlReturn.Success;
        }

        sets.Report(sets.SetCount);
        pendingParameterSets = null;
        if (!first) return SqlReturn.NoData;
        // No set ran: every one was ignored or failed (their diagnostics say why).
        executed = true;
        return sets.AnyFailed ? SqlReturn.Error : SqlReturn.Success;
    }

    /// <summary>Runs the prepared statement with one set of values and opens its cursor.</summary>
    private void Run(IReadOnlyList<object?> values)
    {
        var statement = prepared!;
        var cancellation = new QueryCancellation(queryTimeoutSeconds, Connection.ConnectionTimeoutSeconds);
        running = cancellation;
        try
        {
            var result = cancellation.Run(token => Connection.Execute(statement, values, token));
            cancellation.EndTimeout();
            // This execution's answers from the cache offline, or from an old copy because Zoho could not be reached: 01000 saying how old.
            foreach (var notice in result.CacheNotices) Diagnostics.Add(OdbcStates.GeneralWarning, notice);
            Open(new ResultCursor(Ird.Columns, result.Rows, cancellation), Ird.Columns);
        }
        catch
        {
            running = null;
            cancellation.Dispose();
            throw;
        }
    }

    private void RequireNoCursor()
    {
        if (cursor is not null)
            throw new OdbcException(OdbcStates.InvalidCursorState, "A cursor is open: close it with SQLCloseCursor or SQLFreeStmt(SQL_CLOSE) first.");
    }

    private static string RequireText(string? sql) => sql switch
    {
        null => throw new OdbcException(OdbcStates.InvalidNullPointer, "The statement text is a null pointer."),
        _ when string.IsNullOrWhiteSpace(sql) => throw new OdbcException(Core.SqlStates.SyntaxError, "The statement text is empty."),
        _ => sql,
    };
}
