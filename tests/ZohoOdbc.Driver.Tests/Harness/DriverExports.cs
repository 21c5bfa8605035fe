using System.Runtime.InteropServices;

namespace ZohoOdbc.Driver.Tests.Harness;

/// <summary>
/// The driver library loaded into the test process itself, its exports called directly (no
/// driver manager in between): for tests that must reach the driver with arguments a driver
/// manager would filter out.
/// </summary>
internal static unsafe class DriverExports
{
    private static readonly Dictionary<string, nint> Cache = new(StringComparer.Ordinal);

    public static nint Library { get; private set; }

    public static void Load(string path)
    {
        lock (Cache)
        {
            if (Library == 0) Library = NativeLibrary.Load(path);
        }
    }

    public static nint Get(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var address)) Cache[name] = address = NativeLibrary.GetExport(Library, name);
            return address;
        }
    }
}
