using System.Security.Cryptography;

namespace ZohoOdbc.Core.Security;

/// <summary>
/// Authenticated encryption of small secrets with AES-256-GCM. A sealed value is
/// version (1 byte) | nonce (12) | tag (16) | ciphertext. The associated data (e.g. the row key) binds a
/// sealed value to where it is stored, so it cannot be copied to another row unnoticed.
/// </summary>
internal sealed class SecretBox
{
    private const byte Version = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int HeaderSize = 1 + NonceSize + TagSize;

    private readonly byte[] key;

    public SecretBox(byte[] key)
    {
        if (key.Length != KeyFile.KeySize) throw new ArgumentException("AES-256 needs a 32-byte key.", nameof(key));
        this.key = key;
    }

    public byte[] Seal(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        var sealedValue = new byte[HeaderSize + plaintext.Length];
        sealedValue[0] = Version;
        var nonce = sealedValue.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        // A fresh AesGcm per call: instances are not safe to share between threads.
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, sealedValue.AsSpan(HeaderSize), sealedValue.AsSpan(1 + NonceSize, TagSize), associatedData);
        return sealedValue;
    }

    /// <summary>The plaintext, or null when the value was sealed with another key, altered, or moved.</summary>
    public byte[]? Open(ReadOnlySpan<byte> sealedValue, ReadOnlySpan<byte> associatedData)
    {
        using var aes = new AesGcm(key, TagSize);
        return Open(aes, sealedValue, associatedData);
    }

    /// <summary>
    /// An AES-GCM instance for many <see cref="Open(AesGcm, ReadOnlySpan{byte}, ReadOnlySpan{byte})"/> calls on one thread:
    /// setting up the key costs more than opening a small record.
    /// </summary>
    public AesGcm CreateOpener() => new(key, TagSize);

    /// <summary>As <see cref="Open(ReadOnlySpan{byte}, ReadOnlySpan{byte})"/>, with an instance from <see cref="CreateOpener"/> (not shared between threads).</summary>
    public static byte[]? Open(AesGcm aes, ReadOnlySpan<byte> sealedValue, ReadOnlySpan<byte> associatedData)
    {
        if (sealedValue.Length < HeaderSize || sealedValue[0] != Version) return null;
        var plaintext = new byte[sealedValue.Length - HeaderSize];
        return TryOpen(aes, sealedValue, associatedData, plaintext) ? plaintext : null;
    }

    /// <summary>The plaintext's length, or -1 when <paramref name="sealedValue"/> is not a sealed value.</summary>
    public static int PlaintextLength(ReadOnlySpan<byte> sealedValue) =>
        sealedValue.Length < HeaderSize || sealedValue[0] != Version ? -1 : sealedValue.Length - HeaderSize;

    /// <summary>Opens into <paramref name="plaintext"/> (exactly <see cref="PlaintextLength"/> bytes); false as Open's null.</summary>
    public static bool TryOpen(AesGcm aes, ReadOnlySpan<byte> sealedValue, ReadOnlySpan<byte> associatedData, Span<byte> plaintext)
    {
        if (PlaintextLength(sealedValue) != plaintext.Length) return false;
        try
        {
            aes.Decrypt(sealedValue.Slice(1, NonceSize), sealedValue[HeaderSize..], sealedValue.Slice(1 + NonceSize, TagSize), plaintext, associatedData);
            return true;
        }
        catch (AuthenticationTagMismatchException)
        {
            return false;
        }
    }
}
