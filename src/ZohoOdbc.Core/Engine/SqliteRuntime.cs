using Microsoft.Data.Sqlite;

namespace ZohoOdbc.Core.Engine;

/// <summary>Opens the per-query in-memory databases, initializing the bundled native SQLite once per process.</summary>
internal static class SqliteRuntime
{
    private static readonly Lazy<bool> Initialized = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        return true;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    public static SqliteConnection OpenInMemory()
    {
        _ = Initialized.Value;
        // A private database that disappears with its connection; pooling would keep nothing useful.
        var connection = new SqliteConnection("Data Source=:memory:;Pooling=False");
        try
        {
            connection.Open();
            SqliteFunctions.Register(connection);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>An SQLite failure as a ZohoOdbcException (22012 for our division-by-zero check).</summary>
    public static ZohoOdbcException Translate(SqliteException e) =>
        e.Message.Contains(SqliteFunctions.DivideByZeroMessage, StringComparison.Ordinal)
            ? new ZohoOdbcException(SqlStates.DivisionByZero, SqliteFunctions.DivideByZeroMessage, inner: e)
            : new ZohoOdbcException(SqlStates.GeneralError, $"The query failed while computing its result: {e.Message}", inner: e);
}
