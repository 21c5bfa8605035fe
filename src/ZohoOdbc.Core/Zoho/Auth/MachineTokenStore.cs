using System.Security.Cryptography;
using System.Text;
using ZohoOdbc.Core.Security;
using ZohoOdbc.Core.Storage;

namespace ZohoOdbc.Core.Zoho.Auth;

/// <summary>
/// Access tokens (and, after a code exchange, client secrets and refresh tokens) shared by every process of the
/// user on this machine: tokens.db in the configuration directory, each secret sealed with AES-256-GCM under a
/// key derived from the user's key file. Rows are found by an HMAC of the grant, so the file holds no secret in
/// the clear, not even as a plain hash. It also coordinates refreshes: one process at a time holds a short
/// lease to ask Zoho for a new token while the others wait for it, and every grant is recorded so that all
/// processes together stay under Zoho's 10 tokens per refresh token in 10 minutes.
/// </summary>
internal sealed class MachineTokenStore : IDisposable
{
    public const string FileName = "tokens.db";

    private static readonly SchemaDefinition Schema = new(1, """
        CREATE TABLE IF NOT EXISTS tokens (grant_key TEXT PRIMARY KEY, sealed BLOB NOT NULL, issued_ms INTEGER NOT NULL, expires_ms INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS refresh_leases (grant_key TEXT PRIMARY KEY, owner TEXT NOT NULL, pid INTEGER NOT NULL, until_ms INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS grants (grant_key TEXT NOT NULL, at_ms INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS grants_by_key ON grants (grant_key, at_ms);
        CREATE TABLE IF NOT EXISTS credentials (client_key TEXT PRIMARY KEY, sealed BLOB NOT NULL, saved_ms INTEGER NOT NULL);
        """, ["tokens", "refresh_leases", "grants", "credentials"]);

    private readonly SharedDatabase database;
    private readonly SecretBox box;
    private readonly byte[] indexKey;
    private readonly TimeProvider clock;

    private MachineTokenStore(SharedDatabase database, byte[] masterPurposeKey, byte[] indexKey, TimeProvider clock)
    {
        this.database = database;
        box = new SecretBox(masterPurposeKey);
        this.indexKey = indexKey;
        this.clock = clock;
    }

    public string? Path => database.Path;

    public static MachineTokenStore OpenFile(string path, KeyFile key, TimeProvider clock) =>
        new(SharedDatabase.OpenFile(path, Schema), key.DeriveKey("token-store"), key.DeriveKey("token-store index"), clock);

    /// <summary>A store for this process only (no home directory, or the file cannot be used): tokens are still shared by its connections.</summary>
    public static MachineTokenStore OpenInMemory(TimeProvider clock) =>
        new(SharedDatabase.OpenInMemory(Schema), RandomNumberGenerator.GetBytes(KeyFile.KeySize), RandomNumberGenerator.GetBytes(KeyFile.KeySize), clock);

    /// <summary>The row key of a grant: HMAC-SHA256 of accounts server, client id and refresh token.</summary>
    public string GrantKey(OAuthClientCredentials credentials) =>
        Convert.ToHexString(HMACSHA256.HashData(indexKey, Encoding.UTF8.GetBytes($"grant\n{credentials.AccountsUrl}\n{credentials.ClientId}\n{credentials.RefreshToken}")));

    /// <summary>
    /// One step of getting a token: a stored fresh token (not the rejected one) is returned; otherwise the caller
    /// gets the refresh lease (with the grants of the last 10 minutes), unless another live process holds it.
    /// </summary>
    public TokenClaim Claim(string grantKey, string owner, TimeSpan lease, string? rejectedValue)
    {
        var now = clock.GetUtcNow();
        var nowMs = now.ToUnixTimeMilliseconds();
        return database.Write(tx =>
        {
            var stored = ReadToken(tx, grantKey);
            if (stored is not null && stored.Value == rejectedValue)
            {
                database.Execute(tx, "DELETE FROM tokens WHERE grant_key = $key", ("$key", grantKey));
                stored = null;
            }
            if (stored is not null && stored.IsFresh(now)) return (TokenClaim)new TokenClaim.Stored(stored);

            using (var command = database.Command(tx, "SELECT owner, pid, until_ms FROM refresh_leases WHERE grant_key = $key", ("$key", grantKey)))
            using (var reader = command.ExecuteReader())
            {
                if (reader.Read() && reader.GetString(0) != owner && reader.GetInt64(2) > nowMs && ProcessLiveness.IsRunning(reader.GetInt64(1)))
                    return new TokenClaim.HeldByOther();
            }

            database.Execute(tx, """
                INSERT INTO refresh_leases (grant_key, owner, pid, until_ms) VALUES ($key, $owner, $pid, $until)
                ON CONFLICT (grant_key) DO UPDATE SET owner = $owner, pid = $pid, until_ms = $until
                """, ("$key", grantKey), ("$owner", owner), ("$pid", Environment.ProcessId), ("$until", nowMs + (long)lease.TotalMilliseconds));
            var since = nowMs - (long)TokenGrantLimit.Window.TotalMilliseconds;
            database.Execute(tx, "DELETE FROM grants WHERE grant_key = $key AND at_ms <= $since", ("$key", grantKey), ("$since", since));
            var count = (int)database.Scalar(tx, "SELECT COUNT(*) FROM grants WHERE grant_key = $key", ("$key", grantKey));
            var oldest = count == 0 ? now : DateTimeOffset.FromUnixTimeMilliseconds(database.Scalar(tx, "SELECT MIN(at_ms) FROM grants WHERE grant_key = $key", ("$key", grantKey)));
            return new TokenClaim.Lease(count, oldest, stored);
        });
    }

    /// <summary>Stores a token Zoho just issued, counts the grant, and gives the lease back.</summary>
    public void Save(string grantKey, AccessToken token, string? owner) => database.Write(tx =>
    {
        database.Execute(tx, """
            INSERT INTO tokens (grant_key, sealed, issued_ms, expires_ms) VALUES ($key, $sealed, $issued, $expires)
            ON CONFLICT (grant_key) DO UPDATE SET sealed = $sealed, issued_ms = $issued, expires_ms = $expires
            """, ("$key", grantKey), ("$sealed", SealToken(grantKey, token)),
            ("$issued", token.IssuedAt.ToUnixTimeMilliseconds()), ("$expires", token.ExpiresAt.ToUnixTimeMilliseconds()));
        database.Execute(tx, "INSERT INTO grants (grant_key, at_ms) VALUES ($key, $at)", ("$key", grantKey), ("$at", token.IssuedAt.ToUnixTimeMilliseconds()));
        if (owner is not null)
            database.Execute(tx, "DELETE FROM refresh_leases WHERE grant_key = $key AND owner = $owner", ("$key", grantKey), ("$owner", owner));
        return 0;
    });

    public void ReleaseLease(string grantKey, string owner) => database.Write(tx =>
        database.Execute(tx, "DELETE FROM refresh_leases WHERE grant_key = $key AND owner = $owner", ("$key", grantKey), ("$owner", owner)));

    /// <summary>Grants of the last 10 minutes (for tests and diagnostics).</summary>
    public int GrantsInWindow(string grantKey) => database.Write(tx => (int)database.Scalar(tx,
        "SELECT COUNT(*) FROM grants WHERE grant_key = $key AND at_ms > $since",
        ("$key", grantKey), ("$since", clock.GetUtcNow().ToUnixTimeMilliseconds() - (long)TokenGrantLimit.Window.TotalMilliseconds)));

    /// <summary>
    /// Keeps a client's secret and refresh token (after a code exchange) so that a DSN may give only ClientId: under ClientId
    /// (the latest grant of that client) and, once the organization is known, under ClientId and OrganizationId too, so that
    /// two DSNs of one client signed in to different Zoho accounts each keep their own grant.
    /// </summary>
    public void SaveCredentials(OAuthClientCredentials credentials, string? organizationId = null) => database.Write(tx =>
    {
        var plain = Encoding.UTF8.GetBytes(string.Join('\n', credentials.AccountsUrl, credentials.ClientSecret, credentials.RefreshToken));
        var keys = organizationId is { Length: > 0 } ? new[] { ClientKey(credentials.ClientId), ClientKey(credentials.ClientId, organizationId) } : [ClientKey(credentials.ClientId)];
        foreach (var key in keys)
        {
            database.Execute(tx, """
                INSERT INTO credentials (client_key, sealed, saved_ms) VALUES ($key, $sealed, $now)
                ON CONFLICT (client_key) DO UPDATE SET sealed = $sealed, saved_ms = $now
                """, ("$key", key), ("$sealed", box.Seal(plain, Encoding.UTF8.GetBytes(key))), ("$now", clock.GetUtcNow().ToUnixTimeMilliseconds()));
        }
        return keys.Length;
    });

    /// <summary>
    /// The credentials stored for <paramref name="clientId"/> and <paramref name="organizationId"/>, else the latest stored for
    /// the client; null when none (or sealed with another key).
    /// </summary>
    public OAuthClientCredentials? LoadCredentials(string clientId, string? organizationId = null) => database.Write(tx =>
        (organizationId is { Length: > 0 } ? Open(tx, clientId, ClientKey(clientId, organizationId)) : null) ?? Open(tx, clientId, ClientKey(clientId)));

    private OAuthClientCredentials? Open(Microsoft.Data.Sqlite.SqliteTransaction tx, string clientId, string key)
    {
        using var command = database.Command(tx, "SELECT sealed FROM credentials WHERE client_key = $key", ("$key", key));
        if (command.ExecuteScalar() is not byte[] sealedValue) return null;
        if (box.Open(sealedValue, Encoding.UTF8.GetBytes(key)) is not { } plain) return null;
        var parts = Encoding.UTF8.GetString(plain).Split('\n');
        return parts.Length == 3 ? new OAuthClientCredentials(parts[0], clientId, parts[1], parts[2]) : null;
    }

    /// <summary>
    /// The key of a process's token broker: the grant plus the client secret, so that a connection that gave a wrong
    /// secret does not leave a broker that fails for the life of the process once the right secret is given.
    /// </summary>
    public string BrokerKey(OAuthClientCredentials credentials) =>
        GrantKey(credentials) + ":" + Convert.ToHexString(HMACSHA256.HashData(indexKey, Encoding.UTF8.GetBytes("secret\n" + credentials.ClientSecret)));

    private string ClientKey(string clientId, string? organizationId = null) =>
        Convert.ToHexString(HMACSHA256.HashData(indexKey, Encoding.UTF8.GetBytes(
            organizationId is null ? "client\n" + clientId : "client\n" + clientId + "\norganization\n" + organizationId)));

    private AccessToken? ReadToken(Microsoft.Data.Sqlite.SqliteTransaction tx, string grantKey)
    {
        using var command = database.Command(tx, "SELECT sealed, issued_ms, expires_ms FROM tokens WHERE grant_key = $key", ("$key", grantKey));
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        // A token sealed with another key (the key file was replaced) is simply not there.
        if (box.Open((byte[])reader.GetValue(0), Encoding.UTF8.GetBytes(grantKey)) is not { } plain) return null;
        var text = Encoding.UTF8.GetString(plain);
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        if (newline < 0) return null;
        return new AccessToken(text[(newline + 1)..], newline == 0 ? null : text[..newline],
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)));
    }

    private byte[] SealToken(string grantKey, AccessToken token) =>
        box.Seal(Encoding.UTF8.GetBytes((token.ApiDomain ?? "") + "\n" + token.Value), Encoding.UTF8.GetBytes(grantKey));

    public void Dispose() => database.Dispose();
}

/// <summary>What <see cref="MachineTokenStore.Claim"/> found.</summary>
internal abstract record TokenClaim
{
    private TokenClaim()
    {
    }

    /// <summary>A fresh token another connection or process stored.</summary>
    public sealed record Stored(AccessToken Token) : TokenClaim;

    /// <summary>Another process is asking Zoho right now: wait for its token.</summary>
    public sealed record HeldByOther : TokenClaim;

    /// <summary>The caller may ask Zoho: grants so far in the window, the oldest of them, and the stored (stale) token if any.</summary>
    public sealed record Lease(int GrantsInWindow, DateTimeOffset OldestGrant, AccessToken? StoredToken) : TokenClaim;
}

/// <summary>Zoho Accounts issues at most 10 access tokens per refresh token in 10 minutes (reference §1.4).</summary>
internal static class TokenGrantLimit
{
    public const int Count = 10;

    /// <summary>Ten minutes and a few seconds, as the clocks of Zoho and this machine differ a little.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(5);
}
