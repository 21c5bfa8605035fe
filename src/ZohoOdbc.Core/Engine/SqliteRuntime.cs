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

    /// <summary>Loads the bundled native SQLite; also used by the token store and the governor.</summary>
    public static void EnsureInitialized() => _ = Initialized.Value;

    public static SqliteConnection OpenInMemory()
    {
        EnsureInitialized();
        // A private database that disappears with its connection; pooling would keep nothing useful.
        var connection = new SqliteConnection("Data Source=:memory:;Pooling=False");
        try
        {
            connection.Open();
            using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA page_size = 65536";
                pragma.ExecuteNonQuery();
            }
            SqliteFunctions.Register(connection);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>An SQLite failure as a ZohoOdbcException: the SQLSTATE an engine function raised, otherwise HY000.</summary>
    public static ZohoOdbcException Translate(SqliteException e) =>
        SqlFunctionError.Recover(e.Message) is { } raised
            ? new ZohoOdbcException(raised.SqlState, raised.Message, inner: e)
            : new ZohoOdbcException(SqlStates.GeneralError, $"The query failed while computing its result: {e.Message}", inner: e);
}
