using System.Collections.Concurrent;
using System.Security.Cryptography;
using ZohoOdbc.Core.Storage;

namespace ZohoOdbc.Core.Cache;

/// <summary>
/// The right to refresh one table of a cache file, held by one session of one process at a time: a row of <c>leases</c>
/// (process id, a random owner id, an expiry renewed as the refresh progresses) taken in an IMMEDIATE transaction,
/// plus a semaphore for the sessions of this process. A lease whose process died (kill -9) or which expired is void,
/// so a refresh cut short is taken over by the next query; its half-written generation is never read and is removed.
/// </summary>
internal sealed class RefreshLease : IAsyncDisposable
{
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(60);

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> InProcess = new(StringComparer.Ordinal);

    private readonly CacheStore store;
    private readonly byte[] tableKey;
    private readonly byte[] owner = RandomNumberGenerator.GetBytes(16);
    private readonly SemaphoreSlim local;
    private readonly TimeProvider clock;
    private bool held;

    private RefreshLease(CacheStore store, byte[] tableKey, SemaphoreSlim local, TimeProvider clock)
    {
        this.store = store;
        this.tableKey = tableKey;
        this.local = local;
        this.clock = clock;
    }

    /// <summary>
    /// Waits for the lease of <paramref name="tableKey"/> in this process, then tries to take it in the file. Null when another
    /// process holds it (the caller waits for its refresh to land, or reads the previous version).
    /// </summary>
    public static async Task<RefreshLease?> TryTakeAsync(CacheStore store, byte[] tableKey, TimeProvider clock, CancellationToken cancellationToken)
    {
        var local = InProcess.GetOrAdd(store.Path + "|" + Convert.ToHexString(tableKey), _ => new SemaphoreSlim(1, 1));
        await local.WaitAsync(cancellationToken).ConfigureAwait(false);
        var lease = new RefreshLease(store, tableKey, local, clock);
        try
        {
            lease.held = store.Write(db =>
            {
                var nowMs = clock.GetUtcNow().ToUnixTimeMilliseconds();
                var command = db.Command("SELECT pid, owner, expires_ms FROM leases WHERE table_key = $t", ("$t", tableKey));
                using (var reader = command.ExecuteReader())
                {
                    if (reader.Read())
                    {
                        var pid = reader.GetInt64(0);
                        var expires = reader.GetInt64(2);
                        // Held by a live process of this machine (another process, or a session of this one that skipped the semaphore).
                        if (expires > nowMs && ProcessLiveness.IsRunning(pid)) return false;
                    }
                }
                db.Execute("INSERT OR REPLACE INTO leases (table_key, pid, owner, expires_ms) VALUES ($t, $pid, $o, $e)",
                    ("$t", tableKey), ("$pid", (long)Environment.ProcessId), ("$o", lease.owner), ("$e", nowMs + (long)Duration.TotalMilliseconds));
                return true;
            });
        }
        catch
        {
            local.Release();
            throw;
        }
        if (lease.held) return lease;
        local.Release();
        return null;
    }

    /// <summary>Pushes the expiry on; false when the lease was lost (expired and taken by another process): the refresh must stop.</summary>
    public bool Renew(CacheDb db) =>
        db.Execute("UPDATE leases SET expires_ms = $e WHERE table_key = $t AND owner = $o",
            ("$e", clock.GetUtcNow().ToUnixTimeMilliseconds() + (long)Duration.TotalMilliseconds), ("$t", tableKey), ("$o", owner)) == 1;

    /// <summary>Renews in a transaction of its own.</summary>
    public bool Renew() => store.Write(Renew);

    public ValueTask DisposeAsync()
    {
        if (!held) return ValueTask.CompletedTask;
        held = false;
        try
        {
            store.Write(db => db.Execute("DELETE FROM leases WHERE table_key = $t AND owner = $o", ("$t", tableKey), ("$o", owner)));
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or CacheDamagedException or IOException)
        {
            // The lease ends by time, or with this process.
        }
        finally
        {
            local.Release();
        }
        return ValueTask.CompletedTask;
    }
}
