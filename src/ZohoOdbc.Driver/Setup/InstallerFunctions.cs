using System.Runtime.InteropServices;
using System.Text;

namespace ZohoOdbc.Driver.Setup;

/// <summary>
/// The installer functions ConfigDSN calls, from the driver manager's installer library (libodbcinst on Linux,
/// libiodbcinst on macOS, odbccp32 on Windows), bound once through function pointers so one declaration serves
/// every platform. Narrow (UTF-8) functions off Windows, W functions on Windows. The installer's config mode,
/// which the caller of SQLConfigDataSource set, decides whether a DSN is a user or a system one.
/// </summary>
internal static unsafe class InstallerFunctions
{
    /// <summary>ODBC_BOTH_DSN, ODBC_USER_DSN, ODBC_SYSTEM_DSN of odbcinst.h.</summary>
    public const ushort SystemDsn = 2;

    private static readonly Lazy<nint> Library = new(Load);

    public static bool WriteDsnToIni(string dsn, string driver) => Call2("SQLWriteDSNToIni", dsn, driver);

    public static bool RemoveDsnFromIni(string dsn) => Call1("SQLRemoveDSNFromIni", dsn);

    public static bool ValidDsn(string dsn) => Call1("SQLValidDSN", dsn);

    public static bool WritePrivateProfileString(string section, string key, string value, string file)
    {
        if (OperatingSystem.IsWindows())
        {
            fixed (char* s = section, k = key, v = value, f = file)
                return ((delegate* unmanaged<char*, char*, char*, char*, int>)Export("SQLWritePrivateProfileStringW"))(s, k, v, f) != 0;
        }
        fixed (byte* s = Utf8(section), k = Utf8(key), v = Utf8(value), f = Utf8(file))
            return ((delegate* unmanaged<byte*, byte*, byte*, byte*, int>)Export("SQLWritePrivateProfileString"))(s, k, v, f) != 0;
    }

    /// <summary>A value from an installer file (odbc.ini, odbcinst.ini), or null when absent.</summary>
    public static string? GetPrivateProfileString(string section, string key, string file)
    {
        const int capacity = 4096;
        int length;
        if (OperatingSystem.IsWindows())
        {
            var buffer = stackalloc char[capacity];
            fixed (char* s = section, k = key, d = "", f = file)
                length = ((delegate* unmanaged<char*, char*, char*, char*, int, char*, int>)Export("SQLGetPrivateProfileStringW"))(s, k, d, buffer, capacity, f);
            return length > 0 ? new string(buffer, 0, Math.Min(length, capacity - 1)) : null;
        }
        var narrow = stackalloc byte[capacity];
        fixed (byte* s = Utf8(section), k = Utf8(key), d = Utf8(""), f = Utf8(file))
            length = ((delegate* unmanaged<byte*, byte*, byte*, byte*, int, byte*, int>)Export("SQLGetPrivateProfileString"))(s, k, d, narrow, capacity, f);
        return length > 0 ? Encoding.UTF8.GetString(narrow, Math.Min(length, capacity - 1)) : null;
    }

    /// <summary>The config mode the caller set (user, system or both).</summary>
    public static ushort ConfigMode()
    {
        ushort mode = 0;
        ((delegate* unmanaged<ushort*, int>)Export("SQLGetConfigMode"))(&mode);
        return mode;
    }

    /// <summary>Queues an installer error for the caller of SQLConfigDataSource (read with SQLInstallerError).</summary>
    public static void PostError(uint code, string message)
    {
        if (OperatingSystem.IsWindows())
        {
            fixed (char* m = message) ((delegate* unmanaged<uint, char*, short>)Export("SQLPostInstallerErrorW"))(code, m);
            return;
        }
        fixed (byte* m = Utf8(message)) ((delegate* unmanaged<uint, byte*, short>)Export("SQLPostInstallerError"))(code, m);
    }

    private static bool Call1(string function, string a)
    {
        if (OperatingSystem.IsWindows())
        {
            fixed (char* x = a) return ((delegate* unmanaged<char*, int>)Export(function + "W"))(x) != 0;
        }
        fixed (byte* x = Utf8(a)) return ((delegate* unmanaged<byte*, int>)Export(function))(x) != 0;
    }

    private static bool Call2(string function, string a, string b)
    {
        if (OperatingSystem.IsWindows())
        {
            fixed (char* x = a, y = b) return ((delegate* unmanaged<char*, char*, int>)Export(function + "W"))(x, y) != 0;
        }
        fixed (byte* x = Utf8(a), y = Utf8(b)) return ((delegate* unmanaged<byte*, byte*, int>)Export(function))(x, y) != 0;
    }

    private static byte[] Utf8(string value) => Encoding.UTF8.GetBytes(value + "\0");

    private static nint Export(string name) => NativeLibrary.GetExport(Library.Value, name);

    private static nint Load()
    {
        string[] candidates = OperatingSystem.IsWindows() ? ["odbccp32.dll"]
            : OperatingSystem.IsMacOS() ? ["libiodbcinst.2.dylib", "libodbcinst.2.dylib"]
            : ["libodbcinst.so.2", "libodbcinst.so.1", "libodbcinst.so"];
        foreach (var candidate in candidates)
            if (NativeLibrary.TryLoad(candidate, out var handle)) return handle;
        throw new DllNotFoundException($"The ODBC installer library ({string.Join(" or ", candidates)}) could not be loaded.");
    }
}
