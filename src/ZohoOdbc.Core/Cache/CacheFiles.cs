using System.Globalization;
using System.Text;
using ZohoOdbc.Core.Storage;

namespace ZohoOdbc.Core.Cache;

/// <summary>
/// Where cache files live and how they are named, created, locked and set aside: <c>cache-{product}-{organization}.db</c>
/// in CachePath or the user's cache directory (with SQLite's <c>-wal</c> and <c>-shm</c> beside it).
/// </summary>
internal static class CacheFiles
{
    public const string Prefix = "cache-";
    public const string Extension = ".db";
    public const string SetAsideMarker = ".corrupt-";

    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();
    private static readonly string[] Companions = ["-wal", "-shm", "-journal"];

    public static string FileName(ZohoProduct product, string organizationId)
    {
        var safe = new StringBuilder(organizationId.Length);
        foreach (var c in organizationId) safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        return Prefix + product.ToString().ToLowerInvariant() + "-" + safe + Extension;
    }

    public static string PathOf(string directory, ZohoProduct product, string organizationId) =>
        Path.Combine(directory, FileName(product, organizationId));

    /// <summary>The cache files (not set aside) in <paramref name="directory"/>.</summary>
    public static IReadOnlyList<string> In(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, Prefix + "*" + Extension).Order(StringComparer.Ordinal).ToArray()
            : [];

    /// <summary>An empty owner-only file (a valid empty database), so that SQLite's files get owner-only modes whatever the umask.</summary>
    public static void CreateEmpty(string path)
    {
        if (File.Exists(path)) return;
        PrivateFiles.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            PrivateFiles.CreateNew(path, []);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Made by another process meanwhile.
        }
    }

    /// <summary>True when the file has content that does not start as an SQLite database does.</summary>
    public static bool HasForeignHeader(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (stream.Length == 0) return false;
        var header = new byte[SqliteHeader.Length];
        return stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader);
    }

    /// <summary>
    /// Renames the file and its companions to <c>{name}.corrupt-{UTC time}</c> (kept for inspection; nothing readable is in
    /// them), so that the next open makes a new one. Processes still reading the old file keep their handle on it.
    /// </summary>
    public static void SetAside(string path)
    {
        var suffix = SetAsideMarker + DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture);
        foreach (var companion in Companions)
        {
            // A WAL left beside a new file would be replayed into it: it goes with the old one.
            if (File.Exists(path + companion)) File.Move(path + companion, path + suffix + companion, overwrite: true);
        }
        if (File.Exists(path)) File.Move(path, path + suffix, overwrite: true);
    }

    /// <summary>Deletes the file and its companions (cache clear); false when another process holds it open and the system refuses.</summary>
    public static bool Delete(string path)
    {
        try
        {
            foreach (var companion in Companions) File.Delete(path + companion);
            File.Delete(path);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// An exclusive lock on <c>{path}.lock</c> for replacing the file: of several processes that find it damaged, one sets it aside
    /// and the others, once they hold the lock, find the new file in place.
    /// </summary>
    public static IDisposable Lock(string path)
    {
        var lockPath = path + ".lock";
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return PrivateFiles.OpenAppendExclusive(lockPath);
            }
            catch (IOException) when (attempt < 300)
            {
                Thread.Sleep(50);
            }
        }
    }
}
