using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ZohoOdbc.Driver.Odbc;

namespace ZohoOdbc.Driver.Handles;

/// <summary>
/// Maps the opaque handles given to applications onto driver objects. Each handle is a small
/// native block {magic, type}, so it is a real, unique pointer; but it is only ever looked up in
/// this dictionary, never dereferenced, so a stale or foreign pointer yields SQL_INVALID_HANDLE
/// instead of a crash.
/// </summary>
internal static unsafe class HandleRegistry
{
    private const uint Magic = 0x5A4F4442; // "ZODB"

    private static readonly ConcurrentDictionary<nint, OdbcHandle> Live = new();

    public static nint Register(OdbcHandle handle)
    {
        var block = (uint*)NativeMemory.Alloc(2 * sizeof(uint));
        block[0] = Magic;
        block[1] = (uint)handle.Type;
        var address = (nint)block;
        Live[address] = handle;
        return address;
    }

    public static void Unregister(nint address)
    {
        if (!Live.TryGetValue(address, out var handle)) return;
        // Before the address leaves the dictionary, so no lookup can find the handle through RecentHandle afterwards.
        handle.IsRegistered = false;
        RecentHandle.Forget(handle);
        if (Live.TryRemove(address, out _)) NativeMemory.Free((void*)address);
    }

    public static bool TryGet<T>(nint address, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? handle)
        where T : OdbcHandle
    {
        handle = Find(address) as T;
        return handle is not null;
    }

    public static bool TryGet(HandleType type, nint address, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out OdbcHandle? handle)
    {
        handle = Find(address) is { } found && found.Type == type ? found : null;
        return handle is not null;
    }

    /// <summary>The live handle at <paramref name="address"/>, or null; the address is never dereferenced.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static OdbcHandle? Find(nint address) => RecentHandle.Match(address) ?? FindLive(address);

    private static OdbcHandle? FindLive(nint address)
    {
        if (address == 0 || !Live.TryGetValue(address, out var found)) return null;
        RecentHandle.Remember(found);
        return found;
    }
}
