using System.Text;
using ZohoOdbc.Core.Logging;

namespace ZohoOdbc.Core.Cache;

/// <summary>
/// What a session needs to know of its organization without asking Zoho (Offline=Yes): its id, name, currency, plan and
/// the API it was read from. Kept sealed in the cache file of the organization each time a session connects online.
/// </summary>
internal sealed record CachedOrganization(string Id, string Name, string CurrencyCode, string? PlanName, string ApiBase)
{
    private const byte EncodingVersion = 1;
    private const string MetaName = "organization";
    private static readonly byte[] Where = CacheCipher.Where('o');

    public OrganizationInfo Info => new(Id, Name, CurrencyCode);

    public void Save(CacheDb db, CacheCipher cipher)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(EncodingVersion);
            writer.Write(Id);
            writer.Write(Name);
            writer.Write(CurrencyCode);
            writer.Write(PlanName ?? "");
            writer.Write(ApiBase);
        }
        db.Execute("INSERT OR REPLACE INTO meta (name, value) VALUES ($n, $v)", ("$n", MetaName), ("$v", cipher.Seal(stream.ToArray(), Where)));
    }

    /// <summary>The organization kept in the file; null when none was (a file made before organizations were kept).</summary>
    public static CachedOrganization? Load(CacheDb db, CacheCipher cipher)
    {
        if (db.Blob("SELECT value FROM meta WHERE name = $n", ("$n", MetaName)) is not { } sealedValue) return null;
        using var reader = new BinaryReader(new MemoryStream(cipher.Open(sealedValue, Where), writable: false), Encoding.UTF8);
        if (reader.ReadByte() != EncodingVersion) return null;
        return new CachedOrganization(reader.ReadString(), reader.ReadString(), reader.ReadString(),
            reader.ReadString() is { Length: > 0 } plan ? plan : null, reader.ReadString());
    }

    /// <summary>
    /// Offline=Yes: the organization of <paramref name="product"/> whose cache file in <paramref name="directory"/> remembers it,
    /// the one <paramref name="organizationId"/> names or else the only one. 08001 when there is none to answer from, or several.
    /// </summary>
    public static CachedOrganization FindOffline(string? directory, ZohoProduct product, string? organizationId, CacheSettings cache,
        string? configDirectory, DriverLog log)
    {
        var app = product == ZohoProduct.Invoice ? "Zoho Invoice" : "Zoho Books";
        const string hint = "Connect once with Offline=No (or run zoho-odbc cache sync) to keep a copy, then connect offline.";
        if (directory is null)
            throw new ZohoOdbcException(SqlStates.UnableToConnect, $"Offline=Yes, but there is no cache directory (no home directory; set CachePath). {hint}");

        var prefix = CacheFiles.Prefix + product.ToString().ToLowerInvariant() + "-";
        var files = organizationId is { } id
            ? [CacheFiles.PathOf(directory, product, id.Trim())]
            : CacheFiles.In(directory).Where(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal)).ToArray();
        var found = new List<CachedOrganization>();
        var problems = new List<string>();
        foreach (var file in files.Where(File.Exists))
        {
            try
            {
                var store = CacheStore.Open(file, CacheCipher.Create(cache.Key, configDirectory), log);
                if (store.Read(db => Load(db, store.Cipher)) is { } organization) found.Add(organization);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException or CacheDamagedException
                or InvalidOperationException or System.Security.Cryptography.CryptographicException)
            {
                problems.Add($"{Path.GetFileName(file)}: {e.Message}");
            }
        }

        var unusable = problems.Count == 0 ? "" : $" ({string.Join("; ", problems)})";
        return found.Count switch
        {
            1 => found[0],
            0 => throw new ZohoOdbcException(SqlStates.UnableToConnect, organizationId is null
                ? $"Offline=Yes, but the cache in {directory} holds no copy of a {app} organization{unusable}. {hint}"
                : $"Offline=Yes, but the cache in {directory} holds no copy of {app} organization {organizationId}{unusable}. {hint}"),
            _ => throw new ZohoOdbcException(SqlStates.UnableToConnect,
                $"Offline=Yes, and the cache holds {found.Count} {app} organizations: {string.Join(", ", found.Select(o => $"{o.Id} ({o.Name})"))}. Set OrganizationId to the one to query."),
        };
    }
}
