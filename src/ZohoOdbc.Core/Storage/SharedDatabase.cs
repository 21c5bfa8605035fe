using Microsoft.Data.Sqlite;
using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Core.Storage;

/// <summary>
/// An SQLite database that several processes of the user share (token store, governor): an owner-only file
/// in WAL mode, written in short IMMEDIATE transactions so that readers never see half an update and
/// writers queue on SQLite's lock (with a busy timeout) instead of failing. One connection per process and
/// file, used by one thread at a time. Without a file (no home directory) the database lives in memory and
/// is shared by the process only.
/// </summary>
internal sealed class SharedDatabase : IDisposable
{
    private readonly Lock gate = new();
    private readonly SqliteConnection connection;

    private SharedDatabase(SqliteConnection connection, string? path)
    {
        this.connection = connection;
        Path = path;
    }

    /// <summary>The file, or null for a process-only database.</summary>
    public string? Path { get; }

    /// <summary>
    /// Opens (creating owner-only) the file and applies <paramref name="schema"/>. A file of another schema version
    /// (PRAGMA user_version) has its <paramref name="tables"/> dropped first: what these databases hold can be
    /// fetched or counted again.
    /// </summary>
    public static SharedDatabase OpenFile(string path, SchemaDefinition schema)
    {
        SqliteRuntime.EnsureInitialized();
        PrivateFiles.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        if (!File.Exists(path))
        {
            // An empty file is a valid empty database; creating it here gives it (and SQLite's -wal/-shm files, which copy
            // its mode) owner-only permissions whatever the umask.
            try
            {
                PrivateFiles.CreateNew(path, []);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Created by another process meanwhile.
            }
        }
        PrivateFiles.RestrictToOwner(path);

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 10,
        }.ToString());
        return Initialize(connection, path, schema, wal: true);
    }

    /// <summary>A database in memory for this process only (used when the user has no home directory).</summary>
    public static SharedDatabase OpenInMemory(SchemaDefinition schema)
    {
        SqliteRuntime.EnsureInitialized();
        var connection = new SqliteConnection("Data Source=:memory:;Pooling=False");
        return Initialize(connection, null, schema, wal: false);
    }

    private static SharedDatabase Initialize(SqliteConnection connection, string? path, SchemaDefinition schema, bool wal)
    {
        try
        {
            connection.Open();
            if (wal)
            {
                // WAL lets readers go on while one process writes; NORMAL sync is enough for coordination data.
                Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
            }
            var database = new SharedDatabase(connection, path);
            database.Write(transaction =>
            {
                if (database.Scalar(transaction, "PRAGMA user_version") != schema.Version)
                {
                    foreach (var table in schema.Tables) database.Execute(transaction, $"DROP TABLE IF EXISTS {table}");
                    database.Execute(transaction, $"PRAGMA user_version = {schema.Version}");
                }
                return database.Execute(transaction, schema.Sql);
            });
            return database;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Runs <paramref name="work"/> in an IMMEDIATE transaction (the write lock taken at BEGIN) and commits it.</summary>
    public T Write<T>(Func<SqliteTransaction, T> work)
    {
        lock (gate)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var result = work(transaction);
            transaction.Commit();
            return result;
        }
    }

    public SqliteCommand Command(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public long Scalar(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        return command.ExecuteScalar() is { } value and not DBNull ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : 0L;
    }

    public int Execute(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        lock (gate) connection.Dispose();
    }
}

/// <summary>The tables of a shared database: their CREATE statements (idempotent), names and version.</summary>
internal sealed record SchemaDefinition(int Version, string Sql, IReadOnlyList<string> Tables);
