using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using ZohoOdbc.Core.Storage;

namespace ZohoOdbc.Core.Security;

/// <summary>
/// The user's master key: 32 random bytes in an owner-only (0600) file ("key") in the configuration directory
/// (<see cref="UserDirectories.Config"/>), created on first use. Each store derives its own key from it (HKDF with the store's purpose), so the
/// token store and the cache never share a key. A key file others can read is refused.
/// </summary>
internal sealed class KeyFile
{
    public const string FileName = "key";
    public const int KeySize = 32;

    private const string Header = "zohoodbc-key-v1 ";
    private static readonly ConcurrentDictionary<string, KeyFile> Loaded = new(StringComparer.Ordinal);

    private readonly byte[] masterKey;

    private KeyFile(string? path, byte[] masterKey)
    {
        Path = path;
        this.masterKey = masterKey;
    }

    /// <summary>The file the key came from; null for a key derived from a secret.</summary>
    public string? Path { get; }

    /// <summary>Reads the key at <paramref name="path"/>, creating the file (and its directory, 0700) when missing. Cached per process.</summary>
    public static KeyFile LoadOrCreate(string path) => Loaded.GetOrAdd(System.IO.Path.GetFullPath(path), static full => new KeyFile(full, ReadOrCreate(full)));

    /// <summary>A key from a secret given in the DSN instead of the key file (the same secret gives the same key on every machine).</summary>
    public static KeyFile FromSecret(string secret) =>
        new(null, Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(secret), "ZohoOdbc key from secret v1"u8, 200_000, HashAlgorithmName.SHA256, KeySize));

    /// <summary>A 256-bit key for one purpose, e.g. "token-store" or "cache".</summary>
    public byte[] DeriveKey(string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, KeySize, salt: [], info: Encoding.UTF8.GetBytes("ZohoOdbc " + purpose));

    private static byte[] ReadOrCreate(string path)
    {
        PrivateFiles.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        if (!File.Exists(path))
        {
            var key = RandomNumberGenerator.GetBytes(KeySize);
            try
            {
                PrivateFiles.CreateNew(path, Encoding.ASCII.GetBytes(Header + Convert.ToBase64String(key) + "\n"));
                return key;
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first: use that one.
            }
        }
        return Read(path);
    }

    private static byte[] Read(string path)
    {
        if (PrivateFiles.IsOpenToOthers(path))
            throw new ZohoOdbcException(SqlStates.GeneralError,
                $"The key file {path} can be read by other users, so it no longer protects the stored tokens: " +
                "delete it (a new one is made) or make it private with chmod 600.");

        // A racing creator may not have written the content yet: give it a moment.
        for (var attempt = 0; ; attempt++)
        {
            var text = File.ReadAllText(path, Encoding.ASCII);
            if (text.StartsWith(Header, StringComparison.Ordinal))
            {
                var key = new byte[KeySize];
                if (Convert.TryFromBase64String(text[Header.Length..].Trim(), key, out var written) && written == KeySize) return key;
            }
            if (attempt >= 20)
                throw new ZohoOdbcException(SqlStates.GeneralError,
                    $"The key file {path} is damaged: delete it; a new one is made, and tokens stored with the old key are fetched again.");
            Thread.Sleep(50);
        }
    }
}
