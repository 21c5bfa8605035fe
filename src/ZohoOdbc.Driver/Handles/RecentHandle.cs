using System.Runtime.CompilerServices;

namespace ZohoOdbc.Driver.Handles;

/// <summary>
/// The handle <see cref="HandleRegistry"/> found last. pyodbc's row loop makes six calls per row
/// on one statement, so most lookups hit here and skip the dictionary. A hit needs the address to
/// match and the handle to be still registered: a handle freed after it was remembered (even one
/// remembered by a racing lookup after its Unregister) never matches again, so a stale address,
/// reused or not, still goes to the dictionary. The address itself is never dereferenced.
/// </summary>
internal static class RecentHandle
{
    // No static initializer, so reading it needs no class-constructor check.
    private static OdbcHandle? recent;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static OdbcHandle? Match(nint address)
    {
        var handle = Volatile.Read(ref recent);
        return handle is not null && handle.Address == address && handle.IsRegistered ? handle : null;
    }

    public static void Remember(OdbcHandle handle) => Volatile.Write(ref recent, handle);

    /// <summary>Drops <paramref name="handle"/> if it is the one remembered, so a freed handle is not kept alive.</summary>
    public static void Forget(OdbcHandle handle) => Interlocked.CompareExchange(ref recent, null, handle);
}
