using ZohoOdbc.Core;
using ZohoOdbc.Driver.Diagnostics;

namespace ZohoOdbc.Driver.Results;

/// <summary>
/// Cancellation of one execution: SQLCancel from any thread, SQL_ATTR_QUERY_TIMEOUT, or, when the
/// statement sets none, the connection's SQL_ATTR_CONNECTION_TIMEOUT. A cancelled operation
/// surfaces as HY008, a query time-out as HYT00, a connection time-out as HYT01.
/// </summary>
internal sealed class QueryCancellation : IDisposable
{
    private readonly CancellationTokenSource source = new();
    private readonly nuint timeoutSeconds;
    private readonly bool connectionTimeout;
    private volatile bool cancelledByApplication;

    public QueryCancellation(nuint queryTimeoutSeconds, nuint connectionTimeoutSeconds = 0)
    {
        connectionTimeout = queryTimeoutSeconds == 0 && connectionTimeoutSeconds > 0;
        timeoutSeconds = connectionTimeout ? connectionTimeoutSeconds : queryTimeoutSeconds;
        if (timeoutSeconds > 0) source.CancelAfter(TimeSpan.FromSeconds(timeoutSeconds));
    }

    /// <summary>
    /// SQL_ATTR_QUERY_TIMEOUT bounds the execution, not the time the application takes to read
    /// the rows: called once the statement has executed. SQLCancel stays possible.
    /// </summary>
    public void EndTimeout()
    {
        if (timeoutSeconds > 0) source.CancelAfter(Timeout.InfiniteTimeSpan);
    }

    /// <summary>Called by SQLCancel without the statement lock; safe against a concurrent Dispose.</summary>
    public void Cancel()
    {
        cancelledByApplication = true;
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The execution finished meanwhile: nothing left to cancel.
        }
    }

    /// <summary>
    /// Runs a Core call with this token and names the cause when it stops because of it (Core
    /// reports cancellation either as OperationCanceledException or as its own HY008).
    /// </summary>
    public T Run<T>(Func<CancellationToken, T> operation)
    {
        try
        {
            return operation(source.Token);
        }
        catch (Exception stopped) when (IsCancellation(stopped) && source.IsCancellationRequested)
        {
            throw cancelledByApplication ? new OdbcException(OdbcStates.Cancelled, "The query was cancelled.")
                : connectionTimeout ? new OdbcException(OdbcStates.ConnectionTimeout, $"Zoho did not answer within the connection timeout of {timeoutSeconds} s.")
                : new OdbcException(OdbcStates.Timeout, $"The query did not finish within the query timeout of {timeoutSeconds} s.");
        }
    }

    /// <summary>One row of the reader, without a closure (it runs once per row); a stop for this execution is named as in <see cref="Run{T}"/>.</summary>
    public bool Read(ZohoOdbc.Core.Engine.IRowReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (Exception stopped) when (IsCancellation(stopped) && source.IsCancellationRequested)
        {
            throw ReadStopped();
        }
    }

    /// <summary>A block cursor's rowset (<see cref="ZohoOdbc.Core.Engine.IRowReader.ReadBlock"/>), a stop named as for <see cref="Read"/>.</summary>
    public int ReadBlock(ZohoOdbc.Core.Engine.IRowReader reader, ZohoOdbc.Core.Engine.RowBlock block, int rows)
    {
        try
        {
            return reader.ReadBlock(block, rows);
        }
        catch (Exception stopped) when (IsCancellation(stopped) && source.IsCancellationRequested)
        {
            throw ReadStopped();
        }
    }

    private OdbcException ReadStopped() => cancelledByApplication
        ? new OdbcException(OdbcStates.Cancelled, "The query was cancelled.")
        : new OdbcException(connectionTimeout ? OdbcStates.ConnectionTimeout : OdbcStates.Timeout, $"The query did not finish within the timeout of {timeoutSeconds} s.");

    public void Dispose() => source.Dispose();

    public static bool IsCancellation(Exception exception) =>
        exception is OperationCanceledException or ZohoOdbcException { SqlState: SqlStates.Cancelled };
}
