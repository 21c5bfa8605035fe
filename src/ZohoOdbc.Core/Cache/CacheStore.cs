using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using ZohoOdbc.Core.Engine;
using ZohoOdbc.Core.Logging;
using ZohoOdbc.Core.Storage;

namespace ZohoOdbc.Core.Cache;

/// <summary>
/// The cache file of one organization and product: an owner-only SQLite database in WAL mode, so that readers in any
/// process see the last committed state while one process writes. Nothing in it is readable without the key:
/// <c>sys_cache</c> (one sealed state per table), <c>records</c> (sealed list rows of a table's generations),
/// <c>details</c> (sealed records with their nested rows), <c>answers</c> (sealed Zoho answers kept by request) and
/// <c>leases</c> (who refreshes a table now) are keyed by keyed hashes. A file that is not a database, fails SQLite's
/// check, has another format or was sealed under another key is renamed <c>*.corrupt-{time}</c> and replaced.
/// One connection per process and file, used by one thread at a time.
/// </summary>
internal sealed class CacheStore : IDisposable
{
    /// <summary>PRAGMA user_version of the layout below; a file of another version is set aside.</summary>
    public const int FormatVersion = 1;

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BLOB NOT NULL);
        CREATE TABLE IF NOT EXISTS sys_cache (table_key BLOB PRIMARY KEY, state BLOB NOT NULL);
        CREATE TABLE IF NOT EXISTS records (table_key BLOB NOT NULL, generation INTEGER NOT NULL, record_key BLOB NOT NULL,
            seq INTEGER NOT NULL, version BLOB NOT NULL, body BLOB NOT NULL);
        CREATE UNIQUE INDEX IF NOT EXISTS records_by_key ON records (table_key, generation, record_key);
        CREATE INDEX IF NOT EXISTS records_in_order ON records (table_key, generation, seq);
        CREATE TABLE IF NOT EXISTS details (table_key BLOB NOT NULL, record_key BLOB NOT NULL, version BLOB NOT NULL,
            fetched_ms INTEGER NOT NULL, body BLOB NOT NULL);
        CREATE UNIQUE INDEX IF NOT EXISTS details_by_key ON details (table_key, record_key);
        CREATE TABLE IF NOT EXISTS answers (answer_key BLOB PRIMARY KEY, table_key BLOB NOT NULL, fetched_ms INTEGER NOT NULL, body BLOB NOT NULL);
        CREATE TABLE IF NOT EXISTS leases (table_key BLOB PRIMARY KEY, pid INTEGER NOT NULL, owner BLOB NOT NULL, expires_ms INTEGER NOT NULL);
        """;

    private static readonly byte[] CheckValue = "zohoodbc cache v1"u8.ToArray();
    private static readonly byte[] CheckWhere = CacheCipher.Where('k');
    private static readonly TimeSpan IdentityCheckInterval = TimeSpan.FromSeconds(2);
    private static readonly ConcurrentDictionary<string, CacheStore> Opened = new(StringComparer.Ordinal);

    private readonly Lock gate = new();
    // The log of the session that opened the store last: what happens to the shared file (set aside, replaced) goes there.
    private volatile DriverLog log;
    private SqliteConnection? connection;
    // The connection's commands, kept prepared: the per-record reads of a query run thousands of times.
    private readonly Dictionary<string, SqliteCommand> statements = new(StringComparer.Ordinal);
    private byte[] incarnation = [];
    private long identityCheckedAt;

    private CacheStore(string path, CacheCipher cipher, DriverLog log)
    {
        Path = path;
        Cipher = cipher;
        this.log = log;
    }

    public string Path { get; }

    public CacheCipher Cipher { get; }

    /// <summary>The store of <paramref name="path"/> in this process (one per file and key), checked and repaired on first use.</summary>
    public static CacheStore Open(string path, CacheCipher cipher, DriverLog log)
    {
        var full = System.IO.Path.GetFullPath(path);
        var store = Opened.GetOrAdd(full + "|" + cipher.Fingerprint, _ => new CacheStore(full, cipher, log));
        store.log = log;
        store.Read(_ => 0);
        return store;
    }

    /// <summary>Runs <paramref name="work"/> in a read transaction: a consistent snapshot of the last commit.</summary>
    public T Read<T>(Func<CacheDb, T> work) => Run(work, deferred: true);

    /// <summary>Runs <paramref name="work"/> in an IMMEDIATE transaction (the write lock taken at BEGIN, waiting for other writers) and commits it.</summary>
    public T Write<T>(Func<CacheDb, T> work) => Run(work, deferred: false);

    private T Run<T>(Func<CacheDb, T> work, bool deferred)
    {
        lock (gate)
        {
            var current = Connection();
            try
            {
                using var transaction = current.BeginTransaction(deferred);
                var result = work(new CacheDb(current, transaction, statements));
                transaction.Commit();
                return result;
            }
            catch (SqliteException e) when (IsDamage(e))
            {
                throw new CacheDamagedException($"SQLite reports damage: {e.Message}", e);
            }
        }
    }

    /// <summary>
    /// Replaces a damaged file: unless another process replaced it already, it is renamed *.corrupt-{time} (with its
    /// -wal and -shm) and a new, empty one is made. Callers then answer again from Zoho.
    /// </summary>
    public void Rebuild(string reason)
    {
        lock (gate)
        {
            var seen = incarnation;
            CloseConnection();
            using var exclusive = CacheFiles.Lock(Path);
            // Another process may have set it aside and made a new one meanwhile: that one is used as it is.
            if (Inspect(out var current) is null && !current.AsSpan().SequenceEqual(seen)) return;
            CacheFiles.SetAside(Path);
            log.Warning($"cache: {System.IO.Path.GetFileName(Path)} set aside ({reason}); a new cache is built");
        }
    }

    /// <summary>Leaves the file for another process to delete or replace (cache clear).</summary>
    public void Close()
    {
        lock (gate) CloseConnection();
    }

    public void Dispose() => Close();

    /// <summary>Forgets the stores of a directory in this process (after cache clear deleted their files).</summary>
    public static void Forget(string directory)
    {
        var prefix = System.IO.Path.GetFullPath(directory).TrimEnd(System.IO.Path.DirectorySeparatorChar) + System.IO.Path.DirectorySeparatorChar;
        foreach (var (key, store) in Opened)
        {
            if (!key.StartsWith(prefix, StringComparison.Ordinal)) continue;
            store.Close();
            Opened.TryRemove(key, out _);
        }
    }

    /// <summary>The open connection, after checking (at most every few seconds) that the file is still the one it was opened on.</summary>
    private SqliteConnection Connection()
    {
        if (connection is not null)
        {
            var now = Environment.TickCount64;
            if (now - identityCheckedAt < (long)IdentityCheckInterval.TotalMilliseconds) return connection;
            identityCheckedAt = now;
            if (File.Exists(Path) && ReadIncarnation() is { } onDisk && onDisk.AsSpan().SequenceEqual(incarnation)) return connection;
            log.Info($"cache: {System.IO.Path.GetFileName(Path)} was replaced by another process; reopening it");
            CloseConnection();
        }

        for (var attempt = 1; ; attempt++)
        {
            if (Inspect(out var found) is not { } damage)
            {
                connection = OpenConnection(pooled: false);
                Execute(connection, "PRAGMA synchronous=NORMAL;");
                incarnation = found;
                identityCheckedAt = Environment.TickCount64;
                return connection;
            }
            if (attempt > 2) throw new CacheDamagedException(damage);
            using var exclusive = CacheFiles.Lock(Path);
            if (Inspect(out _) is { } stillDamaged)
            {
                CacheFiles.SetAside(Path);
                log.Warning($"cache: {System.IO.Path.GetFileName(Path)} set aside ({stillDamaged}); a new cache is built");
            }
        }
    }

    /// <summary>
    /// Checks the file (creating it when missing): an SQLite database that passes quick_check, of this format, sealed under
    /// this key. Returns what is wrong, or null with the file's incarnation (a random id made with it).
    /// </summary>
    private string? Inspect(out byte[] found)
    {
        found = [];
        SqliteRuntime.EnsureInitialized();
        CacheFiles.CreateEmpty(Path);
        if (CacheFiles.HasForeignHeader(Path)) return "not an SQLite database";
        try
        {
            using var check = OpenConnection(pooled: false);
            if (Text(check, "PRAGMA quick_check") is var verdict && verdict != "ok") return "SQLite's check failed: " + verdict;
            if (Text(check, "PRAGMA journal_mode") != "wal") Text(check, "PRAGMA journal_mode=WAL");
            using var transaction = check.BeginTransaction(deferred: false);
            var db = new CacheDb(check, transaction);
            var version = db.Scalar("PRAGMA user_version");
            if (version == 0)
            {
                db.Execute(Schema);
                db.Execute("INSERT OR REPLACE INTO meta (name, value) VALUES ('incarnation', $v)", ("$v", RandomNumberGenerator.GetBytes(16)));
                db.Execute("INSERT OR REPLACE INTO meta (name, value) VALUES ('check', $v)", ("$v", Cipher.Seal(CheckValue, CheckWhere)));
                db.Execute($"PRAGMA user_version = {FormatVersion.ToString(CultureInfo.InvariantCulture)}");
            }
            else if (version != FormatVersion)
            {
                return $"format {version}, not {FormatVersion}";
            }
            if (db.Blob("SELECT value FROM meta WHERE name = 'check'") is not { } sealedCheck) return "no key check";
            try
            {
                if (!Cipher.Open(sealedCheck, CheckWhere).AsSpan().SequenceEqual(CheckValue)) return "sealed under another key";
            }
            catch (CacheDamagedException)
            {
                return "sealed under another key";
            }
            found = db.Blob("SELECT value FROM meta WHERE name = 'incarnation'") ?? [];
            transaction.Commit();
            PrivateFiles.RestrictToOwner(Path);
            return found.Length == 16 ? null : "no incarnation";
        }
        catch (SqliteException e) when (IsDamage(e) || e.SqliteErrorCode == 1 /* SQLITE_ERROR: e.g. a schema that is not ours */)
        {
            return "SQLite reports damage: " + e.Message;
        }
    }

    private byte[]? ReadIncarnation()
    {
        try
        {
            using var probe = OpenConnection(pooled: false);
            using var command = probe.CreateCommand();
            command.CommandText = "SELECT value FROM meta WHERE name = 'incarnation'";
            return command.ExecuteScalar() as byte[];
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    private SqliteConnection OpenConnection(bool pooled)
    {
        var opened = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = pooled,
            // Waits this long for another process's write transaction (a refresh commits in short transactions).
            DefaultTimeout = 30,
        }.ToString());
        try
        {
            opened.Open();
            return opened;
        }
        catch
        {
            opened.Dispose();
            throw;
        }
    }

    private void CloseConnection()
    {
        foreach (var statement in statements.Values) statement.Dispose();
        statements.Clear();
        connection?.Dispose();
        connection = null;
        incarnation = [];
    }

    private static bool IsDamage(SqliteException e) =>
        (e.SqliteErrorCode & 0xFF) is 11 /* SQLITE_CORRUPT */ or 26 /* SQLITE_NOTADB */
        || e.SqliteExtendedErrorCode == 522 /* SQLITE_IOERR_SHORT_READ: a truncated file */;

    private static string Text(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "";
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
