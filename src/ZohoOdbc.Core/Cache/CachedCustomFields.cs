using System.Text;
using ZohoOdbc.Core.Logging;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Cache;

/// <summary>
/// The custom field definitions of an organization's tables, kept sealed in its cache file (one meta entry per table,
/// as <see cref="CachedOrganization"/> keeps the organization), so a new connection or process types cf_ columns without
/// a discovery call, and an offline one at all. A cache that fails to answer costs a discovery, never the query.
/// </summary>
internal sealed class CachedCustomFields(CacheStore store, DriverLog log) : ICustomFieldStore
{
    private const byte EncodingVersion = 1;
    private const string MetaPrefix = "custom_fields:";

    /// <summary>The store of the organization's cache file; null with CacheMode=Off or a cache that cannot be opened.</summary>
    public static CachedCustomFields? Open(ConnectionSettings settings, string organizationId, string? cacheDirectory, string? configDirectory, DriverLog log)
    {
        if (settings.Cache.Mode == CacheMode.Off || (settings.CachePath ?? cacheDirectory) is not { } directory) return null;
        try
        {
            var store = CacheStore.Open(CacheFiles.PathOf(directory, settings.Product, organizationId), CacheCipher.Create(settings.Cache.Key, configDirectory), log);
            return new CachedCustomFields(store, log);
        }
        catch (Exception e) when (IsCacheFailure(e))
        {
            log.Warning($"custom fields: not kept in the cache ({e.Message})");
            return null;
        }
    }

    public KeptCustomFields? Load(string table)
    {
        try
        {
            return store.Read(db => db.Blob("SELECT value FROM meta WHERE name = $n", ("$n", MetaPrefix + Key(table))) is { } sealedValue
                ? Decode(store.Cipher.Open(sealedValue, Where(table)))
                : null);
        }
        catch (Exception e) when (IsCacheFailure(e) || e is EndOfStreamException)
        {
            log.Warning($"custom fields: {table}: the kept definitions are unreadable ({e.Message}); discovering again");
            return null;
        }
    }

    public void Save(string table, KeptCustomFields fields)
    {
        try
        {
            store.Write(db => db.Execute("INSERT OR REPLACE INTO meta (name, value) VALUES ($n, $v)",
                ("$n", MetaPrefix + Key(table)), ("$v", store.Cipher.Seal(Encode(fields), Where(table)))));
        }
        catch (Exception e) when (IsCacheFailure(e))
        {
            log.Warning($"custom fields: {table}: not kept in the cache ({e.Message})");
        }
    }

    public void Forget(string table)
    {
        try
        {
            store.Write(db => db.Execute("DELETE FROM meta WHERE name = $n", ("$n", MetaPrefix + Key(table))));
        }
        catch (Exception e) when (IsCacheFailure(e))
        {
            log.Warning($"custom fields: {table}: the kept definitions could not be dropped ({e.Message})");
        }
    }

    private static string Key(string table) => table.ToLowerInvariant();

    private static byte[] Where(string table) => CacheCipher.Where('c', Encoding.UTF8.GetBytes(Key(table)));

    private static byte[] Encode(KeptCustomFields fields)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(EncodingVersion);
            writer.Write(fields.DiscoveredAt.ToUnixTimeMilliseconds());
            writer.Write(fields.Fields.Count);
            foreach (var field in fields.Fields)
            {
                writer.Write(field.ApiName);
                writer.Write(field.Label);
                writer.Write(field.DataType);
            }
            writer.Write(fields.OtherNames.Count);
            foreach (var name in fields.OtherNames) writer.Write(name);
        }
        return stream.ToArray();
    }

    /// <summary>The kept fields; null for another encoding version (a newer driver's file: discovered again).</summary>
    private static KeptCustomFields? Decode(byte[] plain)
    {
        using var reader = new BinaryReader(new MemoryStream(plain, writable: false), Encoding.UTF8);
        if (reader.ReadByte() != EncodingVersion) return null;
        var at = DateTimeOffset.FromUnixTimeMilliseconds(reader.ReadInt64());
        var fields = new CustomFieldDefinition[reader.ReadInt32()];
        for (var i = 0; i < fields.Length; i++) fields[i] = new CustomFieldDefinition(reader.ReadString(), reader.ReadString(), reader.ReadString());
        var others = new string[reader.ReadInt32()];
        for (var i = 0; i < others.Length; i++) others[i] = reader.ReadString();
        return new KeptCustomFields(fields, others, at);
    }

    private static bool IsCacheFailure(Exception e) => e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException
        or CacheDamagedException or InvalidOperationException or ZohoOdbcException or System.Security.Cryptography.CryptographicException;
}
