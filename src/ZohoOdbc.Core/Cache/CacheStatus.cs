using Microsoft.Data.Sqlite;
using ZohoOdbc.Core.Engine;
using ZohoOdbc.Core.Storage;

namespace ZohoOdbc.Core.Cache;

/// <summary>
/// What the cache files of a directory hold, per table (rows, records and answers kept, last full load, delta and
/// reconciliation, API calls spent), and clearing them: for <c>zoho-odbc cache status|clear</c> and the system table.
/// Reading never changes a file (a damaged one is reported, not set aside); it needs the key the files were sealed with.
/// </summary>
public static class CacheStatus
{
    /// <summary>
    /// Every table of every cache file in <paramref name="cachePath"/> (the user's cache directory when null), or only those of
    /// <paramref name="product"/> and <paramref name="organizationId"/>; sorted by file, then table. The key comes from
    /// <see cref="CacheSettings.Key"/> or the user's key file.
    /// </summary>
    public static IReadOnlyList<CacheTableStatus> Read(CacheSettings cache, string? cachePath, ZohoProduct? product = null, string? organizationId = null) =>
        Read(cache, cachePath ?? UserDirectories.Cache, UserDirectories.Config, product, organizationId);

    /// <summary>Deletes the cache files (with SQLite's companions and copies set aside) of the directory, or those of one product and organization; returns their names.</summary>
    public static IReadOnlyList<string> Clear(string? cachePath, ZohoProduct? product = null, string? organizationId = null)
    {
        var directory = cachePath ?? UserDirectories.Cache;
        if (directory is null || !Directory.Exists(directory)) return [];
        CacheStore.Forget(directory);
        var cleared = new List<string>();
        foreach (var file in Directory.EnumerateFiles(directory, CacheFiles.Prefix + "*").Order(StringComparer.Ordinal).ToArray())
        {
            var name = Path.GetFileName(file);
            var main = name.IndexOf(CacheFiles.Extension, StringComparison.Ordinal) is var end and > 0 ? name[..(end + CacheFiles.Extension.Length)] : null;
            if (main is null || !Matches(main, product, organizationId)) continue;
            try
            {
                File.Delete(file);
                cleared.Add(name);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Held by another process on a system that refuses to delete open files: left for the next clear.
            }
        }
        return cleared;
    }

    internal static IReadOnlyList<CacheTableStatus> Read(CacheSettings cache, string? directory, string? configDirectory, ZohoProduct? product, string? organizationId)
    {
        if (directory is null) return [];
        var files = CacheFiles.In(directory).Where(f => Matches(Path.GetFileName(f), product, organizationId)).ToList();
        if (files.Count == 0) return [];
        var cipher = CacheCipher.Create(cache.Key, configDirectory);
        var result = new List<CacheTableStatus>();
        foreach (var file in files) result.AddRange(ReadFile(file, cipher));
        return result;
    }

    private static IEnumerable<CacheTableStatus> ReadFile(string path, CacheCipher cipher)
    {
        var (product, organization) = Identify(Path.GetFileName(path));
        var name = Path.GetFileName(path);
        SqliteRuntime.EnsureInitialized();
        var tables = new List<CacheTableStatus>();
        try
        {
            if (CacheFiles.HasForeignHeader(path)) return [Unreadable(name, product, organization, "not an SQLite database (the next query sets it aside and builds a new one)")];
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
            connection.Open();
            using var transaction = connection.BeginTransaction(deferred: true);
            var db = new CacheDb(connection, transaction);
            if (db.Scalar("PRAGMA user_version") != CacheStore.FormatVersion) return [Unreadable(name, product, organization, "another format (the next query replaces it)")];
            if (db.Blob("SELECT value FROM meta WHERE name = 'check'") is not { } check) return [Unreadable(name, product, organization, "no key check")];
            try
            {
                cipher.Open(check, CacheCipher.Where('k'));
            }
            catch (CacheDamagedException)
            {
                return [Unreadable(name, product, organization, "sealed under another key (another CacheKey, or another user's key file)")];
            }

            tables.AddRange(Tables(db, cipher, name, product, organization));
        }
        catch (Exception e) when (e is SqliteException or CacheDamagedException or IOException)
        {
            return [Unreadable(name, product, organization, "damaged: " + e.Message + " (the next query sets it aside and builds a new one)")];
        }
        return tables.OrderBy(t => t.Table, StringComparer.Ordinal);
    }

    /// <summary>The tables of one cache file, read in the caller's transaction with a cipher that opens it.</summary>
    internal static List<CacheTableStatus> Tables(CacheDb db, CacheCipher cipher, string file, ZohoProduct product, string organization)
    {
        var tables = new List<CacheTableStatus>();
        var command = db.Command("SELECT table_key, state FROM sys_cache");
        var states = new List<(byte[] Key, TableState State)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var tableKey = (byte[])reader[0];
                states.Add((tableKey, TableState.Decode(cipher.Open((byte[])reader[1], CacheCipher.Where('s', tableKey)))));
            }
        }
        foreach (var (tableKey, state) in states)
        {
            var records = db.Scalar("SELECT count(*) FROM details WHERE table_key = $t", ("$t", tableKey));
            var answers = db.Scalar("SELECT count(*) FROM answers WHERE table_key = $t", ("$t", tableKey));
            tables.Add(new CacheTableStatus(file, product, organization, state.Name, state.IsLoaded ? state.Rows : 0, records, answers,
                state.LastFullLoad, state.LastDelta, state.LastReconciliation, state.ListCalls, state.DetailCalls));
        }
        tables.Sort((a, b) => string.CompareOrdinal(a.Table, b.Table));
        return tables;
    }

    /// <summary>cache-books-60001234567.db → (Books, 60001234567), for a store's own file.</summary>
    internal static (ZohoProduct Product, string Organization) Identify(CacheStore store) => Identify(System.IO.Path.GetFileName(store.Path));

    private static CacheTableStatus Unreadable(string file, ZohoProduct product, string organization, string problem) =>
        new(file, product, organization, "", 0, 0, 0, null, null, null, 0, 0, problem);

    private static bool Matches(string fileName, ZohoProduct? product, string? organizationId)
    {
        if (product is null && organizationId is null) return true;
        var (p, o) = Identify(fileName);
        return (product is null || p == product) && (organizationId is null || string.Equals(o, organizationId, StringComparison.Ordinal));
    }

    /// <summary>cache-books-60001234567.db → (Books, 60001234567).</summary>
    private static (ZohoProduct Product, string Organization) Identify(string fileName)
    {
        var core = fileName[CacheFiles.Prefix.Length..^CacheFiles.Extension.Length];
        var dash = core.IndexOf('-', StringComparison.Ordinal);
        var product = dash > 0 && core[..dash] == "invoice" ? ZohoProduct.Invoice : ZohoProduct.Books;
        return (product, dash > 0 ? core[(dash + 1)..] : core);
    }
}
