using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using ZohoOdbc.Core.Security;

namespace ZohoOdbc.Core.Cache;

/// <summary>
/// The cache's two keys, both derived (HKDF) from the user's key file or from the CacheKey secret: one seals every
/// payload with AES-256-GCM (<see cref="SecretBox"/>, bound to where it is stored), the other makes lookup keys
/// (HMAC-SHA256, truncated), so that table names, record ids and request URLs are not readable in the file either.
/// </summary>
internal sealed class CacheCipher
{
    private const int LookupSize = 16;

    // PBKDF2 over a CacheKey costs a tenth of a second: once per secret and process.
    private static readonly ConcurrentDictionary<string, KeyFile> FromSecrets = new(StringComparer.Ordinal);

    private readonly SecretBox box;
    private readonly byte[] lookupKey;

    private CacheCipher(KeyFile keys)
    {
        box = new SecretBox(keys.DeriveKey("cache payloads"));
        lookupKey = keys.DeriveKey("cache lookup keys");
        Fingerprint = Convert.ToHexString(Lookup("fingerprint"));
    }

    /// <summary>Identifies the key (not secret: a keyed hash of a constant), so that stores under different keys are told apart.</summary>
    public string Fingerprint { get; }

    /// <summary>The cipher for <paramref name="secret"/> (CacheKey) or, without one, for the key file in <paramref name="configDirectory"/>.</summary>
    public static CacheCipher Create(string? secret, string? configDirectory)
    {
        if (secret is not null)
        {
            var id = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
            return new CacheCipher(FromSecrets.GetOrAdd(id, _ => KeyFile.FromSecret(secret)));
        }
        if (configDirectory is null)
            throw new InvalidOperationException("no configuration directory for the key file (no home directory) and no CacheKey");
        return new CacheCipher(KeyFile.LoadOrCreate(Path.Combine(configDirectory, KeyFile.FileName)));
    }

    /// <summary>A keyed hash of the parts (kept apart by a separator that cannot occur in them).</summary>
    public byte[] Lookup(params string[] parts)
    {
        var data = Encoding.UTF8.GetBytes(string.Join('\0', parts));
        return HMACSHA256.HashData(lookupKey, data).AsSpan(0, LookupSize).ToArray();
    }

    public byte[] Seal(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> where) => box.Seal(plaintext, where);

    /// <summary>The plaintext; a value sealed under another key, altered, or moved from elsewhere is damage.</summary>
    public byte[] Open(byte[] sealedValue, ReadOnlySpan<byte> where) =>
        box.Open(sealedValue, where) ?? throw new CacheDamagedException("a cached value does not decrypt: altered, or sealed under another key");

    /// <summary>An AES-GCM instance for <see cref="Open(AesGcm, byte[], ReadOnlySpan{byte})"/>, used by one thread at a time.</summary>
    public AesGcm CreateOpener() => box.CreateOpener();

    /// <summary>As <see cref="Open(byte[], ReadOnlySpan{byte})"/>, with an opener from <see cref="CreateOpener"/>.</summary>
    public static byte[] Open(AesGcm opener, byte[] sealedValue, ReadOnlySpan<byte> where) =>
        SecretBox.Open(opener, sealedValue, where) ?? throw new CacheDamagedException("a cached value does not decrypt: altered, or sealed under another key");

    /// <summary>
    /// As <see cref="Open(AesGcm, byte[], ReadOnlySpan{byte})"/>, into <paramref name="buffer"/> (grown when too small, reused by
    /// the caller from value to value): the plaintext is valid until the buffer's next use.
    /// </summary>
    public static ReadOnlySpan<byte> Open(AesGcm opener, ReadOnlySpan<byte> sealedValue, ReadOnlySpan<byte> where, ref byte[] buffer)
    {
        var length = SecretBox.PlaintextLength(sealedValue);
        if (length >= 0 && buffer.Length < length) buffer = new byte[Math.Max(length, buffer.Length * 2)];
        if (length < 0 || !SecretBox.TryOpen(opener, sealedValue, where, buffer.AsSpan(0, length)))
            throw new CacheDamagedException("a cached value does not decrypt: altered, or sealed under another key");
        return buffer.AsSpan(0, length);
    }

    /// <summary>Where a value lives, as associated data: its kind and lookup keys.</summary>
    public static byte[] Where(char kind, params byte[][] keys)
    {
        var length = 1 + keys.Sum(k => k.Length);
        var where = new byte[length];
        where[0] = (byte)kind;
        var offset = 1;
        foreach (var key in keys)
        {
            key.CopyTo(where, offset);
            offset += key.Length;
        }
        return where;
    }
}
